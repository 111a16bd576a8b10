import { describe, expect, it } from 'vitest';
import type { WxrExport, WxrExportItem } from './wxr-export-types.ts';
import type { WxrAuthor, WxrItem, WxrSite, WxrTerm } from '../parse/wxr-records.ts';
import { fixture, parseAll, withoutLines } from '../../../../test/fixtures/wxr/wxr-fixtures.ts';
import { writeWxr } from './write-wxr.ts';
import { cdata, escapeXml } from './xml-escape.ts';

async function written(input: WxrExport): Promise<string> {
  let out = '';
  for await (const chunk of writeWxr(input)) out += chunk;
  return out;
}

/** Parsed records back into writer input (what an export of imported content would pass). */
async function exportOf(name: string): Promise<WxrExport> {
  const records = await parseAll([fixture(name)]);
  const site = records.find((r): r is WxrSite => r.kind === 'site');
  if (!site) throw new Error('no site');
  return {
    site,
    authors: records.filter((r): r is WxrAuthor => r.kind === 'author'),
    terms: records.filter((r): r is WxrTerm => r.kind === 'term'),
    items: records.filter((r): r is WxrItem => r.kind === 'item'),
  };
}

describe('writeWxr escaping', () => {
  it('splits ]]> inside CDATA the way WordPress does and escapes XML elsewhere', () => {
    expect(cdata('a]]>b]]>')).toBe('<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>');
    expect(escapeXml('<a href="x?y=1&z=2">')).toBe('&lt;a href=&quot;x?y=1&amp;z=2&quot;&gt;');
  });

  it('drops characters XML 1.0 cannot carry, but keeps emoji and other astral characters', () => {
    expect(cdata('bell\u0007 tab\t 🎉 𠜎 lone\uD800')).toBe('<![CDATA[bell tab\t 🎉 𠜎 lone]]>');
  });
});

describe('writeWxr output', () => {
  const minimal: WxrExportItem = {
    title: 'Hello',
    contentHtml: '<p>Hi</p>',
    wpId: 1,
    postDateGmt: '2024-05-01T10:00:00Z',
  };

  it('writes a WXR 1.2 document with the namespaces WordPress’s importer expects', async () => {
    const xml = await written({
      site: { title: 'S', link: 'https://s.test', pubDate: '2024-06-01T00:00:00Z' },
      items: [minimal],
    });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8" \?>/);
    expect(xml).toContain('xmlns:wp="http://wordpress.org/export/1.2/"');
    expect(xml).toContain('<wp:wxr_version>1.2</wp:wxr_version>');
    expect(xml).toContain('<pubDate>Sat, 01 Jun 2024 00:00:00 +0000</pubDate>');
    expect(xml).toContain('<wp:post_date_gmt>2024-05-01 10:00:00</wp:post_date_gmt>');
    expect(xml.trimEnd().endsWith('</channel>\n</rss>')).toBe(true);
  });

  it('fills WordPress defaults for what the caller leaves out', async () => {
    const records = await parseAll([
      await written({ site: { title: 'S', link: 'https://s.test' }, items: [minimal] }),
    ]);
    expect(records.find((r) => r.kind === 'item')).toMatchObject({
      wpId: 1,
      postType: 'post',
      status: 'draft',
      postDate: '2024-05-01 10:00:00',
      postDateGmt: '2024-05-01T10:00:00Z',
      commentStatus: 'closed',
      password: null,
      parentWpId: null,
      comments: [],
    });
  });

  it('streams one chunk per record and accepts async iterables', async () => {
    async function* items(): AsyncGenerator<WxrExportItem> {
      yield minimal;
      yield { ...minimal, wpId: 2 };
    }
    const chunks: string[] = [];
    for await (const chunk of writeWxr({
      site: { title: 'S', link: 'x' },
      authors: [{ login: 'a' }],
      items: items(),
    }))
      chunks.push(chunk);
    expect(chunks).toHaveLength(5);
    expect(chunks[2]).toMatch(/^\t<item>/);
  });
});

describe('writeWxr round trip: parse → write → parse gives the same records', () => {
  for (const name of ['small-export.xml', 'nasty.xml']) {
    it(name, async () => {
      // The writer always writes version 1.2, whatever the version read.
      const original = (await parseAll([fixture(name)]))
        .filter((r) => r.kind !== 'warning')
        .map((r) => (r.kind === 'site' ? { ...r, wxrVersion: '1.2' } : r));
      const again = await parseAll([await written(await exportOf(name))]);
      expect(withoutLines(again)).toEqual(withoutLines(original));
    });
  }

  it('keeps ]]>, markup, emoji and control characters out of trouble', async () => {
    const item: WxrExportItem = {
      ...{ title: 'T ]]> & <b>', contentHtml: '<p>x]]>y 🎉 𝄞 中文 Ру</p>', wpId: 3 },
      comments: [
        {
          content: 'a ]]]]> b',
          authorName: 'Zoë <z>',
          approved: 'spam',
          type: 'pingback',
          parentWpId: 9,
          wpId: 8,
        },
      ],
      meta: { 'key with ]]>': 'value & <more>' },
    };
    const [parsed] = (
      await parseAll([await written({ site: { title: 'S', link: 'x' }, items: [item] })])
    ).filter((r) => r.kind === 'item');
    expect(parsed).toMatchObject({ title: item.title, contentHtml: item.contentHtml, meta: item.meta });
    expect(parsed?.kind === 'item' && parsed.comments[0]).toMatchObject(item.comments?.[0] ?? {});
  });
});
