import { describe, expect, it } from 'vitest';
import { AdmissionGate } from './admission-gate.ts';

const order: string[] = [];
const track = (gate: AdmissionGate, name: string) => {
  const a = gate.arrive();
  if (a.kind === 'queued') void a.started.then(() => order.push(name));
  if (a.kind === 'now') order.push(name);
  return a;
};
const tick = () => new Promise((r) => setImmediate(r));

describe('AdmissionGate', () => {
  it('works on up to `concurrency` requests at once and starts the rest first in, first out', async () => {
    order.length = 0;
    const gate = new AdmissionGate({ concurrency: 2, maxQueue: 10, maxWaitMs: 1e9 });
    expect(track(gate, 'a').kind).toBe('now');
    expect(track(gate, 'b').kind).toBe('now');
    expect(track(gate, 'c').kind).toBe('queued');
    expect(track(gate, 'd').kind).toBe('queued');
    expect(gate.stats()).toMatchObject({ active: 2, queued: 2 });
    gate.done(5);
    await tick();
    expect(order).toEqual(['a', 'b', 'c']);
    gate.done(5);
    gate.done(5);
    await tick();
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.stats()).toMatchObject({ active: 1, queued: 0, admitted: 4, refused: 0 });
  });

  it('does not let a newcomer start ahead of those waiting', async () => {
    const gate = new AdmissionGate({ concurrency: 1, maxQueue: 10, maxWaitMs: 1e9 });
    gate.arrive();
    const waiting = gate.arrive();
    expect(waiting.kind).toBe('queued');
    gate.done(1);
    // The slot went to the waiter, so a newcomer queues even before the waiter's promise runs.
    expect(gate.arrive().kind).toBe('queued');
  });

  it('refuses beyond the queue limit, with a Retry-After of at least one second', () => {
    const gate = new AdmissionGate({ concurrency: 1, maxQueue: 2, maxWaitMs: 1e9 });
    gate.arrive();
    gate.arrive();
    gate.arrive();
    const refused = gate.arrive();
    expect(refused).toEqual({ kind: 'refused', retryAfterSeconds: 1 });
    expect(gate.stats().refused).toBe(1);
  });

  it('refuses a request expected to wait longer than maxWaitMs, judged by the measured service time', () => {
    const gate = new AdmissionGate({ concurrency: 2, maxQueue: 1000, maxWaitMs: 100 });
    gate.arrive();
    gate.arrive();
    gate.done(40); // the service time estimate becomes 40 ms
    gate.arrive(); // takes the free slot
    // Position n waits about n × 40 / 2 ms: positions 1–5 fit in 100 ms, the 6th does not.
    for (let i = 1; i <= 5; i += 1) expect(gate.arrive().kind).toBe('queued');
    const refused = gate.arrive();
    expect(refused.kind).toBe('refused');
    expect(gate.expectedWaitMs(6)).toBe(120);
  });

  it('judges the wait by how fast the queue drains when requests end one after another', () => {
    // Four at once, but each takes the one thread for 10 ms (rendering from SQLite): they end
    // 10 ms apart, so the queue drains one request per 10 ms, not four.
    const gate = new AdmissionGate({ concurrency: 4, maxQueue: 1000, maxWaitMs: 100 });
    for (let i = 0; i < 4; i += 1) expect(gate.arrive().kind).toBe('now');
    for (let i = 0; i < 20; i += 1) gate.arrive();
    expect(gate.stats().queued).toBe(20);
    for (let i = 1; i <= 4; i += 1) gate.done(10 * i, 1000 + 10 * i);
    expect(gate.stats().drainMs).toBe(10);
    expect(gate.expectedWaitMs(6)).toBe(60);
    // Without the drain rate, 10 ms of service shared by 4 would have promised a quarter of it.
    expect(gate.expectedWaitMs(6)).toBeGreaterThan((6 * gate.stats().serviceMs) / 4);
  });

  it('is moved little by one long gap among steady ones (a pause is not the new rate)', () => {
    const gate = new AdmissionGate({ concurrency: 1, maxQueue: 1000, maxWaitMs: 1e9 });
    gate.arrive();
    for (let i = 0; i < 60; i += 1) gate.arrive();
    let t = 0;
    for (let i = 0; i < 50; i += 1) gate.done(2, (t += 2));
    expect(gate.stats().drainMs).toBeCloseTo(2, 6);
    gate.done(2, (t += 200));
    expect(gate.stats().drainMs).toBeLessThan(10);
    expect(gate.stats().drainMs).toBeGreaterThan(2);
  });

  it('believes a speed-up within a few requests: a cold start does not turn away a warm server', () => {
    // The first requests after start end 40 ms apart (the JIT compiles the pages), then 2 ms.
    const gate = new AdmissionGate({ concurrency: 4, maxQueue: 1000, maxWaitMs: 250 });
    for (let i = 0; i < 64; i += 1) gate.arrive(); // 4 start, 60 wait
    let t = 0;
    for (let i = 0; i < 10; i += 1) gate.done(40, (t += 40));
    expect(gate.expectedWaitMs(50)).toBeGreaterThan(250); // cold: 50 waiting is too many
    for (let i = 0; i < 15; i += 1) gate.done(2, (t += 2));
    // Warm for 15 requests: 50 waiting at ~2 ms each fits in 250 ms again. The slow average alone
    // still says ~29 ms per request (1.4 s for the 50th) and would refuse for a hundred more.
    expect(gate.expectedWaitMs(50)).toBeLessThan(250);
    expect(gate.arrive().kind).toBe('queued');
  });

  it('believes a slow-down only gradually, as before', () => {
    const gate = new AdmissionGate({ concurrency: 1, maxQueue: 1000, maxWaitMs: 1e9 });
    gate.arrive();
    for (let i = 0; i < 100; i += 1) gate.arrive();
    let t = 0;
    for (let i = 0; i < 50; i += 1) gate.done(2, (t += 2));
    for (let i = 0; i < 5; i += 1) gate.done(20, (t += 20));
    // Five slow requests in a row: the estimate has moved less than a third of the way.
    expect(gate.stats().drainMs).toBeLessThan(8);
    expect(gate.stats().drainMs).toBeGreaterThan(2);
  });

  it('measures the drain rate only while requests wait', () => {
    const gate = new AdmissionGate({ concurrency: 1, maxQueue: 10, maxWaitMs: 1e9 });
    gate.arrive();
    gate.done(2, 100); // nobody waited: an idle gap follows, not a drain
    gate.arrive();
    gate.done(2, 5000);
    expect(gate.stats().drainMs).toBe(0);
    gate.arrive();
    gate.arrive(); // waits
    gate.done(2, 6000);
    gate.done(3, 6003);
    expect(gate.stats().drainMs).toBe(3);
  });

  it('tells the client to come back when the queue should have drained', () => {
    const gate = new AdmissionGate({ concurrency: 1, maxQueue: 100, maxWaitMs: 10_000 });
    gate.arrive();
    gate.done(500);
    gate.arrive();
    for (let i = 0; i < 20; i += 1) gate.arrive(); // 20 × 500 ms = 10 s of queue
    const refused = gate.arrive();
    expect(refused).toEqual({ kind: 'refused', retryAfterSeconds: 10 });
  });

  it('drops a waiter whose client went away, and a started one is ended by done()', async () => {
    const gate = new AdmissionGate({ concurrency: 1, maxQueue: 10, maxWaitMs: 1e9 });
    gate.arrive();
    const gone = gate.arrive();
    const next = gate.arrive();
    if (gone.kind !== 'queued' || next.kind !== 'queued') throw new Error('expected both to queue');
    expect(gone.cancel()).toBe(true);
    expect(gate.stats().queued).toBe(1);
    let nextStarted = false;
    void next.started.then(() => (nextStarted = true));
    gate.done(1);
    await tick();
    expect(nextStarted).toBe(true);
    expect(next.cancel()).toBe(false); // it had started: the caller ends it with done()
    gate.done(1);
    expect(gate.stats()).toMatchObject({ active: 0, queued: 0 });
  });

  it('lets a parked request give its slot to the next, up to `maxParked`', async () => {
    order.length = 0;
    const gate = new AdmissionGate({ concurrency: 1, maxQueue: 10, maxWaitMs: 1e9, maxParked: 2 });
    track(gate, 'a');
    track(gate, 'b');
    track(gate, 'c');
    track(gate, 'd');
    expect(gate.park(1)).toBe(true); // a waits for its commit: b starts
    await tick();
    expect(order).toEqual(['a', 'b']);
    expect(gate.park(1)).toBe(true); // so does b: c starts
    await tick();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(gate.stats()).toMatchObject({ active: 1, parked: 2, queued: 1 });
    expect(gate.park(1)).toBe(false); // two parked already: c keeps its slot, d waits
    await tick();
    expect(order).toEqual(['a', 'b', 'c']);
    gate.unpark(); // a answered: room for one more parked request
    expect(gate.park(1)).toBe(true);
    await tick();
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    gate.unpark();
    gate.unpark();
    gate.done(1);
    expect(gate.stats()).toMatchObject({ active: 0, parked: 0, queued: 0, admitted: 4 });
  });

  it('rejects limits that would admit nothing', () => {
    expect(() => new AdmissionGate({ concurrency: 0, maxQueue: 1, maxWaitMs: 1 })).toThrow(RangeError);
  });
});
