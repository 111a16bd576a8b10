import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../content/markdown.ts';
import { absolutizeHtml } from './absolute-links.ts';

const site = 'https://news.example';
const page = `${site}/article/a-story`;

describe('absolutizeHtml', () => {
  it('makes footnote links and their back-references absolute', () => {
    const html = createMarkdownRenderer().toHtml('A claim.[^1]\n\n[^1]: The source.');
    expect(html).toMatch(/href="#fn1"/);
    const out = absolutizeHtml(html, site, page);
    expect(out).toContain(`href="${page}#fn1"`);
    expect(out).toContain(`href="${page}#fnref1"`);
    expect(out).not.toMatch(/(href|src)="[#/]/);
  });

  it('makes site paths absolute, srcset candidates included, and leaves other URLs alone', () => {
    const html =
      '<a href="/tag/x">t</a><a href="https://other.example/p">o</a><a href="//cdn.example/x">c</a>' +
      '<img src="/media/abc-960w.jpg" srcset="/media/abc-480w.webp 480w, /media/abc-960w.webp 960w">';
    const out = absolutizeHtml(html, site, page);
    expect(out).toContain(`href="${site}/tag/x"`);
    expect(out).toContain('href="https://other.example/p"');
    expect(out).toContain('href="//cdn.example/x"');
    expect(out).toContain(`src="${site}/media/abc-960w.jpg"`);
    expect(out).toContain(`srcset="${site}/media/abc-480w.webp 480w, ${site}/media/abc-960w.webp 960w"`);
  });
});
