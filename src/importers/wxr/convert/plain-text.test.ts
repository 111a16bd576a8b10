import { describe, expect, it } from 'vitest';
import { FootnoteNumbering } from './footnotes.ts';
import { createMarkdownConverter } from './markdown-converter.ts';
import TurndownService from 'turndown';
import { escapeMarkdownLine, isPlainText, plainTextToMarkdown } from './plain-text.ts';
import { wpautop } from './wpautop.ts';

const viaDom = (text: string): string =>
  createMarkdownConverter({
    rewriteUrl: (u) => u,
    addMedia: () => {},
    warn: () => {},
    footnotes: new FootnoteNumbering(undefined, () => {}),
  })
    .turndown(wpautop(text))
    .trim();

describe('plain-text fast path', () => {
  it('tells plain text from markup', () => {
    expect(isPlainText('Just words, 100% * _ ` # - ok')).toBe(true);
    expect(isPlainText('a <b>b</b>')).toBe(false);
    expect(isPlainText('caf&eacute;')).toBe(false);
    expect(isPlainText('[gallery]')).toBe(false);
  });

  it.each([
    'One line',
    'First\nsecond  line\n\n\nThird paragraph',
    '  padded  \r\n\r\n  lines  ',
    '- not a list\n+ nor this\n1. nor this\n# nor a heading\n> nor a quote\n=== nor a rule',
    '*stars* and _underscores_ and `ticks` and back\\slash ~~~',
    'Кириллица и 中文 и emoji 🎉',
    'See https://x.test/a_b_c. And (https://x.test/p?q=1_2)\nhttps://alone.test/x_y',
    '',
  ])('gives what the DOM path gives for %j', (text) => {
    expect(plainTextToMarkdown(text)).toBe(viaDom(text));
  });

  it.each([
    '- a',
    '+ b',
    '== c',
    '## d',
    '~~~ e',
    '> f',
    '12. g',
    '\\ * ` [x] _y_',
    '#nospace',
    '1.5 h',
    'plain',
  ])('escapes %j exactly as turndown does', (line) => {
    expect(escapeMarkdownLine(line)).toBe(new TurndownService().escape(line));
  });
});
