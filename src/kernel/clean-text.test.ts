import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';

describe('cleanText', () => {
  it('drops every character XML 1.0 forbids', () => {
    const forbidden = [
      ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
      0xfffe,
      0xffff,
    ].map((c) => String.fromCharCode(c));
    expect(cleanText(`a${forbidden.join('')}b`)).toBe('ab');
    expect(cleanText('Hello\u0000world')).toBe('Helloworld');
  });

  it('drops lone surrogates and keeps pairs', () => {
    expect(cleanText('x\uD800y\uDC00z')).toBe('xyz');
    expect(cleanText('end\uD83D')).toBe('end');
    expect(cleanText('emoji 😀 and 𠀋')).toBe('emoji 😀 and 𠀋');
  });

  it('keeps tab, line breaks and every other character', () => {
    const text = 'tab\there\r\nline\u0085 é 中文 Ω \u2028 \uFFFD \u{10FFFF}';
    expect(cleanText(text)).toBe(text);
  });
});
