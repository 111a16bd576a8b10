import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chunked, fixture, itemsById, parseAll } from '../../../../test/fixtures/wxr/wxr-fixtures.ts';
import { parseWxr } from './parse-wxr.ts';
import { WxrParseError } from './wxr-parse-error.ts';

describe('parseWxr on an ordinary export', async () => {
  const records = await parseAll([fixture('small-export.xml')]);
  const items = itemsById(records);

  it('yields the site header first, then authors, terms and items in file order', () => {
    expect(records.map((r) => r.kind)).toEqual([
      'site',
      'author',
      'author',
      'term',
      'term',
      'term',
      'term',
      'item',
      'item',
      'item',
      'item',
      'item',
    ]);
    expect(records[0]).toEqual({
      kind: 'site',
      line: 10,
      title: 'The Harbour Gazette',
      link: 'https://gazette.example.org',
      description: 'News from the quay',
      language: 'en-GB',
      wxrVersion: '1.2',
      baseSiteUrl: 'https://gazette.example.org',
      baseBlogUrl: 'https://gazette.example.org',
    });
  });

  it('reads authors and terms, with category parents and other taxonomies', () => {
    expect(records[1]).toEqual({
      kind: 'author',
      line: 19,
      wpId: 1,
      login: 'mara',
      email: 'mara@gazette.example.org',
      displayName: 'Mara Quill',
      firstName: 'Mara',
      lastName: 'Quill',
    });
    const terms = records.filter((r) => r.kind === 'term');
    expect(terms.map((t) => [t.taxonomy, t.slug, t.name, t.parentSlug, t.wpId])).toEqual([
      ['category', 'local', 'Local', null, 3],
      ['category', 'harbour', 'Harbour', 'local', 4],
      ['post_tag', 'ferries', 'Ferries', null, 7],
      ['nav_menu', 'main-menu', 'Main menu', null, 9],
    ]);
    expect(terms[0]).toMatchObject({ description: 'Stories from town', line: 21 });
  });

  it('reads a published post with its categories, meta and threaded comments', () => {
    const post = items.get(10);
    expect(post).toMatchObject({
      line: 47,
      guid: 'https://gazette.example.org/?p=10',
      postType: 'post',
      title: 'New ferry timetable starts Monday',
      slug: 'new-ferry-timetable',
      creator: 'mara',
      contentHtml:
        'The morning crossing moves to 7:40.\nEvening boats are unchanged.\n\nTickets bought before Monday stay valid.',
      excerptHtml: 'Earlier mornings on the water.',
      status: 'publish',
      postDate: '2024-05-31 10:15:00',
      postDateGmt: '2024-05-31T08:15:00Z',
      modifiedGmt: '2024-05-31T09:00:00Z',
      commentStatus: 'open',
      pingStatus: 'open',
      sticky: true,
      password: null,
      parentWpId: null,
      menuOrder: 0,
      attachmentUrl: null,
      categories: [
        { domain: 'category', nicename: 'harbour', name: 'Harbour' },
        { domain: 'post_tag', nicename: 'ferries', name: 'Ferries' },
      ],
      meta: {
        _yoast_wpseo_title: 'Ferry timetable 2024 | Harbour Gazette',
        _yoast_wpseo_metadesc: 'What changes on the ferries from Monday.',
      },
    });
    expect(post?.comments).toEqual([
      {
        line: 83,
        wpId: 100,
        parentWpId: null,
        authorName: 'Lena from Pier 4',
        authorEmail: 'lena@example.net',
        authorUrl: 'https://lena.example.net/',
        authorIp: '192.0.2.10',
        date: '2024-05-31 12:00:00',
        dateGmt: '2024-05-31T10:00:00Z',
        content: 'Finally! The old 8:10 was always full.',
        approved: 'approved',
        type: 'comment',
        userId: null,
        meta: {},
      },
      expect.objectContaining({ wpId: 101, parentWpId: 100, type: 'comment', userId: 1 }),
    ]);
  });

  it('gives a draft without a GMT date null, and keeps page hierarchy and attachments', () => {
    expect(items.get(11)).toMatchObject({
      status: 'draft',
      postDateGmt: null,
      postDate: '2024-06-01 09:00:00',
      slug: '',
    });
    expect(items.get(3)).toMatchObject({ postType: 'page', parentWpId: 2, menuOrder: 2 });
    expect(items.get(12)).toMatchObject({
      postType: 'attachment',
      status: 'inherit',
      parentWpId: 10,
      attachmentUrl: 'https://gazette.example.org/wp-content/uploads/2024/05/quay-at-dawn.jpg',
      meta: { _wp_attachment_image_alt: 'Empty quay in grey morning light' },
    });
  });
});

