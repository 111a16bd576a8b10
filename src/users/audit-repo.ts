// The audit log of admin actions (Kysely, both dialects): who did what to what, from where.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** One recorded action. */
export interface AuditEntry {
  id: number;
  actorId: number | null;
  /** The actor's name when it happened (kept if the account is renamed). */
  actorName: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
  ip: string;
  createdAt: string;
}

/** What to record. */
export interface NewAuditEntry {
  actorId: number | null;
  actorName: string;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
  ip?: string;
}

/** Filters for listing. */
export interface AuditQuery {
  actorId?: number;
  action?: string;
  limit: number;
  offset: number;
}

/** Kysely implementation of audit-log storage. */
export class AuditRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Appends an entry. */
  async record(e: NewAuditEntry, now: Date): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        actor_id: e.actorId,
        actor_name: e.actorName,
        action: e.action,
        target: e.target ?? '',
        details: JSON.stringify(e.details ?? {}),
        ip: (e.ip ?? '').slice(0, 64),
        created_at: now.toISOString(),
      })
      .execute();
  }

  /** Entries newest first, filtered, with the total count for paging. */
  async list(q: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
    let base = this.db.selectFrom('audit_log');
    if (q.actorId !== undefined) base = base.where('actor_id', '=', q.actorId);
    if (q.action) base = base.where('action', '=', q.action);
    const [rows, count] = await Promise.all([
      base
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(q.limit)
        .offset(q.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    ]);
    return {
      total: Number(count?.n ?? 0),
      items: rows.map((r) => ({
        id: r.id,
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        target: r.target,
        details: parseDetails(r.details),
        ip: r.ip,
        createdAt: r.created_at,
      })),
    };
  }

  /** The distinct action names recorded so far (for the filter menu). */
  async actions(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .select('action')
      .distinct()
      .orderBy('action')
      .execute();
    return rows.map((r) => r.action);
  }
}

function parseDetails(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
