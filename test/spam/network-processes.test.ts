// The network across real processes (issue 15, item 4): a hub and two sites, each `silkpress
// start` on its own SQLite database, talking over loopback HTTP. Site A's moderators mark a few
// comments of four campaigns as spam (A reports them to the hub through its outbox job); site B
// then catches fresh variants of those campaigns at their first comment; ordinary comments stay
// ham; and with the hub stopped B answers every check at its usual speed. Prints the figures.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { SqliteDriver } from '../../src/db/sqlite-driver.ts';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import { CAMPAIGNS, ordinary, type Variant, variant } from '../support/campaigns.ts';
import { compiledCli } from '../support/compiled-cli.ts';

function env(dir: string, name: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: `sqlite:${join(dir, `${name}.db`)}`,
    MEDIA_DIR: join(dir, `${name}-media`),
    HOST: '127.0.0.1',
    PORT: '0',
    SITE_URL: 'http://127.0.0.1:0',
    LOG_LEVEL: 'warn',
    WORKERS: '1',
    ...extra,
  };
}

async function start(e: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [await compiledCli(), 'start', '--no-demo'], {
    env: { ...process.env, ...e },
  });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL in time: ${out}`)), 120_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`exited with ${code}: ${out}`)));
  });
  return { child, url };
}

async function key(e: Record<string, string>, label: string, trusted = false): Promise<string> {
  const services = await openServices(loadConfig(e));
  try {
    const spam = services.deps.spam!;
    return (await createApiKey(spam.apiKeys, { label, trusted, rateLimit: 1_000_000 }, new Date())).key;
  } finally {
    await services.close();
  }
}

/** Resolves once every report site A queued for the hub is sent (polling A's database). */
async function allReportsSent(file: string): Promise<void> {
  const db = new SqliteDriver(file, { readonly: true, fileMustExist: true });
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const rows = db
        .prepare('SELECT status, count(*) AS n FROM spam_upstream_reports GROUP BY status')
        .all() as { status: string; n: number }[];
      if (rows.length > 0 && rows.every((r) => r.status === 'sent')) return;
      if (Date.now() > deadline) throw new Error(`reports not sent in time: ${JSON.stringify(rows)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    db.close();
  }
}

