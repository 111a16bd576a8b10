// Two builds side by side: this checkout against another (already built) checkout, each on its
// own copy of one SQLite database, loaded in alternating rounds. On a machine whose speed drifts
// between runs (see bench/README.md), rounds of both builds interleaved minute by minute are a
// fairer comparison than two `npm run bench` runs.
//
//   git worktree add ../silkpress-old <rev> && (cd ../silkpress-old && npm ci && npm run build)
//   npm run bench:ab -- --other ../silkpress-old --database site.db --path /article/some-slug
//
// Options: --connections N [4], --rounds N [6], --seconds S [3], --cache (keep the page cache on;
// it is off by default, to measure rendering), --header 'name: value' (a request header, as often
// as needed: --header 'accept-encoding: br' measures what a browser is sent), --workers N [1]
// (WORKERS of both builds), --env NAME=VALUE and --other-env NAME=VALUE (environment of this build
// and of the other, as often as needed), --node-flags "…" and --other-node-flags "…" (Node
// flags after the production ones, for this build and the other: the last value of a V8 flag
// wins; give the value after "="), --this CHECKOUT (another built checkout in place of this one,
// e.g. two commits of a bisection with this checkout's production flags). Two flag sets on one build:
//   npm run bench:ab -- --other . --database site.db --other-node-flags=--max-semi-space-size=16
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ChildServer, startSilkpressServer } from './lib/child-server.ts';
import { measureLoad } from './lib/load.ts';
import { percentile } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    other: { type: 'string' },
    this: { type: 'string' },
    database: { type: 'string' },
    path: { type: 'string', default: '/' },
    connections: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '6' },
    seconds: { type: 'string', default: '3' },
    cache: { type: 'boolean', default: false },
    header: { type: 'string', multiple: true, default: [] },
    workers: { type: 'string', default: '1' },
    env: { type: 'string', multiple: true, default: [] },
    'other-env': { type: 'string', multiple: true, default: [] },
    'node-flags': { type: 'string', default: '' },
    'other-node-flags': { type: 'string', default: '' },
  },
});
if (!values.other || !values.database) {
  console.error('usage: npm run bench:ab -- --other CHECKOUT --database FILE [--path /url] [options]');
  process.exit(2);
}
const other = resolve(values.other);
// --this CHECKOUT runs another built checkout in place of this one (a bisection compares two
// older builds with this bench's flags and rounds).
const self = values.this === undefined ? undefined : resolve(values.this);
for (const checkout of [other, self])
  if (checkout !== undefined && !existsSync(join(checkout, 'dist')))
    throw new Error(`${checkout} has no build: run npm run build there`);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const headers: Record<string, string> = {};
for (const line of values.header) {
  const colon = line.indexOf(':');
  if (colon < 1) throw new Error(`--header ${line}: expected 'name: value'`);
  headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
}
const envOf = (pairs: string[]): Record<string, string> =>
  Object.fromEntries(
    pairs.map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 1) throw new Error(`--env ${pair}: expected NAME=VALUE`);
      return [pair.slice(0, eq), pair.slice(eq + 1)];
    }),
  );

interface Round {
  requestsPerSecond: number;
  cpuMs: number;
  faults: number;
  bytes: number;
  bad: number;
  p50: number;
  p99: number;
}

