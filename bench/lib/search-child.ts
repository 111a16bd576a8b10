// Child-process entry for the in-process search measurement: calls ArticleRepo.search (the call
// the search page makes, no HTTP) for each query, round after round, and reports every call to
// the parent, which stops it when its time budget runs out (a slow SQLite query can't be
// interrupted from JavaScript, but a process can be killed).
import { openServices } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { searchTokens } from '../../src/content/search-text.ts';

/** What the parent asks for (sent as the first IPC message; the database URL is argv[2]). */
export interface SearchJob {
  queries: string[];
  rounds: number;
  pageSize: number;
}

/** One measured call, reported over IPC. */
export interface SearchSample {
  type: 'sample';
  round: number;
  query: string;
  ms: number;
  total: number;
  topSlug: string | null;
}

// Open the database before saying ready, so the parent's budget covers searching only.
const databaseUrl = process.argv[2] ?? '';
const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' });
const services = await openServices(config, { migrate: false });

process.once('message', (job: SearchJob) => {
  void (async () => {
    const now = new Date();
    for (let round = 0; round < job.rounds; round++) {
      for (const query of job.queries) {
        const start = performance.now();
        const found = await services.deps.articles.search(searchTokens(query), now, job.pageSize, 0);
        const ms = performance.now() - start;
        const sample: SearchSample = {
          type: 'sample',
          round,
          query,
          ms,
          total: found.total,
          topSlug: found.items[0]?.slug ?? null,
        };
        process.send?.(sample);
      }
    }
    await services.close();
    process.send?.({ type: 'done' }, () => process.exit(0));
  })();
});
process.send?.({ type: 'ready' });
