import { describe, expect, it } from 'vitest';
import { encodePage, PAGE_CHUNK_CHARS } from './send-page.ts';

const joined = (chunks: Buffer[]) => Buffer.concat(chunks);

describe('encodePage', () => {
  it('encodes a string page as UTF-8', () => {
    const chunks = encodePage('<p>中亚 · Казахстан</p>');
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.toString('utf8')).toBe('<p>中亚 · Казахстан</p>');
  });

  it('writes parts back to back: the same bytes as the joined document', () => {
    const parts = ['<ol>', '', '<li>中亚合作</li>', '<li>Ташкент 🚄</li>', 'é', '</ol>'];
    const bytes = joined(encodePage(parts));
    expect(bytes.equals(Buffer.from(parts.join('')))).toBe(true);
    expect(bytes.length).toBe(Buffer.byteLength(parts.join('')));
  });

  it('a long page of many parts comes out whole, in chunks of bounded size', () => {
    const parts = Array.from(
      { length: 2000 },
      (_, i) => `<li id="comment-${i}">Комментарий ${i} — 评论</li>`,
    );
    const chunks = encodePage(parts);
    expect(joined(chunks).toString('utf8')).toBe(parts.join(''));
    expect(chunks.length).toBeGreaterThan(3);
    // Each chunk holds at most PAGE_CHUNK_CHARS plus one part, at most 3 bytes per UTF-16 unit.
    for (const chunk of chunks) expect(chunk.length).toBeLessThan((PAGE_CHUNK_CHARS + 100) * 3);
  });

  it('a page whose last part fills a chunk ends without an empty chunk', () => {
    const parts = [
      'a'.repeat(PAGE_CHUNK_CHARS + 1),
      'b'.repeat(PAGE_CHUNK_CHARS),
      'c'.repeat(PAGE_CHUNK_CHARS),
    ];
    const chunks = encodePage(parts);
    expect(chunks.map((c) => c.length)).toEqual(parts.map((p) => p.length));
  });

  it('a short page given as parts is one buffer', () => {
    const parts = ['<main>', '<p>中亚</p>'.repeat(100), '</main>'];
    const chunks = encodePage(parts);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.toString('utf8')).toBe(parts.join(''));
  });

  it('no parts is an empty body', () => {
    expect(encodePage([])).toEqual([Buffer.alloc(0)]);
  });
});
