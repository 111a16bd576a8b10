// The frozen rule keeps giving the answers it gave when the migrations using it were written.
import { describe, expect, it } from 'vitest';
import { frozenPlainText } from './markdown-plain-text.ts';
import { PLAIN_TEXT_ANSWERS } from './plain-text-answers.ts';

describe('frozen Markdown plain text (migrations 007, 015)', () => {
  const plainText = frozenPlainText();
  it.each(PLAIN_TEXT_ANSWERS)('%j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});
