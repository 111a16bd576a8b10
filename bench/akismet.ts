// Akismet-compatible API benchmark (run: `node --import tsx bench/akismet.ts`): comment-check
// requests per second and p99 latency with autocannon against a Silkpress child process on
// loopback, plus the server's CPU time per request from /proc (the machine is shared, so CPU per
// request stays meaningful when wall-clock throughput does not). Bounded: about 20 seconds.
import autocannon, { type AutocannonRequest } from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices } from '../src/compose/index.ts';
import { loadConfig } from '../src/config.ts';
import { createApiKey } from '../src/spam/api-key-service.ts';
import { startSilkpressServer } from './lib/child-server.ts';
import { readProcessCpuSeconds } from './lib/proc-cpu.ts';
import { CHECK_COMMENTS as COMMENTS } from './lib/check-comments.ts';

const SECONDS = Number(process.env.BENCH_AKISMET_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_AKISMET_CONNECTIONS ?? 10);
/** A directory for a V8 CPU profile of the server (written when it stops), e.g. /tmp/prof. */
const CPU_PROF_DIR = process.env.BENCH_AKISMET_CPU_PROF;
const dir = mkdtempSync(join(tmpdir(), 'silkpress-bench-akismet-'));
const databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
const log = (s: string) => console.log(`[akismet bench] ${s}`);

async function createKey(): Promise<string> {
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

try {
  const key = await createKey();
  const server = await startSilkpressServer({
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', MEDIA_DIR: join(dir, 'media') },
    nodeFlags: CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [],
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
    const check = await fetch(`${server.url}/1.1/comment-check`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body(),
    });
    if (check.status !== 200 || !check.headers.get('x-akismet-guid'))
      throw new Error(`comment-check answered ${check.status}: ${await check.text()}`);
    // Warm-up (JIT, SQLite page cache), not measured.
    await autocannon({ url: server.url, connections: CONNECTIONS, duration: 2, requests: [request()] });
    const cpuBefore = await readProcessCpuSeconds(server.pid);
    const clientBefore = process.cpuUsage();
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [request()],
    });
    const cpuAfter = await readProcessCpuSeconds(server.pid);
    const client = process.cpuUsage(clientBefore);
    const responses = result.requests.total;
    const cpuMs = cpuBefore !== null && cpuAfter !== null ? ((cpuAfter - cpuBefore) * 1000) / responses : NaN;
    log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; ${CONNECTIONS} connections, ${SECONDS} s`,
    );
    log(
      `comment-check: ${result.requests.average.toFixed(0)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${responses} responses, ${result.non2xx} non-2xx, ${result.errors} errors`,
    );
    log(
      `server CPU time: ${cpuMs.toFixed(3)} ms per request (≈ ${(1000 / cpuMs).toFixed(0)} requests per CPU-second)`,
    );
    // The load generator shares the machine's cores with the server.
    log(
      `client (autocannon) CPU time: ${((client.user + client.system) / 1000 / responses).toFixed(3)} ms per request`,
    );
    log(`targets: ≥ 3,000 requests/s and p99 < 10 ms on loopback`);

    function request(): AutocannonRequest {
      return {
        method: 'POST',
        path: '/1.1/comment-check',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        setupRequest: (r) => ({ ...r, body: body() }),
      };
    }
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
