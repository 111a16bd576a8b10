import { describe, expect, it } from 'vitest';
import { baseEtag, etagForCoding, isCompressible, negotiateCoding } from './compression.ts';

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
