import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';
import { html } from './html.ts';

describe('escapeHtml', () => {
  it('escapes the characters that end text or a quoted attribute', () => {
    expect(escapeHtml(`"><img src=x onerror='alert(1)'>&amp;`)).toBe(
      '&#34;&#62;&#60;img src&#61;x onerror&#61;&#39;alert(1)&#39;&#62;&#38;amp;',
    );
  });

  it('returns text without special characters unchanged', () => {
    expect(escapeHtml('Reader 4, Нурлан, 中亚 — “quoted”')).toBe('Reader 4, Нурлан, 中亚 — “quoted”');
    expect(escapeHtml('')).toBe('');
  });

  it('agrees with one entity per special character, and with the html tag, on every string', () => {
    const reference = (text: string) => text.replace(/["&'<=>]/g, (c) => `&#${c.charCodeAt(0)};`);
    const alphabet = ['a', ' ', '"', "'", '&', '<', '>', '=', '`', 'ж', '中', '\u0000', '😀'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 500; i++) {
      const length = next() % 12;
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[next() % alphabet.length];
      expect(escapeHtml(text)).toBe(reference(text));
      expect(String(html`${text}`)).toBe(reference(text));
    }
  });
});
