// Akismet-compatible API benchmark (run: `node --import tsx bench/akismet.ts`): comment-check
// requests per second and p99 latency with autocannon against a Silkpress child process on
// loopback, plus the server's CPU time per request from /proc (the machine is shared, so CPU per
// request stays meaningful when wall-clock throughput does not). Bounded: about 20 seconds a round.
//
// Environment: BENCH_AKISMET_SECONDS [10], BENCH_AKISMET_CONNECTIONS [10], BENCH_AKISMET_CPU_PROF
// (a directory for V8 CPU profiles of the server), BENCH_AKISMET_ENV and BENCH_AKISMET_OTHER_ENV
// (space-separated NAME=VALUE pairs for this build's server and the other's, e.g. "WORKERS=2").
// A/B: BENCH_AKISMET_OTHER=CHECKOUT (another checkout, already built: `npm run build` there; "."
// compares two environments of this build) runs this build and that one in alternating rounds
// (BENCH_AKISMET_ROUNDS [3] pairs, the order within a pair alternating too), each round on a
// fresh database, and prints each build's medians and their ratios. Each round also says who had the
// cores (bench/lib/proc-sched.ts): the server, this process (autocannon: the client shares the
// machine), other processes, and how long the server's event loop waited for a core.
import autocannon, { type AutocannonRequest } from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openServices } from '../src/compose/index.ts';
import { loadConfig } from '../src/config.ts';
import { createApiKey } from '../src/spam/network/api-key-service.ts';
import { buildOnce, startSilkpressServer } from './lib/child-server.ts';
import { readTreeCounters } from './lib/proc-cpu.ts';
import { CORES, readMachineBusy, readTreeSched } from './lib/proc-sched.ts';
import { CHECK_COMMENTS as COMMENTS } from './lib/check-comments.ts';
import { percentile } from './lib/stats.ts';

const SECONDS = Number(process.env.BENCH_AKISMET_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_AKISMET_CONNECTIONS ?? 10);
/** A directory for a V8 CPU profile of the server (written when it stops), e.g. /tmp/prof. */
const CPU_PROF_DIR = process.env.BENCH_AKISMET_CPU_PROF;
const OTHER = process.env.BENCH_AKISMET_OTHER ? resolve(process.env.BENCH_AKISMET_OTHER) : undefined;
const ROUNDS = OTHER === undefined ? 1 : Number(process.env.BENCH_AKISMET_ROUNDS ?? 3);
const log = (s: string) => console.log(`[akismet bench] ${s}`);

const envOf = (pairs: string | undefined): Record<string, string> =>
  Object.fromEntries(
    (pairs ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 1) throw new Error(`${pair}: expected NAME=VALUE`);
        return [pair.slice(0, eq), pair.slice(eq + 1)];
      }),
  );

/** One build to measure: a checkout (undefined: this one) and its server's environment. */
interface Build {
  name: string;
  checkout: string | undefined;
  env: Record<string, string>;
}

/** What one round measured. */
interface Round {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMs: number;
  /** The event loops' share (each process's main thread, without the SQLite threads). */
  mainMs: number;
  load: number;
  /** Share of the round the server's event loop was runnable but waited for a core. */
  waited: number;
  /** Cores used meanwhile by this process (autocannon and the bodies) and by everything else. */
  clientCores: number;
  otherCores: number;
}

async function createKey(databaseUrl: string, dir: string): Promise<string> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    MEDIA_DIR: join(dir, 'media'),
  });
  const services = await openServices(config);
  try {
    const { key } = await createApiKey(
      services.deps.spam!.apiKeys,
      { label: 'bench', rateLimit: 1_000_000 },
      new Date(),
    );
    return key;
  } finally {
    await services.close();
  }
}

