// Garbage collection of comment-checks, counted rather than timed (the figures hold on a loaded
// machine). Run with the production heap flags:
//   node --max-semi-space-size=4 --heap-growing-percent=50 --expose-gc --import tsx bench/akismet-gc.ts
// Runs BENCH_GC_CHECKS (default 32,000) checks through the spam service in this process, ten at a
// time, with bench/akismet.ts's bodies (250 IPs, 40 permalinks) on a fresh SQLite database, and
// prints the main thread's scavenges and mark-compacts (count and summed pause, from the `gc`
// performance entries) and the heap used after a forced collection. Then it fills a context
// memory with 100,000 comments (5,000 IPs in 1,250 networks, each string made afresh as a parsed
// request's would be) and prints the bytes retained per entry (heap used + array buffers).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { openServices } from '../src/compose/index.ts';
import { loadConfig } from '../src/config.ts';
import { toAkismetRequest } from '../src/http/akismet/to-input.ts';
import { ContextMemory, DEFAULT_MEMORY_LIMITS } from '../src/spam/context/context-memory.ts';
import { CHECK_COMMENTS } from './lib/check-comments.ts';

const CHECKS = Number(process.env.BENCH_GC_CHECKS ?? 32_000);
const ENTRIES = 100_000;
const gc = (): void => {
  if (!globalThis.gc) throw new Error('run with --expose-gc');
  globalThis.gc();
  globalThis.gc();
};
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

const dir = mkdtempSync(join(tmpdir(), 'silkpress-bench-gc-'));
const config = loadConfig({
  DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
  LOG_LEVEL: 'silent',
  MEDIA_DIR: join(dir, 'media'),
});
const services = await openServices(config);
const spam = services.deps.spam!;
let n = 0;
const check = async () => {
  n++;
  const r = toAkismetRequest(
    {
      blog: 'https://news.example',
      user_ip: `198.51.100.${n % 250}`,
      user_agent: 'Mozilla/5.0 (bench)',
      permalink: `https://news.example/article/${n % 40}`,
      comment_author: `Reader ${n % 500}`,
      comment_content: `${CHECK_COMMENTS[n % CHECK_COMMENTS.length]!} #${n}`,
    },
    new Date(),
  );
  await spam.service.check(r.input, {
    origin: 'api',
    apiKeyId: null,
    isTest: r.isTest,
    articleKey: r.articleKey,
    remember: !r.recheck,
    forced: r.forced,
  });
};

const counts = { minor: 0, minorMs: 0, major: 0, majorMs: 0, majorMax: 0 };
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = (e as unknown as { detail: { kind: number } }).detail.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
      counts.minor++;
      counts.minorMs += e.duration;
    } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      counts.major++;
      counts.majorMs += e.duration;
      counts.majorMax = Math.max(counts.majorMax, e.duration);
    }
  }
});
observer.observe({ entryTypes: ['gc'] });
const cpu = process.cpuUsage();
for (let i = 0; i < CHECKS / 10; i++) await Promise.all(Array.from({ length: 10 }, check));
const cpuUs = process.cpuUsage(cpu);
await new Promise((resolve) => setImmediate(resolve));
observer.disconnect();
gc();
console.log(
  `${CHECKS} checks: ${counts.minor} scavenges (${counts.minorMs.toFixed(0)} ms), ${counts.major} mark-compacts (${counts.majorMs.toFixed(0)} ms, longest ${counts.majorMax.toFixed(1)} ms); heap used after gc ${mb(process.memoryUsage().heapUsed)} MB; ${((cpuUs.user + cpuUs.system) / CHECKS).toFixed(0)} µs CPU per check (all threads)`,
);
await services.close();
rmSync(dir, { recursive: true, force: true });

const used = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const memory = new ContextMemory(DEFAULT_MEMORY_LIMITS);
const before = used();
const t0 = Date.now();
for (let i = 0; i < ENTRIES; i++) {
  const a = i % 5000;
  const subnet = ['203', '0', String((a >> 2) & 255)];
  memory.add({
    id: null,
    print: new Uint16Array(64).fill(i),
    ip: [...subnet, String(a & 255)].join('.'),
    network: [...subnet, '0/24'].join('.'),
    email: null,
    articleKey: `https://news.example/article/${i % 40}`,
    links: [],
    verdict: 'pending',
    createdAt: t0 + i,
  });
}
const retained = used() - before;
console.log(
  `context memory: ${memory.sizes().burst} burst entries retain ${mb(retained)} MB, ${(retained / ENTRIES).toFixed(1)} bytes each`,
);
