// The progress display: plain lines off a terminal (throttled), a redrawn bar on one, ETA from bytes.
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';

describe('progress', () => {
  it('prints throttled plain lines with items/s and ETA when not a terminal', () => {
    let now = 0;
    const out: string[] = [];
    const p = createProgress({
      totalBytes: 1000,
      tty: false,
      write: (t) => out.push(t),
      clock: () => now,
      lineEveryMs: 5000,
    });
    now = 10_000;
    p.bytes(250);
    p.items({ items: 100, comments: 400 });
    now = 11_000;
    p.items({ items: 120, comments: 480 });
    expect(out).toEqual(['import: 25.0% 100 items, 400 comments, 50 items/s, ETA 00:30\n']);
    p.finish();
    expect(out[1]).toContain('120 items');
  });

  it('redraws one line on a terminal and ends it', () => {
    let now = 0;
    const out: string[] = [];
    const p = createProgress({ totalBytes: 100, tty: true, write: (t) => out.push(t), clock: () => now });
    now = 1000;
    p.bytes(50);
    p.finish();
    expect(out[0]).toMatch(/^\r\[#{14}-{14}\] {2}50.0%/);
    expect(out.at(-1)).toBe('\n');
  });
});
