import { describe, expect, it } from 'vitest';
import { BurstWindow, CountedKeys } from './burst-window.ts';

describe('CountedKeys', () => {
  it('counts strings by id, forgets a string at zero and reuses its id', () => {
    const k = new CountedKeys();
    const a = k.acquire('192.0.2.1');
    expect(k.acquire('192.0.2.1')).toBe(a);
    const b = k.acquire('192.0.2.2');
    expect([k.count('192.0.2.1'), k.count('192.0.2.2'), k.size]).toEqual([2, 1, 2]);
    k.release(a);
    expect(k.count('192.0.2.1')).toBe(1);
    k.release(a);
    expect([k.count('192.0.2.1'), k.size]).toEqual([0, 1]);
    expect(k.acquire('192.0.2.3')).toBe(a);
    expect([k.count('192.0.2.2'), k.count('192.0.2.3')]).toEqual([1, 1]);
    k.release(b);
    expect(k.size).toBe(1);
  });

  it('grows past its first counts array', () => {
    const k = new CountedKeys();
    for (let i = 0; i < 1000; i++) k.acquire(`k${i % 300}`);
    expect([k.size, k.count('k0'), k.count('k299')]).toEqual([300, 4, 3]);
  });
});

describe('BurstWindow', () => {
  it('keeps at most `capacity` comments, the oldest going first, and forgets their strings', () => {
    const w = new BurstWindow(3);
    for (let i = 0; i < 5; i++) w.add(`198.51.100.${i}`, '198.51.100.0/24', i);
    expect(w.sizes()).toEqual({ comments: 3, ips: 3, networks: 1, slots: 3 });
    expect([w.fromIp('198.51.100.1'), w.fromIp('198.51.100.2'), w.fromIp('198.51.100.4')]).toEqual([0, 1, 1]);
    expect(w.fromNetwork('198.51.100.0/24')).toBe(3);
  });

  it('grows its ring up to the capacity, keeping the order across the wrap', () => {
    const w = new BurstWindow(5000);
    // Fill, drop some from the front, then wrap around the first 1024 slots and grow.
    for (let i = 0; i < 1000; i++) w.add(`ip${i % 7}`, null, i);
    w.dropBefore(600);
    expect(w.sizes().comments).toBe(400);
    for (let i = 1000; i < 3000; i++) w.add(`ip${i % 7}`, i % 2 ? 'net' : null, i);
    expect(w.sizes()).toMatchObject({ comments: 2400, ips: 7, networks: 1 });
    expect(w.sizes().slots).toBeLessThanOrEqual(5000);
    expect(w.fromNetwork('net')).toBe(1000);
    w.dropBefore(2500);
    expect([w.sizes().comments, w.fromNetwork('net'), w.fromIp('ip0')]).toEqual([500, 250, 71]);
    for (let i = 3000; i < 12_000; i++) w.add('ip-x', 'net-x', i);
    expect(w.sizes()).toEqual({ comments: 5000, ips: 1, networks: 1, slots: 5000 });
    expect(w.fromIp('ip0') + w.fromNetwork('net')).toBe(0);
    w.dropBefore(Infinity);
    expect(w.sizes()).toEqual({ comments: 0, ips: 0, networks: 0, slots: 5000 });
  });

  it('counts comments without an IP or network under neither', () => {
    const w = new BurstWindow(10);
    w.add(null, 'n', 1);
    w.add('a', null, 2);
    expect([w.fromIp('a'), w.fromNetwork('n'), w.sizes().comments]).toEqual([1, 1, 2]);
    w.dropBefore(2);
    expect([w.fromIp('a'), w.fromNetwork('n')]).toEqual([1, 0]);
  });

  it('holds nothing with a capacity of 0', () => {
    const w = new BurstWindow(0);
    w.add('a', 'n', 1);
    expect([w.fromIp('a'), w.sizes().comments]).toEqual([0, 0]);
  });

  it('counts as a list of entries with counting maps does (random adds and drops)', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const w = new BurstWindow(300);
    const list: { ip: string | null; network: string | null; at: number }[] = [];
    const count = (key: 'ip' | 'network', v: string) => list.filter((e) => e[key] === v).length;
    let t = 0;
    for (let step = 0; step < 5000; step++) {
      if (rand(10) === 0) {
        const since = t - rand(200);
        w.dropBefore(since);
        while (list.length > 0 && list[0]!.at < since) list.shift();
      } else {
        // Times mostly rise; some entries arrive late (another instance's, stored earlier).
        const at = (t += 1) - (rand(5) === 0 ? rand(50) : 0);
        const e = { ip: rand(8) ? `ip${rand(40)}` : null, network: rand(8) ? `net${rand(6)}` : null, at };
        w.add(e.ip, e.network, e.at);
        list.push(e);
        if (list.length > 300) list.shift();
      }
      if (step % 97 === 0) {
        for (let i = 0; i < 40; i++) expect(w.fromIp(`ip${i}`)).toBe(count('ip', `ip${i}`));
        for (let i = 0; i < 6; i++) expect(w.fromNetwork(`net${i}`)).toBe(count('network', `net${i}`));
        expect(w.sizes().comments).toBe(list.length);
      }
    }
  });
});
