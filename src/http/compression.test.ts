import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  baseEtag,
  brotliWindowBits,
  COMPRESS_ON_THREAD_MAX_BYTES,
  compressOnce,
  etagForCoding,
  isCompressible,
  negotiateCoding,
} from './compression.ts';

describe('negotiateCoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip;q=1.0, br;q=0.9', 'gzip'],
    ['BR;Q=0.5, GZIP;Q=0.4', 'br'],
    ['br;q=0, *', 'gzip'],
    ['*', 'br'],
    ['*;q=0', null],
    ['identity', null],
    ['gzip;q=0.5, identity', null],
    ['deflate', null],
    ['compress, x-gzip', 'gzip'],
    ['br;q=bogus, gzip', 'gzip'],
  ])('%s → %s', (header, coding) => {
    expect(negotiateCoding(header)).toBe(coding);
  });
});

describe('ETags per coding', () => {
  it('differ per coding and lead back to the identity ETag', () => {
    const etag = '"1a-2b"';
    expect(etagForCoding(etag, null)).toBe(etag);
    expect(etagForCoding(etag, 'br')).toBe('"1a-2b-br"');
    expect(etagForCoding(etag, 'gzip')).toBe('"1a-2b-gz"');
    for (const tag of [etag, '"1a-2b-br"', 'W/"1a-2b-gz"']) expect(baseEtag(tag)).toBe(etag);
  });
});

describe('isCompressible', () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['text/css; charset=utf-8', true],
    ['text/javascript; charset=utf-8', true],
    ['application/rss+xml; charset=utf-8', true],
    ['application/xml', true],
    ['application/feed+json', true],
    ['application/json; charset=utf-8', true],
    ['application/manifest+json', true],
    ['image/svg+xml', true],
    ['text/event-stream', false],
    ['image/webp', false],
    ['image/x-icon', false],
    ['image/png', false],
  ])('%s → %s', (type, expected) => {
    expect(isCompressible(type)).toBe(expected);
  });
});

describe('brotliWindowBits', () => {
  it.each([
    [0, 10],
    [1008, 10],
    [1009, 11],
    [2032, 11],
    [2033, 12],
    [85_919, 17],
    [131_056, 17],
    [131_057, 18],
    [16 * 1024 * 1024 - 16, 24],
    [100 * 1024 * 1024, 24],
  ])('%i bytes → %i bits', (size, bits) => {
    expect(brotliWindowBits(size)).toBe(bits);
  });
});

describe('compressOnce', () => {
  const text = (bytes: number): Buffer => {
    const words = ['статья', 'comment', '评论', 'article', 'reply', '🚄', 'the', 'news'];
    const parts: string[] = [];
    for (let i = 0, length = 0; length < bytes; i++) {
      const part = `<li id="c${i}">${words[(i * 7) % words.length]} ${words[(i * 3) % words.length]} ${i}</li>\n`;
      parts.push(part);
      length += Buffer.byteLength(part);
    }
    return Buffer.from(parts.join(''));
  };

  it.each([
    ['br', 2_000],
    ['gzip', 2_000],
    ['br', 90_000],
    ['gzip', 90_000],
  ] as const)('%s of %i bytes: compressed at once, on the thread, and decoded back', (coding, size) => {
    const body = text(size);
    const compressed = compressOnce(body, coding);
    expect(Buffer.isBuffer(compressed)).toBe(true);
    const decoded =
      coding === 'br'
        ? zlib.brotliDecompressSync(compressed as Buffer)
        : zlib.gunzipSync(compressed as Buffer);
    expect(decoded.equals(body)).toBe(true);
    expect((compressed as Buffer).length).toBeLessThan(body.length / 2);
  });

  it.each(['br', 'gzip'] as const)(
    '%s of a body over the thread limit: in the thread pool',
    async (coding) => {
      const body = text(COMPRESS_ON_THREAD_MAX_BYTES + 50_000);
      const compressed = compressOnce(body, coding);
      expect(compressed).toBeInstanceOf(Promise);
      const bytes = await compressed;
      const decoded = coding === 'br' ? zlib.brotliDecompressSync(bytes) : zlib.gunzipSync(bytes);
      expect(decoded.equals(body)).toBe(true);
    },
  );
});
