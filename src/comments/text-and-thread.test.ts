import { describe, expect, it } from 'vitest';
import { createCommentTextRenderer } from './comment-text.ts';
import { parseCommentForm, prepareUntrusted } from './comment-input.ts';
import { buildThread } from './threading.ts';
import { normalizeText } from '../spam/index.ts';

const render = createCommentTextRenderer().toHtml;

describe('comment text rendering', () => {
  it.each([
    ['plain text', 'Hello', '<p>Hello</p>\n'],
    ['paragraphs and line breaks', 'one\ntwo\n\nthree', '<p>one<br>\ntwo</p>\n<p>three</p>\n'],
    ['emphasis', '*a* **b** _c_', '<p><em>a</em> <strong>b</strong> <em>c</em></p>\n'],
    ['inline code', 'use `x < y`', '<p>use <code>x &lt; y</code></p>\n'],
    ['quotes', '> quoted\n\nreply', '<blockquote>\n<p>quoted</p>\n</blockquote>\n<p>reply</p>\n'],
    ['raw HTML is escaped', '<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    [
      'autolinks with nofollow ugc',
      'see https://ex.org/a',
      '<p>see <a href="https://ex.org/a" rel="nofollow ugc noopener">https://ex.org/a</a></p>\n',
    ],
    [
      'www. autolinks',
      'www.example.com',
      '<p><a href="http://www.example.com" rel="nofollow ugc noopener">www.example.com</a></p>\n',
    ],
    [
      'Markdown links stay text (the bare URL is autolinked)',
      '[x](https://evil.example)',
      '<p>[x](<a href="https://evil.example" rel="nofollow ugc noopener">https://evil.example</a>)</p>\n',
    ],
    ['javascript: is never a link', 'javascript:alert(1)', '<p>javascript:alert(1)</p>\n'],
    ['headings stay text', '# Title', '<p># Title</p>\n'],
    ['lists stay text', '- a\n- b', '<p>- a<br>\n- b</p>\n'],
    [
      'images stay text',
      '![x](https://ex.org/i.png)',
      '<p>![x](<a href="https://ex.org/i.png" rel="nofollow ugc noopener">https://ex.org/i.png</a>)</p>\n',
    ],
    ['email addresses are not links', 'mail me a@b.io', '<p>mail me a@b.io</p>\n'],
  ])('%s', (_n, input, output) => expect(render(input)).toBe(output));

  it.each([
    ['file names', 'see README.md and setup.py, then run.sh'],
    ['code', 'cart.shop() fails when obj.store is empty'],
    ['a sentence run on after its full stop', 'see you soon.Today was long'],
    ['a word on a top-level domain that is also a word', 'visit spamsite.to now'],
    ['a version', 'upgrade to 3.14.top'],
  ])('bare words the spam filter does not read as links stay text: %s', (_n, input) =>
    expect(render(input)).not.toContain('<a '),
  );

  it('links a www. host on any top-level domain, as the spam filter counts it', () =>
    expect(render('www.example.name')).toContain('href="http://www.example.name"'));

  it('links a bare domain the spam filter reads as a link', () => {
    expect(render('go to example.com/page today')).toContain('href="http://example.com/page"');
    expect(render('займы.рф тут')).toContain('<a ');
    expect(render('luckywin.in/bonus')).toContain('<a ');
  });

  it('gives a reader no link that the spam filter does not count', () => {
    const host = (h: string): string => new URL(`http://${h}`).host.replace(/^www\./, '');
    const tlds =
      'com net org io co me ly to tv cc xyz top site ru su рф cn kz uz py md sh rs pl so am in name edu gov xxx aero museum coop store shop loan bet'.split(
        ' ',
      );
    const texts = tlds.flatMap((t) => [
      `visit spamsite.${t} now`,
      `visit http://spamsite.${t}/x now`,
      `visit www.spamsite.${t} now`,
      `best-deals365.${t}/promo`,
      `see <https://spamsite.${t}/x>`,
    ]);
    for (const text of texts) {
      const hosts = [...render(text).matchAll(/href="https?:\/\/([^/"]+)/g)].map((m) => host(m[1] as string));
      const counted = normalizeText(text).domains.map(host);
      for (const h of hosts) expect(counted).toContain(h);
    }
  });

  it('renders the same through its memo as afresh, across many turnovers of a small memo', () => {
    const small = createCommentTextRenderer(4);
    const texts = Array.from({ length: 20 }, (_, i) => `text ${i} *em* https://ex.org/${i}`);
    const fresh = texts.map((t) => createCommentTextRenderer().toHtml(t));
    for (let round = 0; round < 3; round++) {
      expect(texts.map((t) => small.toHtml(t))).toEqual(fresh);
      expect([...texts].reverse().map((t) => small.toHtml(t))).toEqual([...fresh].reverse());
    }
  });
});

