// The fast HTML → Markdown path must give exactly what turndown (with our rules) gives, or stand
// aside. Compared on generated markup full of whitespace, escaping and nesting edge cases, and on
// every post and comment of our fixtures and the WordPress theme unit test data.
import { existsSync, readdirSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastHtmlToMarkdown } from '../../src/importers/wxr/convert/fast-markdown.ts';
import { FootnoteNumbering } from '../../src/importers/wxr/convert/footnotes.ts';
import { createMarkdownConverter } from '../../src/importers/wxr/convert/markdown-converter.ts';
import { parseWxr } from '../../src/importers/wxr/parse/parse-wxr.ts';
import { wpautop } from '../../src/importers/wxr/convert/wpautop.ts';
import { stripBlockComments } from '../../src/importers/wxr/convert/block-comments.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/wxr');
const SHARED = join(import.meta.dirname, '../../../shared/data/wxr');

function both(html: string): { fast: string | null; slow: string; fastMedia: string[]; slowMedia: string[] } {
  const rewriteUrl = (u: string): string =>
    u.includes('/uploads/') ? u.replace('old.example', 'new.example') : u;
  const fastMedia: string[] = [];
  const slowMedia: string[] = [];
  const fast = fastHtmlToMarkdown(html, { rewriteUrl, addMedia: (u) => void fastMedia.push(u) });
  const slow = createMarkdownConverter({
    rewriteUrl,
    addMedia: (u) => void slowMedia.push(u),
    warn: () => {},
    footnotes: new FootnoteNumbering(undefined, () => {}),
  }).turndown(html);
  return { fast, slow, fastMedia, slowMedia };
}

