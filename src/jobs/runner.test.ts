import { describe, expect, it } from 'vitest';
import { startJobs } from './runner.ts';

describe('startJobs', () => {
  it('runs every job on demand and never overlaps runs of one job', async () => {
    let concurrent = 0;
    let maxConcurrent = 0;
    let runs = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const runner = startJobs(
      [
        {
          name: 'slow',
          intervalMs: 60_000,
          async run() {
            runs++;
            concurrent++;
            maxConcurrent = Math.max(maxConcurrent, concurrent);
            await gate;
            concurrent--;
          },
        },
      ],
      () => {},
    );
    const a = runner.runAll();
    const b = runner.runAll();
    release();
    await Promise.all([a, b]);
    expect(runs).toBe(1);
    expect(maxConcurrent).toBe(1);
    await runner.stop();
  });

  it('reports failures without stopping', async () => {
    const errors: string[] = [];
    const runner = startJobs(
      [{ name: 'boom', intervalMs: 60_000, run: async () => Promise.reject(new Error('x')) }],
      (job) => errors.push(job),
    );
    await runner.runAll();
    await runner.runAll();
    expect(errors).toEqual(['boom', 'boom']);
    await runner.stop();
  });
});