/** Runs one round against `build` on a fresh database. */
async function round(build: Build): Promise<Round> {
  const dir = mkdtempSync(join(tmpdir(), 'silkpress-bench-akismet-'));
  const databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
  try {
    const key = await createKey(databaseUrl, dir);
    const server = await startSilkpressServer({
      env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', MEDIA_DIR: join(dir, 'media'), ...build.env },
      nodeFlags: CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [],
      ...(build.checkout === undefined ? {} : { checkout: build.checkout }),
    });
    try {
      let n = 0;
      const body = () => {
        n += 1;
        return new URLSearchParams({
          api_key: key,
          blog: 'https://news.example',
          user_ip: `198.51.100.${n % 250}`,
          user_agent: 'Mozilla/5.0 (bench)',
          permalink: `https://news.example/article/${n % 40}`,
          comment_author: `Reader ${n % 500}`,
          comment_content: `${COMMENTS[n % COMMENTS.length]!} #${n}`,
        }).toString();
      };
      const request = (): AutocannonRequest => ({
        method: 'POST',
        path: '/1.1/comment-check',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        setupRequest: (r) => ({ ...r, body: body() }),
      });
      const check = await fetch(`${server.url}/1.1/comment-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body(),
      });
      if (check.status !== 200 || !check.headers.get('x-akismet-guid'))
        throw new Error(`comment-check answered ${check.status}: ${await check.text()}`);
      // Warm-up (JIT, SQLite page cache), not measured.
      await autocannon({ url: server.url, connections: CONNECTIONS, duration: 2, requests: [request()] });
      const cpuBefore = await readTreeCounters(server.pid);
      const mainBefore = await readTreeCounters(server.pid, true);
      const schedBefore = await readTreeSched(server.pid);
      const machineBefore = await readMachineBusy();
      const started = performance.now();
      const clientBefore = process.cpuUsage();
      const result = await autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [request()],
      });
      const client = process.cpuUsage(clientBefore);
      const elapsed = (performance.now() - started) / 1000;
      const machineAfter = await readMachineBusy();
      const schedAfter = await readTreeSched(server.pid);
      const cpuAfter = await readTreeCounters(server.pid);
      const mainAfter = await readTreeCounters(server.pid, true);
      const memory = await server.memory();
      const responses = result.requests.total;
      const cpuMs =
        cpuBefore !== null && cpuAfter !== null
          ? ((cpuAfter.cpuSeconds - cpuBefore.cpuSeconds) * 1000) / responses
          : NaN;
      const mainMs =
        mainBefore !== null && mainAfter !== null
          ? ((mainAfter.cpuSeconds - mainBefore.cpuSeconds) * 1000) / responses
          : NaN;
      const load = loadavg()[0]!;
      // Who had the two cores: the server (all its threads), this process (the client), the rest.
      const serverCores =
        cpuBefore !== null && cpuAfter !== null
          ? (cpuAfter.cpuSeconds - cpuBefore.cpuSeconds) / elapsed
          : NaN;
      const clientCores = (client.user + client.system) / 1e6 / elapsed;
      const machine =
        machineBefore !== null && machineAfter !== null
          ? {
              cores: (machineAfter.busySeconds - machineBefore.busySeconds) / elapsed,
              irq: (machineAfter.irqSeconds - machineBefore.irqSeconds) / elapsed,
            }
          : { cores: NaN, irq: NaN };
      const otherCores = Math.max(0, machine.cores - machine.irq - serverCores - clientCores);
      const waited =
        schedBefore !== null && schedAfter !== null
          ? (schedAfter.waitSeconds - schedBefore.waitSeconds) / elapsed
          : NaN;
      const preempted =
        schedBefore !== null && schedAfter !== null
          ? (schedAfter.preempted - schedBefore.preempted) / responses
          : NaN;
      log(
        `${build.name}: load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}; ${CONNECTIONS} connections, ${SECONDS} s`,
      );
      log(
        `${build.name}: comment-check ${result.requests.average.toFixed(0)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${responses} responses, ${result.non2xx} non-2xx, ${result.errors} errors`,
      );
      log(
        `${build.name}: server CPU time ${cpuMs.toFixed(3)} ms per request (≈ ${(1000 / cpuMs).toFixed(0)} requests per CPU-second), main thread ${mainMs.toFixed(3)} ms; client (autocannon) ${((client.user + client.system) / 1000 / responses).toFixed(3)} ms per request; server RSS ${memory ? (memory.rss / 2 ** 20).toFixed(0) : '?'} MB (peak ${memory ? (memory.peakRss / 2 ** 20).toFixed(0) : '?'})`,
      );
      log(
        `${build.name}: cores busy ${machine.cores.toFixed(2)} of ${CORES} (server ${serverCores.toFixed(2)}, client ${clientCores.toFixed(2)}, interrupts ${machine.irq.toFixed(2)}, other processes ${otherCores.toFixed(2)}); the server's event loop waited for a core ${(100 * waited).toFixed(0)}% of the time and was preempted ${preempted.toFixed(2)} times per request`,
      );
      return {
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        cpuMs,
        mainMs,
        load,
        waited,
        clientCores,
        otherCores,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const self: Build = { name: 'this', checkout: undefined, env: envOf(process.env.BENCH_AKISMET_ENV) };
const builds: Build[] = [self];
if (OTHER !== undefined)
  builds.push({ name: 'other', checkout: OTHER, env: envOf(process.env.BENCH_AKISMET_OTHER_ENV) });
buildOnce();
const rounds = new Map<Build, Round[]>(builds.map((b) => [b, []]));
for (let i = 0; i < ROUNDS; i++) {
  // ABBA: neither build always runs first after a pause or second after a warm machine.
  const order = i % 2 === 0 ? builds : [...builds].reverse();
  for (const build of order) rounds.get(build)!.push(await round(build));
}
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((x, y) => x - y),
    50,
  );
const summary = (b: Build) => {
  const rs = rounds.get(b)!;
  return {
    rps: median(rs.map((r) => r.requestsPerSecond)),
    p99: median(rs.map((r) => r.p99)),
    cpu: median(rs.map((r) => r.cpuMs)),
    main: median(rs.map((r) => r.mainMs)),
    waited: median(rs.map((r) => r.waited)),
    client: median(rs.map((r) => r.clientCores)),
    other: median(rs.map((r) => r.otherCores)),
  };
};
for (const b of builds) {
  const s = summary(b);
  const rs = rounds.get(b)!;
  log(
    `${b.name}${b.checkout ? ` (${b.checkout})` : ''}: medians ${s.rps.toFixed(0)} requests/s, p99 ${s.p99} ms, ${s.cpu.toFixed(3)} ms server CPU per request (main thread ${s.main.toFixed(3)}); rounds ${rs.map((r) => `${r.requestsPerSecond.toFixed(0)}/${r.cpuMs.toFixed(3)}/${r.mainMs.toFixed(3)}`).join(', ')} (requests/s / CPU ms / main thread ms), load ${rs.map((r) => r.load.toFixed(1)).join(', ')}; event loop waiting for a core ${(100 * s.waited).toFixed(0)}% of the time, cores used by the client ${s.client.toFixed(2)} and by other processes ${s.other.toFixed(2)}`,
  );
}
if (OTHER !== undefined) {
  const a = summary(self);
  const b = summary(builds[1]!);
  const other = rounds.get(builds[1]!)!;
  const pairs = (f: (r: Round) => number) =>
    rounds
      .get(self)!
      .map((r, i) => (f(r) / f(other[i]!)).toFixed(2))
      .join(', ');
  log(
    `this / other: requests/s ${(a.rps / b.rps).toFixed(2)}× (per pair ${pairs((r) => r.requestsPerSecond)}), server CPU per request ${(a.cpu / b.cpu).toFixed(2)}× (${pairs((r) => r.cpuMs)}), main thread ${(a.main / b.main).toFixed(2)}× (${pairs((r) => r.mainMs)})`,
  );
}
log(`targets: ≥ 3,000 requests/s and p99 < 10 ms on loopback`);
