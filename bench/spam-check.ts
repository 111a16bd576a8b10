// CPU time of one Akismet comment-check without HTTP (run: `node --import tsx bench/spam-check.ts`):
// SpamService.check on a temporary SQLite database, ten checks at a time as bench/akismet.ts's ten
// connections send them, so the group commit batches as it does there. The figure is the process's
// CPU time per check (process.cpuUsage), which varies far less on a busy machine than the HTTP
// bench's (a loaded machine's autocannon runs swing by a third): compare builds with it, in
// alternating runs. Also the main thread's CPU time per check (the event loop's; on a SQLite file
// the checks are written by a thread of their own, db/sqlite-write-thread.ts), from /proc.
// Bounded: about 20 seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices } from '../src/compose/index.ts';
import { loadConfig } from '../src/config.ts';
import { createApiKey } from '../src/spam/network/api-key-service.ts';
import { CHECK_COMMENTS as COMMENTS } from './lib/check-comments.ts';
import { readProcessCounters } from './lib/proc-cpu.ts';

const CHECKS = Number(process.env.BENCH_SPAM_CHECKS ?? 10_000);

const dir = mkdtempSync(join(tmpdir(), 'silkpress-bench-spam-check-'));
try {
  const services = await openServices(
    loadConfig({
      DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
      LOG_LEVEL: 'silent',
      MEDIA_DIR: join(dir, 'media'),
    }),
  );
  try {
    const spam = services.deps.spam!;
    const { record } = await createApiKey(spam.apiKeys, { label: 'bench', rateLimit: 1_000_000 }, new Date());
    let n = 0;
    // The same fields bench/akismet.ts sends, as the Akismet plugin hands them to the service.
    const one = () => {
      n += 1;
      return spam.service.check(
        {
          content: `${COMMENTS[n % COMMENTS.length]!} #${n}`,
          author: `Reader ${n % 500}`,
          ip: `198.51.100.${n % 250}`,
          userAgent: 'Mozilla/5.0 (bench)',
        },
        { origin: 'api', apiKeyId: record.id, articleKey: `https://news.example/article/${n % 40}` },
      );
    };
    const run = async (count: number): Promise<void> => {
      for (let i = 0; i < count; i += 10) await Promise.all(Array.from({ length: 10 }, one));
    };
    await run(CHECKS / 2); // warm-up (JIT, the in-memory context fills up), not measured
    const rounds: number[] = [];
    const mainRounds: number[] = [];
    const mainSeconds = async () => (await readProcessCounters(process.pid, true))?.cpuSeconds ?? NaN;
    for (let round = 0; round < 3; round++) {
      const cpu = process.cpuUsage();
      const main = await mainSeconds();
      await run(CHECKS);
      const used = process.cpuUsage(cpu);
      rounds.push((used.user + used.system) / CHECKS);
      mainRounds.push((((await mainSeconds()) - main) * 1e6) / CHECKS);
    }
    console.log(
      `[spam-check bench] load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ' ',
        )}; CPU per check, three rounds of ${CHECKS}: ${rounds.map((r) => r.toFixed(1)).join(' / ')} µs (main thread ${mainRounds.map((r) => r.toFixed(1)).join(' / ')} µs)`,
    );
  } finally {
    await services.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
