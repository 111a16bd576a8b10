import { describe, expect, it } from 'vitest';
import { encodePage, SLAB_BYTES, SlabPool } from './page-bytes.ts';

const bytesOf = (body: string | readonly string[], pool = new SlabPool()) =>
  Buffer.concat(encodePage(body, pool).chunks);

/** Text mixing 1-, 2-, 3- and 4-byte characters, and lone surrogates. */
function mixedText(seed: number, length: number): string {
  const alphabet = ['a', '<', 'é', 'ж', '中', '亚', '🚄', '😀', '\uD800', '\uDFFF', ' '];
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

describe('encodePage', () => {
  it('encodes a string page as UTF-8', () => {
    const { chunks } = encodePage('<p>中亚 · Казахстан</p>', new SlabPool());
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.toString('utf8')).toBe('<p>中亚 · Казахстан</p>');
  });

  it('writes parts back to back: the same bytes as Buffer.from of the joined document', () => {
    const parts = ['<ol>', '', '<li>中亚合作</li>', '<li>Ташкент 🚄</li>', 'é', '</ol>'];
    expect(bytesOf(parts).equals(Buffer.from(parts.join('')))).toBe(true);
  });

  it('splits only between whole characters when parts straddle slabs (tiny slabs, many seeds)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const parts = Array.from({ length: 1 + (seed % 7) }, (_, i) => mixedText(seed * 31 + i, seed % 50));
      const pool = new SlabPool(8 + (seed % 9));
      const { chunks } = encodePage(parts, pool);
      // Each part is encoded whole (a surrogate pair split across two parts is two lone halves).
      const expected = Buffer.concat(parts.map((p) => Buffer.from(p)));
      expect(Buffer.concat(chunks).equals(expected), `seed ${seed}`).toBe(true);
      for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(pool.slabBytes);
    }
  });

  it('a long page comes out whole, in chunks of one slab', () => {
    const parts = Array.from(
      { length: 5000 },
      (_, i) => `<li id="comment-${i}">Комментарий ${i} — 评论</li>`,
    );
    const { chunks } = encodePage(parts, new SlabPool());
    expect(Buffer.concat(chunks).toString('utf8')).toBe(parts.join(''));
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThan(SLAB_BYTES - 4);
  });

  it('no parts is an empty body', () => {
    expect(encodePage([], new SlabPool()).chunks).toEqual([Buffer.alloc(0)]);
  });
});

describe('SlabPool', () => {
  it('gets its slabs back once per page, and reuses them for the next page intact', () => {
    const pool = new SlabPool(64);
    const first = encodePage(mixedText(1, 500), pool);
    const used = first.chunks.length;
    expect(pool.size).toBe(0);
    first.release();
    first.release();
    expect(pool.size).toBe(used);
    const text = mixedText(2, 300);
    const second = encodePage(text, pool);
    expect(pool.size).toBeLessThan(used);
    expect(Buffer.concat(second.chunks).equals(Buffer.from(text))).toBe(true);
  });

  it('keeps at most maxFree slabs', () => {
    const pool = new SlabPool(16, 3);
    encodePage('x'.repeat(200), pool).release();
    expect(pool.size).toBe(3);
  });
});
