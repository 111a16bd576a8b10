import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo.ts';

describe('BoundedMemo', () => {
  it('answers what was set, and undefined for what was not', () => {
    const memo = new BoundedMemo<string, number>(10);
    memo.set('a', 1);
    memo.set('b', 0);
    expect(memo.get('a')).toBe(1);
    expect(memo.get('b')).toBe(0);
    expect(memo.get('c')).toBeUndefined();
    memo.set('a', 2);
    expect(memo.get('a')).toBe(2);
  });

  it('never holds more than its capacity, however many keys come', () => {
    for (const capacity of [2, 3, 10, 101]) {
      const memo = new BoundedMemo<number, number>(capacity);
      for (let i = 0; i < capacity * 20; i++) {
        memo.set(i, i);
        // Reads of old and recent keys copy entries between generations; the bound still holds.
        memo.get(i - 1);
        memo.get(i >> 1);
        expect(memo.size).toBeLessThanOrEqual(capacity);
      }
    }
  });

  it('holds at most two entries when asked for fewer', () => {
    for (const capacity of [0, 1]) {
      const memo = new BoundedMemo<number, number>(capacity);
      for (let i = 0; i < 10; i++) memo.set(i, i);
      expect(memo.size).toBeLessThanOrEqual(2);
      expect(memo.get(9)).toBe(9);
    }
  });

  it('evicts: the oldest keys are gone once enough new ones came', () => {
    const memo = new BoundedMemo<number, string>(10);
    for (let i = 0; i < 10; i++) memo.set(i, `v${i}`);
    expect(memo.get(0)).toBe('v0');
    for (let i = 10; i < 20; i++) memo.set(i, `v${i}`);
    // 0 was read before 10-19 came: ten newer keys push it out, as they push 1-9.
    for (let i = 0; i < 10; i++) expect(memo.get(i)).toBeUndefined();
    for (let i = 15; i < 20; i++) expect(memo.get(i)).toBe(`v${i}`);
  });

  it('always keeps the capacity ÷ 2 keys used last, read or written', () => {
    const capacity = 16;
    const memo = new BoundedMemo<number, number>(capacity);
    const recent: number[] = [];
    const use = (key: number) => {
      if (memo.get(key) === undefined) memo.set(key, key * 10);
      const at = recent.indexOf(key);
      if (at >= 0) recent.splice(at, 1);
      recent.push(key);
      if (recent.length > capacity / 2) recent.shift();
    };
    // A fixed mix of a hot set (keys 0-3, read again and again) and a stream of new keys.
    for (let i = 0; i < 500; i++) {
      use(i % 3 === 0 ? (i / 3) % 4 : 1000 + i);
      for (const key of recent) expect(memo.get(key)).toBe(key * 10);
    }
  });

  it('keeps a key that is read, where one only written is dropped', () => {
    const memo = new BoundedMemo<string, number>(4);
    memo.set('read', 1);
    memo.set('written', 2);
    memo.set('x', 3); // turnover: read and written are the older generation
    memo.get('read');
    memo.set('y', 4); // turnover: written is dropped, read was copied to the newer
    expect(memo.get('read')).toBe(1);
    expect(memo.get('written')).toBeUndefined();
  });

  it('overwriting a kept key does not turn a generation over', () => {
    const memo = new BoundedMemo<string, number>(4);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('b', 3);
    memo.set('a', 4);
    expect(memo.get('a')).toBe(4);
    expect(memo.get('b')).toBe(3);
    expect(memo.size).toBe(2);
  });

  it('delete forgets a key in both generations; clear forgets all', () => {
    const memo = new BoundedMemo<string, number>(4);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    memo.get('a'); // now in both generations
    memo.delete('a');
    expect(memo.get('a')).toBeUndefined();
    expect(memo.get('b')).toBe(2);
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.get('b')).toBeUndefined();
  });
});
