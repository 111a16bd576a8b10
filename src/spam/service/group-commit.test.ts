import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

/** A writer whose batches wait for `release()`, recording what each batch held. */
const setup = (fail: (batch: number[]) => boolean = () => false) => {
  const batches: number[][] = [];
  let release: () => void = () => {};
  let gate = Promise.resolve();
  const hold = () => (gate = new Promise<void>((r) => (release = r)));
  const writer = new GroupCommit<number, string>({
    maxBatch: 3,
    write: async (batch) => {
      batches.push(batch);
      await gate;
      if (fail(batch)) throw new Error(`cannot write ${batch.join(',')}`);
      return batch.map((n) => `stored ${n}`);
    },
  });
  return { writer, batches, hold, release: () => release() };
};

describe('GroupCommit', () => {
  it('groups the items of one turn of the event loop, and those that arrive during a write', async () => {
    const { writer, batches, hold, release } = setup();
    hold();
    const first = [writer.write(1), writer.write(2)];
    expect(batches).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1, 2]]);
    const rest = [writer.write(3), writer.write(4), writer.write(5), writer.write(6)];
    expect(writer.pending).toBe(4);
    release();
    expect(await Promise.all(first)).toEqual(['stored 1', 'stored 2']);
    expect(await Promise.all(rest)).toEqual(['stored 3', 'stored 4', 'stored 5', 'stored 6']);
    // At most maxBatch per transaction.
    expect(batches).toEqual([[1, 2], [3, 4, 5], [6]]);
  });

  it('resolves an item only once its batch is written', async () => {
    const { writer, hold, release } = setup();
    hold();
    let done = false;
    const p = writer.write(1).then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await p;
    expect(done).toBe(true);
  });

  it('a failed batch rejects its items and the writer keeps working', async () => {
    const { writer } = setup((batch) => batch.includes(7));
    await expect(writer.write(7)).rejects.toThrow(/cannot write 7/);
    expect(await writer.write(8)).toBe('stored 8');
  });

  it('flush waits for everything written or waiting', async () => {
    const { writer, batches, hold, release } = setup();
    hold();
    void writer.write(1);
    void writer.write(2);
    let flushed = false;
    const flushing = writer.flush().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    release();
    await flushing;
    expect(batches).toEqual([[1, 2]]);
    await writer.flush();
  });
});
