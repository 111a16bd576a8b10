import { describe, expect, it } from 'vitest';
import { WriteBehind } from './write-behind.ts';

const setup = (fail: (batch: number[]) => boolean = () => false) => {
  const batches: number[][] = [];
  const errors: unknown[] = [];
  const queue = new WriteBehind<number, string>({
    delayMs: 60_000,
    maxBatch: 3,
    onError: (err) => errors.push(err),
    write: async (batch) => {
      if (fail(batch)) throw new Error(`cannot write ${batch.join(',')}`);
      batches.push(batch);
      return batch.map((n) => `stored ${n}`);
    },
  });
  return { queue, batches, errors };
};

describe('WriteBehind', () => {
  it('writes queued items in one batch on flush, and a full batch at once', async () => {
    const { queue, batches } = setup();
    queue.add(1);
    queue.add(2);
    expect(queue.pending).toBe(2);
    await queue.flush();
    expect(batches).toEqual([[1, 2]]);
    queue.add(3);
    queue.add(4);
    queue.add(5);
    // The third item filled the batch: it is being written without a flush.
    expect(queue.pending).toBe(0);
    await queue.flush();
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it('addAndWrite resolves with the item’s own result, written with what was queued before it', async () => {
    const { queue, batches } = setup();
    queue.add(1);
    expect(await queue.addAndWrite(2)).toBe('stored 2');
    expect(batches).toEqual([[1, 2]]);
  });

  it('a failed batch rejects the items someone waits for and reports the others', async () => {
    const { queue, errors } = setup((batch) => batch.includes(7));
    queue.add(6);
    await expect(queue.addAndWrite(7)).rejects.toThrow(/cannot write 6,7/);
    expect(errors).toHaveLength(1);
    // The queue keeps working after a failure.
    expect(await queue.addAndWrite(8)).toBe('stored 8');
  });

  it('flush waits for a batch already being written', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const written: number[] = [];
    const queue = new WriteBehind<number, number>({
      delayMs: 60_000,
      maxBatch: 10,
      onError: () => {},
      write: async (batch) => {
        await gate;
        written.push(...batch);
        return batch;
      },
    });
    const first = queue.addAndWrite(1);
    let flushed = false;
    const flushing = queue.flush().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    release();
    await Promise.all([first, flushing]);
    expect(written).toEqual([1]);
  });
});
