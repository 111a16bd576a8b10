// Refreshing reputation lists: each list is read again once its interval has passed, by exactly
// one process across workers and instances (a claim in its row). A new copy is kept only when it
// parses to at least one entry; any failure (no answer, an HTTP error, too big, nothing valid)
// is recorded and shown while the last good copy stays in use.
import type { FetchedList, FetchLimits, ListValidators } from './fetch-list.ts';
import type { ListCopy, ListStatus } from './list-repo.ts';
import { parseListText } from './parse.ts';

/** Change-bus key: a list's copy or its settings changed; every process reloads its lists. */
export const SPAM_LISTS_CHANGED = 'spam-lists';

/** A failed refresh is tried again after at most this many minutes. */
export const RETRY_FAILED_MINUTES = 15;

/** Malformed lines kept with a copy, to show the operator. */
const SKIPPED_LINES_KEPT = 20;

/** What refreshing uses. */
export interface RefreshDeps {
  repo: {
    list(): Promise<ListStatus[]>;
    claimRefresh(id: number, now: Date, staleBefore: Date, force?: boolean): Promise<boolean>;
    storeCopy(id: number, copy: ListCopy, now: Date): Promise<number>;
    markUnchanged(id: number, now: Date): Promise<void>;
    markFailed(id: number, error: string, now: Date): Promise<void>;
  };
  fetchList(location: string, have: ListValidators, limits?: FetchLimits): Promise<FetchedList>;
  changes: { publish(keys: string[]): Promise<void> };
  now(): Date;
}

/** What one refresh did. */
export type RefreshOutcome =
  | { name: string; status: 'updated'; entries: number; skipped: number }
  | { name: string; status: 'unchanged' }
  | { name: string; status: 'failed'; error: string };

/** Reads one list now and stores what it found (the caller holds the claim). */
export async function refreshList(deps: RefreshDeps, list: ListStatus): Promise<RefreshOutcome> {
  const now = deps.now();
  try {
    // Without a stored copy, ask for the whole list whatever the validators say.
    const have = list.loadedAt
      ? { etag: list.etag, lastModified: list.lastModified }
      : { etag: null, lastModified: null };
    const fetched = await deps.fetchList(list.location, have);
    if (fetched.status === 'unchanged') {
      await deps.repo.markUnchanged(list.id, now);
      return { name: list.name, status: 'unchanged' };
    }
    const parsed = parseListText(fetched.body, list);
    if (parsed.entries.length === 0) {
      const first = parsed.errors[0];
      const why = first ? `; line ${first.line}: ${first.message}` : '';
      throw new Error(`no valid entries (${parsed.errors.length} lines skipped${why})`);
    }
    await deps.repo.storeCopy(
      list.id,
      {
        body: fetched.body,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        entries: parsed.entries.length,
        skipped: parsed.errors.length,
        skippedLines: parsed.errors.slice(0, SKIPPED_LINES_KEPT),
      },
      now,
    );
    return {
      name: list.name,
      status: 'updated',
      entries: parsed.entries.length,
      skipped: parsed.errors.length,
    };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await deps.repo.markFailed(list.id, error, now);
    return { name: list.name, status: 'failed', error };
  }
}

/**
 * Refreshes the enabled lists whose interval has passed (or those named, at once, with `force`),
 * each claimed so that one process reads it; announces new copies on the change bus.
 */
export async function refreshLists(
  deps: RefreshDeps,
  options: { force?: boolean; names?: readonly string[] } = {},
): Promise<RefreshOutcome[]> {
  const now = deps.now();
  const lists = (await deps.repo.list()).filter((l) =>
    options.names ? options.names.includes(l.name) : l.enabled,
  );
  const outcomes: RefreshOutcome[] = [];
  for (const list of lists) {
    // A list whose last refresh failed is tried again sooner than its interval.
    const minutes = list.lastError
      ? Math.min(list.refreshMinutes, RETRY_FAILED_MINUTES)
      : list.refreshMinutes;
    const staleBefore = new Date(now.getTime() - minutes * 60_000);
    if (!(await deps.repo.claimRefresh(list.id, now, staleBefore, options.force === true))) continue;
    outcomes.push(await refreshList(deps, list));
  }
  if (outcomes.some((o) => o.status === 'updated')) await deps.changes.publish([SPAM_LISTS_CHANGED]);
  return outcomes;
}