describe('parseWxr on nasty input', async () => {
  const records = await parseAll([fixture('nasty.xml')]);
  const items = itemsById(records);

  it('joins CDATA sections split around ]]> and leaves HTML entities in CDATA alone', () => {
    expect(items.get(20)?.contentHtml).toBe(
      '<p>The parser sees x]]>y here, and caf&eacute; &hellip; &#x1F41F; stays HTML.</p>',
    );
    expect(items.get(22)?.password).toBe('s3cret ]]> & <');
  });

  it('decodes XML entities outside CDATA (titles in WXR 1.0/1.1)', () => {
    expect(records[0]).toMatchObject({ title: 'Edge & Case Weekly', wxrVersion: '1.1' });
    expect(items.get(20)?.title).toBe('Fish & Chips <3 “quoted”');
  });

  it('keeps an HTML entity XML does not know, and reports it as a warning with its position', () => {
    expect(items.get(20)?.excerptHtml).toBe('Hot&nbsp;news');
    expect(records.filter((r) => r.kind === 'warning')).toEqual([
      { kind: 'warning', line: 21, column: 26, message: expect.stringContaining('undefined entity') },
    ]);
  });

  it('reads Chinese, Russian, emoji and characters outside the BMP intact', () => {
    const post = items.get(21);
    expect(post?.title).toBe('Эмодзи, 中文 и 𝄞 🎉');
    expect(post?.contentHtml).toContain('Паром отходит в семь утра. 🚢');
    expect(post?.contentHtml).toContain('今天的渡轮准时出发。');
    expect(post?.contentHtml).toContain('𠜎');
    expect(records.find((r) => r.kind === 'author')).toMatchObject({ displayName: 'Мара Перо', wpId: null });
  });

  it('keeps comments in file order with parents that come later, and maps every status and type', () => {
    const comments = items.get(20)?.comments ?? [];
    expect(comments.map((c) => [c.wpId, c.parentWpId, c.type, c.approved])).toEqual([
      [201, 202, 'comment', 'approved'],
      [202, null, 'comment', 'approved'],
      [203, null, 'pingback', 'approved'],
      [204, null, 'trackback', 'pending'],
      [205, null, 'comment', 'spam'],
      [206, null, 'comment', 'trash'],
    ]);
    expect(comments[0]?.meta).toEqual({ akismet_result: 'false' });
    expect(comments[1]?.content).toBe('Очень вкусно! 🐟\nВторая строка.');
    expect(comments[1]?.authorIp).toBe('2001:db8::1');
    expect(comments[5]).toMatchObject({ date: null, dateGmt: null, authorIp: '' });
  });

  it('reports duplicate slugs, unknown and missing creators as they are (the import decides)', () => {
    expect([items.get(20)?.slug, items.get(21)?.slug]).toEqual(['same-slug', 'same-slug']);
    expect(items.get(21)?.creator).toBe('ghostwriter');
    expect(items.get(22)?.creator).toBe('');
  });

  it('reads every status, other post types, and ignores unknown elements', () => {
    expect([20, 21, 22, 23, 24].map((id) => items.get(id)?.status)).toEqual([
      'publish',
      'future',
      'private',
      'pending',
      'trash',
    ]);
    expect(items.get(40)).toMatchObject({
      postType: 'nav_menu_item',
      title: 'Home',
      commentStatus: 'closed',
      meta: {},
    });
    expect(items.get(23)?.meta['footnotes']).toContain('"id":"fn-a1"');
  });
});

describe('parseWxr on a WXR 1.0 export (no authors, no term ids, no sticky flag)', async () => {
  const records = await parseAll([fixture('wxr-1.0.xml')]);

  it('reads it the same way, keeping the domain-less duplicates WXR 1.0 writes and naming tags post_tag', () => {
    expect(records.map((r) => r.kind)).toEqual(['site', 'term', 'term', 'item']);
    expect(records[0]).toMatchObject({ wxrVersion: '1.0', title: 'Lighthouse Log' });
    expect(records[1]).toMatchObject({ taxonomy: 'category', slug: 'weather', wpId: null, parentSlug: null });
    const item = records[3];
    expect(item).toMatchObject({
      kind: 'item',
      wpId: 7,
      title: 'Fog & foghorns',
      creator: 'keeper',
      sticky: false,
    });
    expect(item?.kind === 'item' && item.categories).toEqual([
      { domain: '', nicename: '', name: 'Weather' },
      { domain: 'category', nicename: 'weather', name: 'Weather' },
      { domain: 'post_tag', nicename: '', name: 'fog' },
      { domain: 'post_tag', nicename: 'fog', name: 'fog' },
    ]);
    expect(item?.kind === 'item' && item.comments.map((c) => [c.wpId, c.type, c.approved])).toEqual([
      [3, 'comment', 'approved'],
    ]);
  });
});

