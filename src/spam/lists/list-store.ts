// The reputation lists of one process, compiled for matching: loaded from the stored copies on
// first use, and reloaded when any process announces a change (SPAM_LISTS_CHANGED). Only lists
// whose version moved are read and parsed again. A reload never makes a check wait: checks use
// the lists already compiled until the new ones are ready.
import type { ListStatus } from './list-repo.ts';
import { CompiledList, ListSet } from './matcher.ts';
import { parseListText } from './parse.ts';
import { SPAM_LISTS_CHANGED } from './refresh-lists.ts';

/** What the store reads. */
export interface ListStoreDeps {
  repo: {
    list(): Promise<ListStatus[]>;
    bodies(ids: readonly number[]): Promise<{ id: number; version: number; body: string }[]>;
  };
  changes: { subscribe(l: (keys: string[]) => void): () => void };
  onError(err: unknown): void;
}

const settingsKey = (l: ListStatus): string =>
  JSON.stringify([l.name, l.kind, l.format, l.csvColumn, l.csvHeader, l.weight, l.action]);

/** The compiled lists of this process. */
export class ListStore {
  private set: ListSet | null = null;
  private loading: Promise<ListSet> | null = null;
  private stale = false;
  private readonly compiled = new Map<number, { version: number; key: string; list: CompiledList }>();
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: ListStoreDeps) {
    this.unsubscribe = deps.changes.subscribe((keys) => {
      if (keys.includes(SPAM_LISTS_CHANGED) || keys.includes('*')) this.stale = true;
    });
  }

  /** The lists to match against: the first call waits for them, later ones never do. */
  current(): Promise<ListSet> | ListSet {
    if (this.set && !this.stale) return this.set;
    if (this.set) {
      // Serve the lists we have while the new ones load.
      void this.reload().catch(this.deps.onError);
      return this.set;
    }
    return this.reload();
  }

  /** Reads the stored lists again (only those that changed are parsed). */
  reload(): Promise<ListSet> {
    this.stale = false;
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<ListSet> {
    const statuses = (await this.deps.repo.list()).filter((l) => l.enabled && l.loadedAt !== null);
    const wanted = new Set(statuses.map((l) => l.id));
    for (const id of this.compiled.keys()) if (!wanted.has(id)) this.compiled.delete(id);
    const changed = statuses.filter((l) => {
      const have = this.compiled.get(l.id);
      return !have || have.version !== l.version || have.key !== settingsKey(l);
    });
    const byId = new Map(statuses.map((l) => [l.id, l]));
    for (const { id, version, body } of await this.deps.repo.bodies(changed.map((l) => l.id))) {
      const meta = byId.get(id);
      if (!meta) continue;
      const { entries } = parseListText(body, meta);
      this.compiled.set(id, { version, key: settingsKey(meta), list: new CompiledList(meta, entries) });
    }
    this.set = new ListSet(statuses.flatMap((l) => this.compiled.get(l.id)?.list ?? []));
    return this.set;
  }

  /** Stops listening to the change bus. */
  close(): void {
    this.unsubscribe();
  }
}
