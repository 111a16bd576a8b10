// Search latency measured straight through ArticleRepo.search (no HTTP), in a child process
// bounded by a time budget. The first round warms up and is left out of the latency figures
// unless nothing else finished.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import type { SearchJob, SearchSample } from './search-child.ts';
import { type LatencySummary, summarise } from './stats.ts';

/** In-process search figures. */
export interface SearchLatency {
  queries: number;
  /** Calls that finished within the budget (all rounds). */
  calls: number;
  latency: LatencySummary;
  /** True when the budget ran out before every round finished. */
  cutShort: boolean;
  /** The query that was still running when the budget ran out (it took at least that long). */
  runningWhenStopped: string | null;
  budgetSeconds: number;
  /** Queries (of those that ran) that found nothing. */
  empty: number;
  /** The slowest queries of the first round with their times in ms. */
  slowest: { query: string; ms: number; total: number }[];
  /** The first result's slug for each probe query (undefined when it did not run in time). */
  probes: Record<string, string | null | undefined>;
}

/** Runs the queries `rounds` times within `budgetSeconds`. */
export async function measureSearchLatency(
  databaseUrl: string,
  queries: string[],
  options: { rounds: number; pageSize: number; probes: string[]; budgetSeconds: number },
): Promise<SearchLatency> {
  const child = fork(new URL('./search-child.ts', import.meta.url), [databaseUrl], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const samples: SearchSample[] = [];
  let cutShort = false;
  const exited = once(child, 'exit');
  const stop = () => {
    cutShort = true;
    child.kill('SIGKILL');
  };
  // The budget starts once the child has its database open; startup gets its own limit.
  let timer = setTimeout(stop, 60_000);
  child.on('message', (message: { type: string }) => {
    if (message.type === 'ready') {
      clearTimeout(timer);
      timer = setTimeout(stop, options.budgetSeconds * 1000);
      const job: SearchJob = { queries, rounds: options.rounds, pageSize: options.pageSize };
      child.send(job);
    } else if (message.type === 'sample') samples.push(message as SearchSample);
  });
  await exited;
  clearTimeout(timer);

  const first = samples.filter((s) => s.round === 0);
  const later = samples.filter((s) => s.round > 0);
  const probes: SearchLatency['probes'] = {};
  for (const q of options.probes) probes[q] = first.find((s) => s.query === q)?.topSlug;
  return {
    queries: queries.length,
    calls: samples.length,
    latency: summarise((later.length > 0 ? later : first).map((s) => s.ms)),
    cutShort,
    runningWhenStopped: cutShort ? (queries[samples.length % queries.length] ?? null) : null,
    budgetSeconds: options.budgetSeconds,
    empty: first.filter((s) => s.total === 0).length,
    slowest: [...first]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((s) => ({ query: s.query, ms: s.ms, total: s.total })),
    probes,
  };
}
