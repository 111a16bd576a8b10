// Storage of the operator's reputation lists: their settings, the last good copy of each list's
// text (shared by every worker and instance), and its status. Written once on Kysely for both
// databases.
import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { ListAction } from './matcher.ts';
import type { ListFormat, ListKind, ListLineError } from './parse.ts';

/** What the operator sets for one list. */
export interface ListSettings {
  name: string;
  kind: ListKind;
  format: ListFormat;
  csvColumn: string | null;
  csvHeader: boolean;
  /** A file path or an http(s) URL. */
  location: string;
  weight: number;
  action: ListAction;
  refreshMinutes: number;
  enabled: boolean;
}

/** One list with its status (the text itself is read separately). */
export interface ListStatus extends ListSettings {
  id: number;
  createdAt: string;
  entries: number;
  skipped: number;
  /** The first malformed lines of the last good copy. */
  skippedLines: ListLineError[];
  version: number;
  /** When the current copy was stored (null: never loaded). */
  loadedAt: string | null;
  /** When the source was last read successfully, changed or not. */
  checkedAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** A new copy of a list's text and what it parsed to. */
export interface ListCopy {
  body: string;
  etag: string | null;
  lastModified: string | null;
  entries: number;
  skipped: number;
  skippedLines: ListLineError[];
}

const STATUS_COLUMNS = [
  'id',
  'name',
  'kind',
  'format',
  'csv_column',
  'csv_header',
  'location',
  'weight',
  'action',
  'refresh_minutes',
  'enabled',
  'created_at',
  'etag',
  'last_modified',
  'entries',
  'skipped',
  'skipped_lines',
  'version',
  'loaded_at',
  'checked_at',
  'last_error',
  'last_error_at',
] as const;

type StatusRow = Pick<Selectable<Database['spam_lists']>, (typeof STATUS_COLUMNS)[number]>;

function parseSkipped(json: string): ListLineError[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as ListLineError[]) : [];
  } catch {
    return [];
  }
}

const toStatus = (r: StatusRow): ListStatus => ({
  id: Number(r.id),
  name: r.name,
  kind: r.kind as ListKind,
  format: r.format as ListFormat,
  csvColumn: r.csv_column,
  csvHeader: Number(r.csv_header) === 1,
  location: r.location,
  weight: Number(r.weight),
  action: r.action as ListAction,
  refreshMinutes: Number(r.refresh_minutes),
  enabled: Number(r.enabled) === 1,
  createdAt: r.created_at,
  entries: Number(r.entries),
  skipped: Number(r.skipped),
  skippedLines: parseSkipped(r.skipped_lines),
  version: Number(r.version),
  loadedAt: r.loaded_at,
  checkedAt: r.checked_at,
  lastError: r.last_error,
  lastErrorAt: r.last_error_at,
  etag: r.etag,
  lastModified: r.last_modified,
});

/** A list with this name exists already. */
export class DuplicateListError extends Error {
  constructor(name: string) {
    super(`a list named '${name}' exists already`);
  }
}

/** Kysely storage of reputation lists. */
export class ListRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds a list (not loaded yet). */
  async add(s: ListSettings, now: Date): Promise<ListStatus> {
    try {
      const row = await this.db
        .insertInto('spam_lists')
        .values({
          name: s.name,
          kind: s.kind,
          format: s.format,
          csv_column: s.csvColumn,
          csv_header: s.csvHeader ? 1 : 0,
          location: s.location,
          weight: s.weight,
          action: s.action,
          refresh_minutes: s.refreshMinutes,
          enabled: s.enabled ? 1 : 0,
          created_at: now.toISOString(),
          body: null,
          etag: null,
          last_modified: null,
          entries: 0,
          skipped: 0,
          skipped_lines: '[]',
          version: 0,
          loaded_at: null,
          checked_at: null,
          last_error: null,
          last_error_at: null,
          refresh_claimed_at: null,
        })
        .returning(STATUS_COLUMNS)
        .executeTakeFirstOrThrow();
      return toStatus(row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateListError(s.name);
      throw err;
    }
  }

  /** Deletes a list by name; false when there is none. */
  async remove(name: string): Promise<boolean> {
    const r = await this.db.deleteFrom('spam_lists').where('name', '=', name).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  /** Turns a list on or off (a disabled list is kept, neither refreshed nor matched). */
  async setEnabled(name: string, enabled: boolean): Promise<boolean> {
    const r = await this.db
      .updateTable('spam_lists')
      .set({ enabled: enabled ? 1 : 0 })
      .where('name', '=', name)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Every list with its status, by name. */
  async list(): Promise<ListStatus[]> {
    const rows = await this.db.selectFrom('spam_lists').select(STATUS_COLUMNS).orderBy('name').execute();
    return rows.map(toStatus);
  }

  /** One list by name, or null. */
  async find(name: string): Promise<ListStatus | null> {
    const row = await this.db
      .selectFrom('spam_lists')
      .select(STATUS_COLUMNS)
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? toStatus(row) : null;
  }

  /** The stored copies of these lists (those that have one). */
  async bodies(ids: readonly number[]): Promise<{ id: number; version: number; body: string }[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('spam_lists')
      .select(['id', 'version', 'body'])
      .where('id', 'in', [...ids])
      .where('body', 'is not', null)
      .execute();
    return rows.map((r) => ({ id: Number(r.id), version: Number(r.version), body: r.body ?? '' }));
  }

  /**
   * Claims the refresh of a list: true for the one caller (across workers and instances) whose
   * conditional update finds the last claim older than `staleBefore` (or none), or always with
   * `force` (an operator's `refresh`).
   */
  async claimRefresh(id: number, now: Date, staleBefore: Date, force = false): Promise<boolean> {
    let q = this.db
      .updateTable('spam_lists')
      .set({ refresh_claimed_at: now.toISOString() })
      .where('id', '=', id);
    if (!force)
      q = q.where((eb) =>
        eb.or([
          eb('refresh_claimed_at', 'is', null),
          eb('refresh_claimed_at', '<=', staleBefore.toISOString()),
        ]),
      );
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Stores a new good copy; returns its version. */
  async storeCopy(id: number, copy: ListCopy, now: Date): Promise<number> {
    const at = now.toISOString();
    const row = await this.db
      .updateTable('spam_lists')
      .set((eb) => ({
        body: copy.body,
        etag: copy.etag,
        last_modified: copy.lastModified,
        entries: copy.entries,
        skipped: copy.skipped,
        skipped_lines: JSON.stringify(copy.skippedLines),
        version: eb('version', '+', 1),
        loaded_at: at,
        checked_at: at,
        last_error: null,
        last_error_at: null,
      }))
      .where('id', '=', id)
      .returning('version')
      .executeTakeFirst();
    return Number(row?.version ?? 0);
  }

  /** The source answered that nothing changed (or a file's time did not move). */
  async markUnchanged(id: number, now: Date): Promise<void> {
    await this.db
      .updateTable('spam_lists')
      .set({ checked_at: now.toISOString(), last_error: null, last_error_at: null })
      .where('id', '=', id)
      .execute();
  }

  /** A refresh failed: the error is shown, the last good copy stays. */
  async markFailed(id: number, error: string, now: Date): Promise<void> {
    await this.db
      .updateTable('spam_lists')
      .set({ last_error: error.slice(0, 500), last_error_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }
}
