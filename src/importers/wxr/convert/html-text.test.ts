import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, escapeHtml, htmlToPlainText } from './html-text.ts';

describe('html text helpers', () => {
  it('decodes numeric and common named entities, composing accented letters', () => {
    expect(
      decodeHtmlEntities('&#8220;Caf&eacute;&#8221; &laquo;x&raquo; &#x1F41F; &Ouml; &bogus; &#0;'),
    ).toBe('“Café” «x» 🐟 Ö &bogus; \uFFFD');
  });

  it('turns an HTML title into plain text', () => {
    expect(htmlToPlainText('  <em>Fish</em> &amp;\n chips <!-- x --> ')).toBe('Fish & chips');
  });

  it('escapes for HTML', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