describe('commentHtml', () => {
  it('renders a comment as toHtml does, and an edited comment afresh', () => {
    const renderer = createCommentTextRenderer(4);
    expect(renderer.commentHtml(7, 'first *draft*')).toBe(render('first *draft*'));
    expect(renderer.commentHtml(7, 'first *draft*')).toBe(render('first *draft*'));
    expect(renderer.commentHtml(7, 'edited `text`')).toBe(render('edited `text`'));
    for (let id = 100; id < 120; id++) renderer.commentHtml(id, `filler ${id}`);
    expect(renderer.commentHtml(7, 'edited `text`')).toBe('<p>edited <code>text</code></p>\n');
    expect(renderer.commentHtml(119, 'filler 119')).toBe('<p>filler 119</p>\n');
  });
});

describe('comment form schema', () => {
  it('trims and accepts a valid form', () => {
    const r = parseCommentForm({
      comment: '  hi  ',
      author: ' Ann ',
      email: ' A@Example.com ',
      url: ' https://a.io ',
      parentId: '7',
      notify: 'on',
    });
    expect(r.ok && r.form).toEqual({
      comment: 'hi',
      author: 'Ann',
      email: 'A@Example.com',
      url: 'https://a.io',
      parentId: 7,
      remember: false,
      notify: true,
    });
  });
  it.each([
    [{ comment: '' }, 'comment'],
    [{ comment: 'x'.repeat(10_001) }, 'comment'],
    [{ author: '   ' }, 'author'],
    [{ author: 'x'.repeat(101) }, 'author'],
    [{ email: 'nope' }, 'email'],
    [{ url: 'javascript:alert(1)' }, 'url'],
    [{ url: 'mailto:a@b.io' }, 'url'],
  ])('%j is rejected on %s', (over, field) => {
    const r = parseCommentForm({ comment: 'ok', author: 'Ann', email: 'a@b.io', url: '', ...over });
    expect(r.ok).toBe(false);
    expect(Object.keys(r.ok ? {} : r.errors)).toEqual([field]);
  });
  it('accepts exactly 10,000 characters and 100-character names', () => {
    expect(
      parseCommentForm({ comment: 'x'.repeat(10_000), author: 'n'.repeat(100), email: 'a@b.io' }).ok,
    ).toBe(true);
  });
  it('a garbage parent id means no parent', () => {
    const r = parseCommentForm({ comment: 'ok', author: 'A', email: 'a@b.io', parentId: 'abc' });
    expect(r.ok && r.form.parentId).toBeNull();
  });
});

describe('prepareUntrusted', () => {
  it('keeps only reader fields, normalised', () => {
    const out = prepareUntrusted({
      articleId: 1,
      parentId: null,
      authorName: 'Ann\r\nBcc: x',
      authorEmail: ' ANN@EXAMPLE.COM ',
      authorUrl: '',
      content: 'a\r\nb ',
      ip: '1.2.3.4',
      userAgent: 'UA',
      status: 'approved',
      id: 99,
      createdAt: 'x',
    });
    expect(out).toEqual({
      articleId: 1,
      parentId: null,
      authorName: 'Ann Bcc: x',
      authorEmail: 'ann@example.com',
      authorUrl: null,
      content: 'a\nb',
      ip: '1.2.3.4',
      userAgent: 'UA',
    });
  });
});

describe('buildThread', () => {
  const c = (id: number, parentId: number | null) => ({ id, parentId });
  const shape = (nodes: ReturnType<typeof buildThread<{ id: number; parentId: number | null }>>): unknown =>
    nodes.map((n) => [n.comment.id, n.depth, shape(n.replies)]);
  it.each([
    [
      'flat',
      [c(1, null), c(2, null)],
      5,
      [
        [1, 1, []],
        [2, 1, []],
      ],
    ],
    ['nested', [c(1, null), c(2, 1), c(3, 2)], 5, [[1, 1, [[2, 2, [[3, 3, []]]]]]]],
    [
      'too deep attaches at the max depth',
      [c(1, null), c(2, 1), c(3, 2), c(4, 3)],
      2,
      [
        [
          1,
          1,
          [
            [2, 2, []],
            [3, 2, []],
            [4, 2, []],
          ],
        ],
      ],
    ],
    [
      'depth 1 is flat',
      [c(1, null), c(2, 1)],
      1,
      [
        [1, 1, []],
        [2, 1, []],
      ],
    ],
    ['missing parent becomes top level', [c(5, 42)], 5, [[5, 1, []]]],
  ])('%s', (_n, list, depth, expected) => expect(shape(buildThread(list, depth))).toEqual(expected));
});
