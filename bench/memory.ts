// Memory per worker after a fixed load (issue 17): the 10,000-article bench site, Silkpress
// started as production runs it, then a fixed number of requests (the same work whatever the
// machine's speed, unlike a timed run): the 50-comment article with the page cache on, rotating
// article URLs that miss the cache, the home page, the archive and two searches. Prints every
// worker's VmRSS, PSS and peak RSS (VmHWM) at ready, one second after the load and after `--settle` seconds more.
//
//   npm run bench:memory -- [--rounds 2] [--workers 2] [--settle 45] [--node-flags "…"]
//                           [--env NAME=VALUE] [--other CHECKOUT [--other-node-flags "…"]
//                           [--other-env NAME=VALUE]]
//
// With --other, rounds of this checkout and the other (already built) alternate; `--other .` with
// other flags or environment compares two settings of one build (--env and --other-env: the
// environment of this build and of the other, as often as needed, e.g. MALLOC_ARENA_MAX=2).
import http from 'node:http';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { BENCH_ARTICLE_SLUG, buildBenchSite } from './lib/build-site.ts';
import { startSilkpressServer } from './lib/child-server.ts';
import { readProcessMemory } from './lib/proc-memory.ts';
import { processTree } from './lib/proc-tree.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    workers: { type: 'string', default: '2' },
    settle: { type: 'string', default: '45' },
    'node-flags': { type: 'string', default: '' },
    other: { type: 'string' },
    'other-node-flags': { type: 'string', default: '' },
    env: { type: 'string', multiple: true, default: [] },
    'other-env': { type: 'string', multiple: true, default: [] },
  },
});
const flags = (text: string) => text.split(/\s+/).filter((f) => f !== '');
const environment = (pairs: string[]): Record<string, string> =>
  Object.fromEntries(
    pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );

/** Sends `total` GET requests over `connections` kept-alive connections; returns the failures. */
async function load(base: string, total: number, connections: number, path: (i: number) => string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let sent = 0;
  let failed = 0;
  const next = (): Promise<void> => {
    if (sent >= total) return Promise.resolve();
    const url = base + path(sent++);
    return new Promise<void>((done) => {
      http
        .get(url, { agent }, (res) => {
          if (res.statusCode !== 200) failed++;
          res.resume().on('end', done);
        })
        .on('error', () => {
          failed++;
          done();
        });
    }).then(next);
  };
  await Promise.all(Array.from({ length: connections }, next));
  agent.destroy();
  return failed;
}

const mb = (bytes: number) => `${Math.round(bytes / 1048576)}`;

async function workersMemory(pid: number): Promise<string> {
  const pids = await processTree(pid);
  const serving = pids.length > 1 ? pids.slice(1) : pids;
  const parts: string[] = [];
  for (const worker of serving) {
    const memory = await readProcessMemory(worker);
    if (memory) parts.push(`${mb(memory.rss)}/${mb(memory.pss)}/${mb(memory.peakRss)}`);
  }
  return `${parts.join(' ')} MB (RSS/PSS/peak RSS per worker)`;
}

const now = new Date();
console.log('building the 10,000-article site…');
const site = await buildBenchSite(
  {
    seed: 2026,
    articles: 10_000,
    authors: 24,
    tags: 40,
    from: new Date(Date.UTC(now.getUTCFullYear() - 3, 0, 1)),
    to: new Date(now.getTime() - 24 * 3600 * 1000),
  },
  () => {},
);
const candidates = [
  { name: 'this', checkout: undefined, nodeFlags: flags(values['node-flags']), env: environment(values.env) },
  ...(values.other
    ? [
        {
          name: 'other',
          checkout: resolve(values.other),
          nodeFlags: flags(values['other-node-flags']),
          env: environment(values['other-env']),
        },
      ]
    : []),
];
try {
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const candidate of candidates) {
      const server = await startSilkpressServer({
        checkout: candidate.checkout,
        nodeFlags: candidate.nodeFlags,
        env: {
          ...candidate.env,
          DATABASE_URL: site.databaseUrl,
          LOG_LEVEL: 'silent',
          WORKERS: values.workers,
        },
      });
      try {
        await new Promise((r) => setTimeout(r, 2000));
        const label = `round ${round} ${candidate.name}`;
        console.log(`${label} ready: ${await workersMemory(server.pid)}`);
        const slugs = site.articleSlugs.slice(0, 4000);
        let failed = await load(server.url, 20_000, 50, () => `/article/${BENCH_ARTICLE_SLUG}`);
        failed += await load(server.url, 8000, 50, (i) => `/article/${slugs[i % slugs.length]}`);
        failed += await load(server.url, 1000, 50, () => '/');
        failed += await load(server.url, 1000, 50, () => '/archive');
        failed += await load(server.url, 500, 50, () => '/search?q=trade');
        failed += await load(server.url, 500, 50, () => `/search?q=${encodeURIComponent('газ')}`);
        await new Promise((r) => setTimeout(r, 1000));
        console.log(`${label} after the load (${failed} failed): ${await workersMemory(server.pid)}`);
        await new Promise((r) => setTimeout(r, Number(values.settle) * 1000));
        console.log(`${label} ${values.settle} s later: ${await workersMemory(server.pid)}`);
      } finally {
        await server.stop();
      }
    }
  }
} finally {
  await site.remove();
}
