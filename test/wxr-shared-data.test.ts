// The WordPress theme unit test export (../shared/data/wxr): parse it, check the counts against
// counts taken from the raw text with regular expressions, convert a sample, and round-trip it.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../src/content/markdown.ts';
import { attachmentInfo, type WxrAttachmentInfo } from '../src/importers/wxr/convert/convert-types.ts';
import { convertContent } from '../src/importers/wxr/convert/convert-content.ts';
import { parseWxr } from '../src/importers/wxr/parse/parse-wxr.ts';
import type { WxrItem, WxrRecord } from '../src/importers/wxr/parse/wxr-records.ts';
import { writeWxr } from '../src/importers/wxr/export/write-wxr.ts';
import { withoutLines } from './fixtures/wxr/wxr-fixtures.ts';
import { requirement, sharedDataDir } from './support/requirements.ts';

const dir = sharedDataDir();
const file = dir === null ? '' : resolve(dir, 'wxr/themeunittestdata.wordpress.xml');
const available = requirement(dir !== null && existsSync(file), '../shared/data');

/** Values of an element, CDATA-wrapped or not, straight from the raw text. */
function rawValues(xml: string, element: string): string[] {
  const re = new RegExp(`<${element}>(?:<!\\[CDATA\\[)?([^<\\]]*)`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1] ?? '');
}
const countOf = (values: string[], value: string): number => values.filter((v) => v === value).length;

describe.runIf(available)('theme unit test data (../shared/data/wxr)', async () => {
  const xml = available ? readFileSync(file, 'utf8') : '';
  const records: WxrRecord[] = [];
  if (available) for await (const r of parseWxr(createReadStream(file))) records.push(r);
  const items = records.filter((r): r is WxrItem => r.kind === 'item');
  const comments = items.flatMap((i) => i.comments);

  it('finds every item of every post type', () => {
    const types = rawValues(xml, 'wp:post_type');
    expect(types.length).toBe(items.length);
    for (const type of ['post', 'page', 'attachment', 'nav_menu_item']) {
      expect(items.filter((i) => i.postType === type).length, type).toBe(countOf(types, type));
    }
    expect(countOf(types, 'post')).toBeGreaterThan(0);
  });

  it('finds every author and term', () => {
    const count = (re: RegExp): number => (xml.match(re) ?? []).length;
    const terms = records.filter((r) => r.kind === 'term');
    expect(records.filter((r) => r.kind === 'author').length).toBe(count(/<wp:author>/g));
    expect(terms.length).toBe(count(/<wp:category>/g) + count(/<wp:tag>/g) + count(/<wp:term>/g));
    expect(terms.filter((t) => t.taxonomy === 'post_tag').length).toBe(count(/<wp:tag>/g));
  });

  it('finds every comment with its type, status and threading', () => {
    expect(comments.length).toBe((xml.match(/<wp:comment>/g) ?? []).length);
    const types = rawValues(xml, 'wp:comment_type');
    expect(comments.filter((c) => c.type === 'pingback').length).toBe(countOf(types, 'pingback'));
    expect(comments.filter((c) => c.type === 'trackback').length).toBe(countOf(types, 'trackback'));
    const approved = rawValues(xml, 'wp:comment_approved');
    expect(comments.filter((c) => c.approved === 'approved').length).toBe(countOf(approved, '1'));
    expect(comments.filter((c) => c.approved === 'pending').length).toBe(countOf(approved, '0'));
    const replies = rawValues(xml, 'wp:comment_parent').filter((p) => p !== '0' && p !== '').length;
    expect(comments.filter((c) => c.parentWpId !== null).length).toBe(replies);
    const ids = new Set(comments.map((c) => c.wpId));
    expect(comments.every((c) => c.parentWpId === null || ids.has(c.parentWpId))).toBe(true);
  });

  it('reads statuses, passwords, stickiness and dirty creators as written', () => {
    const statuses = rawValues(xml, 'wp:status');
    for (const s of ['publish', 'draft', 'future', 'inherit'])
      expect(items.filter((i) => i.status === s).length, s).toBe(countOf(statuses, s));
    expect(items.filter((i) => i.password !== null).length).toBe(
      rawValues(xml, 'wp:post_password').filter((p) => p !== '').length,
    );
    expect(items.filter((i) => i.sticky).length).toBe(countOf(rawValues(xml, 'wp:is_sticky'), '1'));
    const logins = new Set(records.flatMap((r) => (r.kind === 'author' ? [r.login] : [])));
    const unknownCreators = items.filter((i) => !logins.has(i.creator)).map((i) => i.creator);
    expect(unknownCreators.length).toBeGreaterThan(0);
  });

  it('converts a sample of content that renders as intended', () => {
    const attachments = new Map<number, WxrAttachmentInfo>();
    for (const item of items) {
      const info = attachmentInfo(item);
      if (info && item.wpId !== null) attachments.set(item.wpId, info);
    }
    const render = createMarkdownRenderer();
    const convert = (title: string): { html: string; warnings: string[] } => {
      const item = items.find((i) => i.title === title && (i.postType === 'post' || i.postType === 'page'));
      expect(item, title).toBeDefined();
      const out = convertContent(item?.contentHtml ?? '', { attachments, postWpId: item?.wpId ?? null });
      return { html: render.toHtml(out.markdown), warnings: out.warnings };
    };
    expect(convert('Template: Comments').html).toContain('<li>Threaded comments up to 10 levels deep</li>');
    const tags = convert('Markup: HTML Tags and Formatting').html;
    expect(tags).toContain('<h2>Blockquotes</h2>');
    expect(tags).toContain('<table>');
    expect(tags).toContain('<blockquote>');
    const images = convert('Markup: Image Alignment').html;
    expect(images).toMatch(/<img src="[^"]+image-alignment-580x300\.jpg"/);
    expect(images).toContain('<em>Look at 580x300 getting some <a');
    expect(convert('Post Format: Gallery').html.match(/<img /g)?.length).toBeGreaterThan(2);
    for (const item of items) {
      if (item.postType === 'post' || item.postType === 'page') {
        expect(() => convertContent(item.contentHtml, { attachments, postWpId: item.wpId })).not.toThrow();
      }
    }
  });

  it('round-trips: parse → write → parse gives the same records', async () => {
    const site = records.find((r) => r.kind === 'site');
    if (site?.kind !== 'site') throw new Error('no site record');
    const again: WxrRecord[] = [];
    const chunks = writeWxr({
      site,
      authors: records.flatMap((r) => (r.kind === 'author' ? [r] : [])),
      terms: records.flatMap((r) => (r.kind === 'term' ? [r] : [])),
      items,
    });
    for await (const r of parseWxr(chunks)) again.push(r);
    expect(withoutLines(again)).toEqual(withoutLines(records));
  });
});
