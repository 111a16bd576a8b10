// The first pass's pre-filter: kept items read exactly as in the whole file, at any chunking.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWxr } from '../../src/importers/wxr/parse/parse-wxr.ts';
import { selectItems } from '../../src/importers/wxr/parse/select-items.ts';
import type { WxrRecord } from '../../src/importers/wxr/parse/wxr-records.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/wxr');
const SHARED = join(import.meta.dirname, '../../../shared/data/wxr');

function files(): string[] {
  const list = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => join(FIXTURES, f));
  if (existsSync(SHARED))
    for (const f of readdirSync(SHARED)) if (f.endsWith('.xml')) list.push(join(SHARED, f));
  return list;
}

function* chunked(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(source: AsyncIterable<string> | Iterable<string>): Promise<string> {
  let out = '';
  for await (const part of source) out += part;
  return out;
}

async function records(source: AsyncIterable<string> | Iterable<string>): Promise<WxrRecord[] | null> {
  const out: WxrRecord[] = [];
  try {
    for await (const r of parseWxr(source)) out.push(r);
  } catch {
    return null; // a malformed fixture: the first pass ignores its error, the second reports it
  }
  return out;
}

const withoutLines = (r: WxrRecord): unknown =>
  JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'line' || k === 'column' ? undefined : v)));

describe('selectItems', () => {
  it('passes a whole file through unchanged when every item is kept, at any chunk size', async () => {
    for (const file of files()) {
      const text = readFileSync(file, 'utf8');
      for (const size of [1, 7, 10, 64, 4096, 1 << 20]) {
        expect(await collect(selectItems(chunked(text, size), () => true))).toBe(text);
      }
    }
  });

  it('keeps exactly the chosen items, which parse as they do in the whole file', async () => {
    let attachments = 0;
    for (const file of files()) {
      const text = readFileSync(file, 'utf8');
      const whole = await records(chunked(text, 4096));
      if (whole === null) continue;
      // Warnings belong to the items they were found in, so only records are compared.
      const wanted = (r: WxrRecord): boolean =>
        r.kind === 'item' ? r.postType === 'attachment' : r.kind !== 'warning';
      const all = whole.filter(wanted);
      for (const size of [3, 64, 65536]) {
        const kept = await records(
          selectItems(
            chunked(text, size),
            (item) => item.includes('attachment') || item.includes('wp_block'),
          ),
        );
        expect(kept?.filter(wanted).map(withoutLines)).toEqual(all.map(withoutLines));
      }
      attachments += all.filter((r) => r.kind === 'item').length;
    }
    expect(attachments).toBeGreaterThan(0);
  });

  it('is not fooled by item tags inside CDATA, comments or attribute values', async () => {
    const text = [
      '<?xml version="1.0"?><rss><channel><title>t</title>',
      '<!-- <item> in a comment -->',
      '<item><title><![CDATA[</item> in CDATA]]></title><wp:post_type>post</wp:post_type></item>',
      '<item a="</item>"><wp:post_type>attachment</wp:post_type><!-- </item> --></item>',
      '<itemx>not an item</itemx><item/>',
      '</channel></rss>',
    ].join('\n');
    for (const size of [1, 5, 1000]) {
      const out = await collect(selectItems(chunked(text, size), (item) => item.includes('attachment')));
      expect(out).toBe(
        [
          '<?xml version="1.0"?><rss><channel><title>t</title>',
          '<!-- <item> in a comment -->',
          '',
          '<item a="</item>"><wp:post_type>attachment</wp:post_type><!-- </item> --></item>',
          '<itemx>not an item</itemx>',
          '</channel></rss>',
        ].join('\n'),
      );
    }
  });
});