/** What B recorded of its upstream for each check (by guid), once every check's verdict is stored. */
async function upstreamOutcomes(file: string, guids: string[]): Promise<(string | null)[]> {
  const db = new SqliteDriver(file, { readonly: true, fileMustExist: true });
  try {
    const read = db.prepare(
      `SELECT guid, upstream FROM spam_verdicts WHERE guid IN (${guids.map(() => '?').join(', ')})`,
    );
    const deadline = Date.now() + 60_000;
    for (;;) {
      // Verdicts are written in batches: wait for the last one.
      const rows = read.all(...guids) as { guid: string; upstream: string | null }[];
      if (rows.length === guids.length) {
        const byGuid = new Map(rows.map((r) => [r.guid, r.upstream]));
        return guids.map((g) => byGuid.get(g) ?? null);
      }
      if (Date.now() > deadline) throw new Error(`${rows.length} of ${guids.length} verdicts stored`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    db.close();
  }
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1]!;

describe('three Silkpress processes: a hub and two sites', { timeout: 600_000 }, () => {
  let dir: string;
  const children: ChildProcess[] = [];
  let hub: { child: ChildProcess; url: string };
  let siteA: string;
  let siteB: string;
  let keyA: string;
  let keyB: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'silkpress-network-'));
    const hubEnv = env(dir, 'hub');
    // The hub of a newsroom group trusts its member sites' keys.
    const upA = await key(hubEnv, 'Site A', true);
    const upB = await key(hubEnv, 'Site B', true);
    const envA = env(dir, 'a', { SPAM_UPSTREAM_URL: 'http://127.0.0.1:1', SPAM_UPSTREAM_KEY: upA });
    const envB = env(dir, 'b', { SPAM_UPSTREAM_URL: 'http://127.0.0.1:1', SPAM_UPSTREAM_KEY: upB });
    keyA = await key(envA, 'A moderators');
    keyB = await key(envB, 'B comments');
    hub = await start(hubEnv);
    children.push(hub.child);
    // The two sites start at the same time: their start-ups overlap instead of adding up.
    const [a, b] = await Promise.all([
      start({ ...envA, SPAM_UPSTREAM_URL: hub.url }),
      start({ ...envB, SPAM_UPSTREAM_URL: hub.url }),
    ]);
    children.push(a.child, b.child);
    siteA = a.url;
    siteB = b.url;
  }, 400_000);
  afterAll(async () => {
    for (const c of children)
      if (c.exitCode === null) {
        c.kill('SIGTERM');
        await once(c, 'exit');
      }
    rmSync(dir, { recursive: true, force: true });
  });

  const post = async (
    base: string,
    path: string,
    apiKey: string,
    v: Variant,
    extra: Record<string, string> = {},
  ) => {
    const res = await fetch(`${base}/1.1/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ api_key: apiKey, blog: base, ...v, ...extra }),
    });
    return { body: await res.text(), guid: res.headers.get('x-akismet-guid') ?? '' };
  };

  it('a campaign reported on site A is spam on site B at first sight; ordinary comments stay ham; B keeps its speed without the hub', async () => {
    // A network in use: the sites' readers have commented before (the hub's everyday text, which
    // learning measures a campaign's words against).
    for (let i = 0; i < 60; i++)
      await post(i % 2 ? siteA : siteB, 'comment-check', i % 2 ? keyA : keyB, ordinary(i, 13));
    // Site A: a few comments of each campaign, marked spam by A's moderators (submit-spam to A).
    for (const c of CAMPAIGNS)
      for (let i = 0; i < 3; i++) {
        const checked = await post(siteA, 'comment-check', keyA, variant(c, i));
        await post(siteA, 'submit-spam', keyA, variant(c, i), { guid: checked.guid });
      }
    // A's outbox job sends the reports within its 10 s interval; the hub has learned from each
    // by the time it answers it, and A marks it sent after that answer.
    await allReportsSent(join(dir, 'a.db'));
    const latencyUp: number[] = [];
    let caught = 0;
    let total = 0;
    for (const c of CAMPAIGNS)
      for (let i = 1000; i < 1050; i++) {
        const t0 = performance.now();
        const res = await post(siteB, 'comment-check', keyB, variant(c, i));
        latencyUp.push(performance.now() - t0);
        total++;
        if (res.body === 'true') caught++;
      }
    const ham: string[] = [];
    for (let i = 0; i < 40; i++) ham.push((await post(siteB, 'comment-check', keyB, ordinary(i, 11))).body);
    // The hub stops: B answers every check at its usual speed (a refused connection, then rested).
    hub.child.kill('SIGTERM');
    await once(hub.child, 'exit');
    const latencyDown: number[] = [];
    const downAnswers: string[] = [];
    const downGuids: string[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      const res = await post(siteB, 'comment-check', keyB, ordinary(100 + i, 12));
      latencyDown.push(performance.now() - t0);
      downAnswers.push(res.body);
      downGuids.push(res.guid);
    }
    const downOutcomes = await upstreamOutcomes(join(dir, 'b.db'), downGuids);
    const figures = {
      variantsCaught: `${caught}/${total} (${((100 * caught) / total).toFixed(1)}%)`,
      ordinaryFlagged: ham.filter((b) => b === 'true').length,
      hubUp: { p50: percentile(latencyUp, 50).toFixed(1), p99: percentile(latencyUp, 99).toFixed(1) },
      hubDown: { p50: percentile(latencyDown, 50).toFixed(1), p99: percentile(latencyDown, 99).toFixed(1) },
    };
    console.log('network figures', JSON.stringify(figures));
    expect(caught / total).toBeGreaterThanOrEqual(0.95);
    expect(ham.every((b) => b === 'false')).toBe(true);
    expect(downAnswers.every((b) => b === 'true' || b === 'false')).toBe(true);
    // No check waited for the stopped hub: each came back refused at once, until B rested the
    // hub and stopped asking it (what B recorded for each check, whatever the machine's load).
    expect(downOutcomes.filter((o) => o !== 'error' && o !== 'skipped')).toEqual([]);
    expect(downOutcomes).toContain('skipped');
    // Never the upstream timeout (1.5 s); no slower than with the hub up, give or take the
    // machine. Medians: a p99 of 200 checks is two checks, which a busy machine moved past three
    // times the hub-up p99 now and then (228 against 219 ms at load 12).
    expect(Math.max(...latencyDown)).toBeLessThan(1500);
    expect(percentile(latencyDown, 50)).toBeLessThan(Math.max(3 * percentile(latencyUp, 50), 50));
  });
});
