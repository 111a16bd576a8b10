import { describe, expect, it } from 'vitest';
import { cacheEntryBytes, objectBytes, stringBytes } from './heap-bytes.ts';

describe('heap bytes', () => {
  it('counts a string at one byte a character in Latin-1 and two beyond, with its header', () => {
    expect(stringBytes('')).toBe(16);
    expect(stringBytes('a'.repeat(1000))).toBe(1016);
    expect(stringBytes('café '.repeat(200))).toBe(1016);
    // One typographic apostrophe makes the whole string two-byte.
    expect(stringBytes(`${'a'.repeat(999)}’`)).toBe(2016);
    expect(stringBytes(null)).toBe(0);
    expect(stringBytes(undefined)).toBe(0);
  });

  it('rounds a string to whole 8-byte words', () => {
    expect(stringBytes('abc') % 8).toBe(0);
    expect(stringBytes('abc')).toBeGreaterThanOrEqual(19);
  });

  it('never counts a cache entry as free, even one that holds nothing', () => {
    expect(cacheEntryBytes('')).toBeGreaterThan(100);
    expect(objectBytes(0)).toBeGreaterThan(0);
  });
});