/** A small seeded PRNG (mulberry32), so a failure can be reproduced. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'harbour',
  'Ferry',
  '准时',
  'вовремя',
  '🚢',
  '*star*',
  '_under_',
  '`tick`',
  '[sic]',
  'back\\slash',
  '# not a heading',
  '- dash',
  '+ plus',
  '> quote',
  '1. one',
  '~~~',
  '==',
  'https://example.org/a_b*c',
  'http://x.example/path.',
  '&amp;',
  '&lt;b&gt;',
  '&nbsp;',
  '&#8217;',
  '&#x1F600;',
  '&hellip;',
  '&rsquo;',
  'a & b',
  '\u00a0',
  '\u2003',
  '"quoted"',
  "it's",
];
const SPACES = [' ', ' ', ' ', '\n', '\t', '  ', ' \n ', '', ''];
const HREFS = [
  'https://example.org/x',
  ' https://example.org/y ',
  'https://old.example/wp-content/uploads/2024/01/a.jpg',
  'https://example.org/file.pdf',
  'https://example.org/a(b)c d',
  'javascript:alert(1)',
  '/relative/path',
  'https://example.org/?a=1&amp;b=2',
];

function generate(r: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const tag = (name: string): string => (r() < 0.1 ? name.toUpperCase() : name);
  const text = (): string => {
    let s = '';
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) s += pick(SPACES) + pick(WORDS);
    return s + pick(SPACES);
  };
  const attrs = (name: string): string => {
    if (name !== 'a') return r() < 0.1 ? ` class="x" style="color:red"` : '';
    const href = pick(HREFS);
    const q = pick(['"', '"', "'"]);
    let s = ` href=${q}${href}${q}`;
    if (r() < 0.2) s += ' title="A &quot;title&quot;\n here"';
    if (r() < 0.2) s += ' target=_blank rel="noopener"';
    return s;
  };
  const imgAttrs = (): string => {
    let s = '';
    if (r() < 0.9) s += ` src="${pick(HREFS)}"`;
    if (r() < 0.7) s += ` alt="${pick(WORDS)} ${pick(WORDS)}"`;
    if (r() < 0.2) s += ' title="A &quot;title&quot;"';
    if (r() < 0.3) s += ' class="alignnone size-medium wp-image-12" width="300" height="200"';
    return s;
  };
  const phrasing = (depth: number, inA: boolean, open: Set<string>): string => {
    let s = '';
    const n = Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const c = r();
      if (c < 0.45 || depth > 3) s += text();
      else if (c < 0.55) s += `<${tag('br')}${pick(['', '/', ' /'])}>`;
      else if (c < 0.62) s += `<${tag('img')}${imgAttrs()}${pick(['', '/', ' /'])}>`;
      else {
        const name = pick([
          'strong',
          'b',
          'em',
          'i',
          'a',
          'a',
          'del',
          's',
          'span',
          'u',
          'sup',
          'sub',
          'small',
        ]);
        if ((name === 'a' && inA) || open.has(name)) continue;
        const inner = new Set(open).add(name);
        s += `<${tag(name)}${attrs(name)}>${phrasing(depth + 1, inA || name === 'a', inner)}</${tag(name)}>`;
      }
    }
    return s;
  };
  const flow = (depth: number): string => {
    let s = '';
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const c = r();
      if (c < 0.15 || depth > 3) s += phrasing(depth, false, new Set());
      else if (c < 0.45)
        s += `<${tag('p')}${attrs('p')}>${phrasing(depth, false, new Set())}</p>${pick(SPACES)}`;
      else if (c < 0.55) {
        const h = `h${1 + Math.floor(r() * 6)}`;
        s += `<${h}>${phrasing(depth, false, new Set())}</${h}>${pick(SPACES)}`;
      } else if (c < 0.8) {
        const list = pick(['ul', 'ol']);
        let items = '';
        const m = Math.floor(r() * 4);
        for (let k = 0; k < m; k++) items += `${pick(SPACES)}<li>${flow(depth + 1)}</li>`;
        s += `<${list}>${items}${pick(SPACES)}</${list}>${pick(SPACES)}`;
      } else if (c < 0.9) s += `<blockquote>${pick(SPACES)}${flow(depth + 1)}</blockquote>`;
      else s += pick(SPACES);
    }
    return s;
  };
  return flow(0);
}

// CPU-bound comparisons (turndown is slow): a generous timeout for a busy 2-core machine.
describe('fast HTML → Markdown path', { timeout: 120_000 }, () => {
  it('gives what turndown gives on 2,500 generated documents', () => {
    const r = rng(20261126);
    let handled = 0;
    for (let n = 0; n < 2500; n++) {
      const html = generate(r);
      const { fast, slow, fastMedia, slowMedia } = both(html);
      if (fast === null) continue;
      handled++;
      expect({ html, md: fast, media: fastMedia }).toEqual({ html, md: slow, media: slowMedia });
    }
    // Almost everything generated is in the subset (the rest is attributes it leaves to turndown).
    expect(handled).toBeGreaterThan(1800);
  });

  it('stands aside for markup outside its subset', () => {
    for (const html of [
      '<p>unclosed',
      '<p>a<p>b</p>',
      '<p>x<!-- note --></p>',
      '<p>&copy 2024</p>',
      '<p>&notanentity;</p>',
      '<p>AT&T</p>',
      '<p><ul><li>x</li></ul></p>',
      '<b><p>x</p></b>',
      '<a href="x"><a href="y">z</a></a>',
      '<ul>text<li>x</li></ul>',
      '<li>stray</li>',
      '<ol start="3"><li>x</li></ol>',
      '<p class="wp-block-embed__wrapper">https://x.example</p>',
      '<p>a\rb</p>',
      '<a>no href</a>',
      '<p/>',
      '<span><p>x</p></span>',
      '<p>a<sup data-fn="f1">1</sup></p>',
      '<figure><img src="x.jpg"></figure>',
      '<p>&#128;</p>',
    ]) {
      expect({ html, fast: both(html).fast }).toEqual({ html, fast: null });
    }
  });

  it('gives what turndown gives on every post of the fixtures and the theme unit test data', async () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => join(FIXTURES, f));
    if (existsSync(SHARED))
      for (const f of readdirSync(SHARED)) if (f.endsWith('.xml')) files.push(join(SHARED, f));
    let compared = 0;
    for (const file of files) {
      try {
        for await (const rec of parseWxr(createReadStream(file))) {
          if (rec.kind !== 'item') continue;
          const texts = [rec.contentHtml, rec.excerptHtml, ...rec.comments.map((c) => c.content)];
          for (const raw of texts) {
            const stripped = stripBlockComments(raw.replace(/\r\n?/g, '\n'), new Map());
            for (const html of [stripped.html, wpautop(stripped.html), wpautop(raw)]) {
              const { fast, slow, fastMedia, slowMedia } = both(html);
              if (fast === null) continue;
              compared++;
              expect({ html, md: fast, media: fastMedia }).toEqual({ html, md: slow, media: slowMedia });
            }
          }
        }
      } catch (err) {
        if (!String(err).includes('WXR') && !(err instanceof Error && err.name === 'WxrParseError'))
          throw err;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