describe('parseWxr streaming', () => {
  it('gives the same records when fed one byte at a time (multi-byte characters split)', async () => {
    const bytes = fixture('nasty.xml');
    expect(await parseAll(chunked(bytes, 1))).toEqual(await parseAll([bytes]));
  });

  it('gives the same records for odd chunk sizes and for a Node Readable with setEncoding', async () => {
    const bytes = fixture('small-export.xml');
    const whole = await parseAll([bytes]);
    for (const size of [2, 3, 7, 64, 4096]) expect(await parseAll(chunked(bytes, size))).toEqual(whole);
    const readable = Readable.from(chunked(bytes, 5), { objectMode: true });
    expect(await parseAll(readable)).toEqual(whole);
    const text = Readable.from([bytes]).setEncoding('utf8');
    expect(await parseAll(text)).toEqual(whole);
  });

  it('handles string chunks that split a surrogate pair, and a byte-order mark', async () => {
    const text = '\uFEFF' + fixture('nasty.xml').toString('utf8');
    const units = [...Array(Math.ceil(text.length / 3)).keys()].map((i) => text.slice(i * 3, i * 3 + 3));
    expect(await parseAll(units)).toEqual(await parseAll([fixture('nasty.xml')]));
  });

  it('yields records before the whole file has been read', async () => {
    const bytes = fixture('small-export.xml');
    let fed = 0;
    async function* slow(): AsyncGenerator<Uint8Array> {
      for (const chunk of chunked(bytes, 256)) {
        fed += chunk.length;
        yield chunk;
      }
    }
    for await (const record of parseWxr(slow())) {
      if (record.kind === 'author') break;
    }
    expect(fed).toBeLessThan(bytes.length / 2);
  });
});

describe('parseWxr errors', () => {
  const failure = async (source: Parameters<typeof parseAll>[0]): Promise<WxrParseError> => {
    try {
      await parseAll(source);
    } catch (error) {
      if (error instanceof WxrParseError) return error;
      throw error;
    }
    throw new Error('expected a WxrParseError');
  };

  it('reports a mismatched tag with its line and column', async () => {
    const error = await failure([fixture('malformed.xml')]);
    expect(error).toMatchObject({ code: 'WXR_PARSE_ERROR', line: 11, column: 52 });
    expect(error.message).toMatch(/line 11, column 52: unexpected close tag: <title> was still open/);
  });

  it('reports a truncated file, after yielding the records that were complete', async () => {
    const seen: string[] = [];
    let caught: unknown;
    try {
      for await (const r of parseWxr(chunked(fixture('truncated.xml'), 1000))) seen.push(r.kind);
    } catch (error) {
      caught = error;
    }
    expect(seen).toEqual(['site', 'author', 'author', 'term', 'term', 'term', 'term', 'item']);
    expect(caught).toBeInstanceOf(WxrParseError);
    expect(caught).toMatchObject({ line: 113, column: 26 });
    expect(String(caught)).toMatch(/ends inside <title>.*truncated/);
  });

  it('drops control characters, keeps invalid UTF-8 readable, with warnings for what XML forbids', async () => {
    const head = '<rss><channel><item><title>';
    const records = await parseAll([Buffer.from(`${head}a\u000Bb &#1; c</title></item></channel></rss>`)]);
    expect(records.find((r) => r.kind === 'item')).toMatchObject({ title: 'ab &#1; c' });
    expect(records.filter((r) => r.kind === 'warning').map((w) => w.message)).toEqual([
      expect.stringMatching(/control character/),
      expect.stringMatching(/character reference/),
    ]);
    const badUtf8 = Buffer.concat([
      Buffer.from(head),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('</title></item></channel></rss>'),
    ]);
    expect((await parseAll([badUtf8])).find((r) => r.kind === 'item')).toMatchObject({ title: '\uFFFD(' });
  });

  it('refuses empty input, other XML, a missing channel, other encodings and non-XML', async () => {
    expect((await failure([])).message).toMatch(/empty/);
    expect((await failure(['<?xml version="1.0"?>\n<feed><title>x</title></feed>'])).message).toMatch(
      /line 2.*root element is <feed>, expected <rss>/,
    );
    expect((await failure(['<rss version="2.0"><title>no channel</title></rss>'])).message).toMatch(
      /no <channel>/,
    );
    expect(
      (await failure(['<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel/></rss>'])).message,
    ).toMatch(/unsupported encoding ISO-8859-1/);
    expect(await failure(['this is not xml at all'])).toMatchObject({ line: 1 });
  });
});

describe('parseWxr and the characters XML forbids', () => {
  it('drops them from every value, attributes included, so nothing imported carries them', async () => {
    const item = [
      '<rss><channel><item><title>Border\u0001 news\u000C</title>',
      '<content:encoded><![CDATA[<p>Text\u0000 with\u0008 controls</p>]]></content:encoded>',
      '<category domain="post_tag\u0002" nicename="bor\u0003der"><![CDATA[Bor\u0004der]]></category>',
      '<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ann\u0007</wp:comment_author>',
      '<wp:comment_content>Hi\u001F there</wp:comment_content></wp:comment>',
      '</item></channel></rss>',
    ].join('');
    const records = await parseAll([Buffer.from(item)]);
    const parsed = records.find((r) => r.kind === 'item');
    expect(parsed).toMatchObject({
      title: 'Border news',
      contentHtml: '<p>Text with controls</p>',
      categories: [{ domain: 'post_tag', nicename: 'border', name: 'Border' }],
      comments: [expect.objectContaining({ authorName: 'Ann', content: 'Hi there' })],
    });
  });
});
