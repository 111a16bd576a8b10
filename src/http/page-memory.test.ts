import { describe, expect, it } from 'vitest';
import { BodyPool, PageMemory, capacityFor } from './page-memory.ts';

describe('capacityFor', () => {
  it('rounds up to 4 KB steps for small pages and to an eighth of the power of two above', () => {
    expect(capacityFor(1)).toBe(4096);
    expect(capacityFor(4096)).toBe(4096);
    expect(capacityFor(4097)).toBe(8192);
    expect(capacityFor(40_000)).toBe(40_960);
    expect(capacityFor(100_000)).toBe(106_496);
    for (let size = 1; size < 2_000_000; size = Math.ceil(size * 1.37)) {
      const capacity = capacityFor(size);
      expect(capacity).toBeGreaterThanOrEqual(size);
      if (size > 32_768) expect(capacity / size).toBeLessThanOrEqual(1.125);
      expect(capacityFor(capacity)).toBe(capacity);
    }
  });
});

describe('BodyPool', () => {
  it('hands back the memory of a buffer it gave, for a body of the same size class', () => {
    const pool = new BodyPool(1 << 20);
    const first = pool.take(30_000);
    pool.give(first.subarray(0, 30_000));
    expect(pool.waitingBytes).toBe(first.length);
    const second = pool.take(29_000);
    expect(second.buffer).toBe(first.buffer);
    expect(pool.waitingBytes).toBe(0);
    expect(pool.take(29_000).buffer).not.toBe(first.buffer);
  });

  it('ignores buffers it did not make and keeps no more than its limit waiting', () => {
    const pool = new BodyPool(10_000);
    pool.give(Buffer.alloc(4096));
    expect(pool.waitingBytes).toBe(0);
    const a = pool.take(4000);
    const b = pool.take(4000);
    const c = pool.take(4000);
    pool.give(a);
    pool.give(b);
    pool.give(c);
    expect(pool.waitingBytes).toBe(8192);
  });
});

describe('PageMemory', () => {
  const pool = () => new BodyPool(1 << 20);

  it('copies chunks into pooled memory and gives it back when the page is dropped', () => {
    const bodies = pool();
    const memory = new PageMemory(bodies);
    const body = memory.copy([Buffer.from('héllo '), Buffer.from('wörld')]);
    expect(body.toString()).toBe('héllo wörld');
    expect(memory.bytes).toBe(4096);
    memory.drop();
    expect(bodies.waitingBytes).toBe(4096);
    expect(bodies.take(10).buffer).toBe(body.buffer);
  });

  it('keeps the memory of a dropped page until every response sending it is over', () => {
    const bodies = pool();
    const memory = new PageMemory(bodies);
    memory.copy(Buffer.alloc(5000, 1));
    const firstOver = memory.send();
    const secondOver = memory.send();
    memory.drop();
    expect(bodies.waitingBytes).toBe(0);
    firstOver();
    firstOver();
    expect(bodies.waitingBytes).toBe(0);
    secondOver();
    expect(bodies.waitingBytes).toBe(8192);
  });

  it('a form made after the page was released keeps its own memory', () => {
    const bodies = pool();
    const memory = new PageMemory(bodies);
    memory.copy(Buffer.alloc(100));
    memory.drop();
    const late = Buffer.from('compressed');
    expect(memory.copy(late)).toBe(late);
    expect(bodies.waitingBytes).toBe(4096);
  });
});