const dir = mkdtempSync(join(tmpdir(), 'silkpress-ab-'));
const servers: Array<{ name: string; server: ChildServer; rounds: Round[] }> = [];
try {
  const flags = (text: string) => text.split(/\s+/).filter((f) => f !== '');
  for (const [name, checkout, nodeFlags, env] of [
    ['this', self, flags(values['node-flags']), envOf(values.env)],
    ['other', other, flags(values['other-node-flags']), envOf(values['other-env'])],
  ] as const) {
    // Each build gets its own copy: opening a database may change it (statistics, migrations).
    const file = join(dir, `${name}.db`);
    copyFileSync(values.database, file);
    const server = await startSilkpressServer({
      checkout,
      nodeFlags,
      env: {
        DATABASE_URL: `sqlite:${file}`,
        MEDIA_DIR: join(dir, `${name}-media`),
        LOG_LEVEL: 'silent',
        WORKERS: values.workers,
        ...(values.cache ? {} : { PAGE_CACHE_ENTRIES: '0' }),
        ...env,
      },
    });
    servers.push({ name, server, rounds: [] });
  }
  const load = (server: ChildServer, warmupSeconds: number, runSeconds: number) =>
    measureLoad({
      origin: server.url,
      paths: [values.path],
      connections,
      seconds: runSeconds,
      warmupSeconds,
      serverPid: server.pid,
      headers,
    });
  for (const s of servers) await load(s.server, 0, Math.max(2, seconds));
  for (let round = 0; round < rounds; round++) {
    // Alternate which build goes first, so a drift of the machine falls on both alike.
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    const line: string[] = [];
    for (const s of order) {
      const r = await load(s.server, 0, seconds);
      s.rounds.push({
        requestsPerSecond: r.requestsPerSecond,
        cpuMs: r.serverCpuMsPerResponse,
        faults: r.serverFaultsPerResponse,
        bytes: r.bytesPerResponse,
        bad: r.non2xx + r.errors,
        p50: r.latency.p50,
        p99: r.latency.p99,
      });
      line.push(
        `${s.name} ${r.requestsPerSecond.toFixed(0)} req/s ${r.serverCpuMsPerResponse.toFixed(2)} ms ` +
          `p50 ${r.latency.p50.toFixed(0)} p99 ${r.latency.p99.toFixed(0)} ms` +
          (r.non2xx + r.errors ? ` ${r.non2xx + r.errors} bad` : ''),
      );
    }
    console.log(`round ${round + 1}/${rounds} (load ${loadavg()[0]?.toFixed(1)}): ${line.join(' | ')}`);
  }
  const median = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      50,
    );
  console.log(
    `\n${values.path}, ${connections} connections, ${rounds} rounds of ${seconds} s, page cache ${values.cache ? 'on' : 'off'}, ` +
      `${values.workers} worker(s)` +
      (values.header.length ? `, headers: ${values.header.join('; ')}` : ''),
  );
  for (const [name, pairs] of [
    ['this', values.env],
    ['other', values['other-env']],
  ] as const)
    if (pairs.length) console.log(`${name}: env ${pairs.join(' ')}`);
  for (const [name, text] of [
    ['this', values['node-flags']],
    ['other', values['other-node-flags']],
  ])
    if (text) console.log(`${name}: node ${text}`);
  for (const s of servers) {
    const r = s.rounds;
    const memory = await s.server.memory();
    const mb = (bytes: number | undefined) => `${((bytes ?? Number.NaN) / 1024 / 1024).toFixed(0)} MB`;
    console.log(
      `${s.name.padEnd(5)} after the rounds: RSS ${mb(memory?.rss)}, PSS ${mb(memory?.pss)}, peak RSS ${mb(memory?.peakRss)}` +
        ` (the largest worker's)`,
    );
    console.log(
      `${s.name.padEnd(5)} median ${median(r.map((x) => x.requestsPerSecond)).toFixed(0)} req/s, ` +
        `${median(r.map((x) => x.cpuMs)).toFixed(2)} CPU ms/response, ` +
        `${median(r.map((x) => x.faults)).toFixed(0)} faults/response, ` +
        `${(median(r.map((x) => x.bytes)) / 1024).toFixed(1)} KB, ` +
        `p50 ${median(r.map((x) => x.p50)).toFixed(0)} ms, p99 ${median(r.map((x) => x.p99)).toFixed(0)} ms ` +
        `(worst round ${Math.max(...r.map((x) => x.p99)).toFixed(0)} ms), ${r.reduce((n, x) => n + x.bad, 0)} bad`,
    );
  }
  const [mine, theirs] = servers as [(typeof servers)[0], (typeof servers)[0]];
  const cheaper = mine.rounds.filter((r, i) => r.cpuMs < theirs.rounds[i]!.cpuMs).length;
  const ratio = median(mine.rounds.map((x) => x.cpuMs)) / median(theirs.rounds.map((x) => x.cpuMs));
  console.log(
    `this ÷ other, CPU per response: ${(ratio * 100).toFixed(0)}%; this cheaper in ${cheaper} of ${rounds} rounds`,
  );
} finally {
  await Promise.all(servers.map((s) => s.server.stop()));
  rmSync(dir, { recursive: true, force: true });
}
