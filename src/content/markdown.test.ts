import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer, truncateText } from './markdown.ts';

const md = createMarkdownRenderer();

describe('markdown toHtml', () => {
  it('renders headings, lists, quotes, code, tables and footnotes', () => {
    const html = md.toHtml(
      '## Trade\n\n- one\n- two\n\n> quoted\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Note.',
    );
    expect(html).toContain('<h2>Trade</h2>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<pre><code>code');
    expect(html).toContain('<div class="table-wrap" tabindex="0" role="region" aria-label="Table">');
    expect(html).toContain('class="footnote-ref"');
  });

  it('escapes raw HTML and refuses javascript: links', () => {
    const html = md.toHtml(
      '<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;');
  });

  it('aligns table columns with classes, never inline styles (CSP)', () => {
    const html = md.toHtml('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |');
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).toContain('<td class="align-center">2</td>');
    expect(html).toContain('<td class="align-right">3</td>');
    expect(html).not.toContain('style=');
  });

  it('lazy-loads images', () => {
    expect(md.toHtml('![A map](/m.png)')).toContain(
      '<img src="/m.png" alt="A map" loading="lazy" decoding="async">',
    );
  });
});

describe('markdown toPlainText', () => {
  it('keeps words and drops markup', () => {
    expect(md.toPlainText('# Title\n\nSome **bold** and [a link](/x).\n\n- item')).toBe(
      'Title\nSome bold and a link.\nitem',
    );
  });
});

describe('markdown toHtmlAndText', () => {
  it('gives what toHtml and toPlainText give, from one parse', () => {
    for (const text of [
      '# Title\n\nSome **bold** and [a link](/x).\n\n- item',
      'A note[^1] and another[^2].\n\n[^1]: First.\n[^2]: Second with `code`.',
      '| a | b |\n|:-|-:|\n| 1 | 2 |\n\n![A map](/media/2024/01/map.jpg "t")\n\n```\nfenced\n```',
      'Line\\\nbreak, <https://example.org/a_b> and ~~gone~~.',
    ]) {
      expect(md.toHtmlAndText(text)).toEqual({ html: md.toHtml(text), text: md.toPlainText(text) });
    }
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncateText('one two three four', 10)).toBe('one two…');
    expect(truncateText('short', 10)).toBe('short');
  });
});
