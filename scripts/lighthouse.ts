// `npm run lighthouse`: Lighthouse (LIGHTHOUSE_BIN, default `lighthouse` on PATH; .ci/run installs
// lighthouse@12.2.3) in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) against the
// home, an article, a tag and a search page of a fresh demo site started as production starts it.
// Fails unless every page scores 100 in best-practices and passes "Enable text compression".
// Not part of `npm test`: four Lighthouse runs take a couple of minutes.
import { type ChildProcess, type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lighthouse = process.env.LIGHTHOUSE_BIN ?? 'lighthouse';
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface Audit {
  score: number | null;
  /** 'notApplicable' (nothing to judge) and 'error' (the audit could not run) both score null. */
  scoreDisplayMode?: string;
  title: string;
  displayValue?: string;
  errorMessage?: string;
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startSite(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(root, 'bin/silkpress.js'), 'start'], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${join(dir, 'site.db')}`,
      MEDIA_DIR: join(dir, 'media'),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  await new Promise<void>((ready, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Silkpress is running')) ready();
    });
    server.once('exit', (code) => fail(new Error(`the site exited (${code}) before it was ready:\n${out}`)));
  });
  return server;
}

/** How often a Lighthouse run that could not record the page (it exits non-zero) is tried. */
const RUNS = 3;

function runLighthouse(url: string): SpawnSyncReturns<string> {
  return spawnSync(
    lighthouse,
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=best-practices,performance',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
}

/** What a run that failed said: its error output, or why it could not start. */
const why = (run: SpawnSyncReturns<string>): string =>
  (run.stderr as string | null)?.trim() || (run.error?.message ?? 'no output');

function audit(url: string): { ok: boolean; lines: string[] } {
  // Lighthouse now and then fails to record its trace ("Something went wrong with recording the
  // trace over your page load. Please run Lighthouse again. (NO_NAVSTART)"): a run that produced
  // no report is tried again, and each failed run is printed. A report that falls short is never
  // retried.
  const notes: string[] = [];
  let run = runLighthouse(url);
  for (let attempt = 1; run.status !== 0 && attempt < RUNS; attempt++) {
    notes.push(`  run ${attempt} of ${RUNS} produced no report (${run.status}): ${why(run)}`);
    run = runLighthouse(url);
  }
  if (run.status !== 0)
    return { ok: false, lines: [...notes, `lighthouse failed (${run.status}): ${why(run)}`] };
  const report = JSON.parse(run.stdout) as Report;
  const practices = report.categories['best-practices'];
  const score = Math.round((practices?.score ?? 0) * 100);
  const lost = (practices?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1);
  const compression = report.audits['uses-text-compression'];
  // Passed means judged and passed, or nothing to compress; an audit that errored is no pass.
  const compressed =
    compression?.score === 1 ||
    (compression?.score === null && compression.scoreDisplayMode === 'notApplicable');
  const lines = [
    ...notes,
    `${url}: best-practices ${score}, text compression ${compressed ? 'passed' : 'FAILED'}`,
  ];
  for (const { id, audit } of lost)
    lines.push(`  best-practices lost on ${id}: ${audit?.title} ${audit?.displayValue ?? ''}`);
  if (!compressed)
    lines.push(
      `  uses-text-compression: ${compression?.errorMessage ?? compression?.displayValue ?? 'missing from the report'}`,
    );
  return { ok: score === 100 && compressed, lines };
}

const dir = mkdtempSync(join(tmpdir(), 'silkpress-lighthouse-'));
const port = await freePort();
const server = await startSite(dir, port);
let failed = 0;
try {
  const origin = `http://localhost:${port}`;
  const home = await (await fetch(`${origin}/`)).text();
  const article = /href="(\/article\/[^"#?]+)"/.exec(home)?.[1];
  const tag = /href="(\/tag\/[^"#?]+)"/.exec(home)?.[1];
  if (!article || !tag) throw new Error('the home page links no article or tag');
  const pages = ['/', article, tag, '/search?q=trade'];
  for (const path of pages) {
    const result = audit(`${origin}${path}`);
    for (const line of result.lines) console.log(line);
    if (!result.ok) failed++;
  }
  console.log(
    failed === 0
      ? `Lighthouse: all ${pages.length} pages score 100 in best-practices and pass text compression.`
      : `Lighthouse: ${failed} of ${pages.length} pages fall short (above).`,
  );
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed === 0 ? 0 : 1;
