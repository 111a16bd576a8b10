// Aggregates for the spam dashboard and Akismet's key-sites: verdicts per day, corrections,
// discarded comments and one key's monthly totals.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Verdict counts of one day. */
export interface DayCounts {
  day: string;
  ham: number;
  spam: number;
  discard: number;
}

/** One key's monthly totals, in Akismet's key-sites terms. */
export interface KeyMonthStats {
  spam: number;
  ham: number;
  missedSpam: number;
  falsePositives: number;
}

/** A correction (moderator or client said otherwise) with its time. */
export interface CorrectionRow {
  verdict: string;
  correction: string;
  correctedAt: string;
}

/** Kysely queries over spam_verdicts and spam_discards. */
export class StatsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Verdicts per day since `since` (ISO), test requests left out; discards include uncounted ones. */
  async perDay(since: string): Promise<DayCounts[]> {
    const rows = await this.db
      .selectFrom('spam_verdicts')
      .select((eb) => [
        eb.fn<string>('substr', ['created_at', eb.val(1), eb.val(10)]).as('day'),
        'verdict',
        eb.fn.countAll<number>().as('n'),
      ])
      .where('created_at', '>=', since)
      .where('is_test', '=', 0)
      .groupBy(['day', 'verdict'])
      .execute();
    const days = new Map<string, DayCounts>();
    for (const r of rows) {
      const d = days.get(r.day) ?? { day: r.day, ham: 0, spam: 0, discard: 0 };
      const kind = r.verdict === 'spam' || r.verdict === 'discard' ? r.verdict : 'ham';
      d[kind] += Number(r.n);
      days.set(r.day, d);
    }
    return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  }

  /** The upstream service's outcomes since `since` (ISO), by outcome; test requests left out. */
  async upstreamOutcomes(since: string): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('spam_verdicts')
      .select(['upstream', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('created_at', '>=', since)
      .where('is_test', '=', 0)
      .where('upstream', 'is not', null)
      .groupBy('upstream')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.upstream ?? '', Number(r.n)]));
  }

  /**
   * This site's own comments the filter caught (spam or discard, not in shadow mode) since
   * `since`, and how many of them moderators corrected to ham (false positives).
   */
  async caughtSince(since: string): Promise<{ caught: number; falsePositives: number }> {
    const rows = await this.db
      .selectFrom('spam_verdicts')
      .select(['correction', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('created_at', '>=', since)
      .where('origin', '=', 'form')
      .where('is_test', '=', 0)
      .where('shadow', '=', 0)
      .where('verdict', 'in', ['spam', 'discard'])
      .groupBy('correction')
      .execute();
    let caught = 0;
    let falsePositives = 0;
    for (const r of rows) {
      caught += Number(r.n);
      if (r.correction === 'ham') falsePositives += Number(r.n);
    }
    return { caught, falsePositives };
  }

  /** Corrections since `since`. */
  async corrections(since: string): Promise<CorrectionRow[]> {
    const rows = await this.db
      .selectFrom('spam_verdicts')
      .select(['verdict', 'correction', 'corrected_at'])
      .where('corrected_at', '>=', since)
      .where('correction', 'is not', null)
      .execute();
    return rows.map((r) => ({
      verdict: r.verdict,
      correction: r.correction ?? '',
      correctedAt: r.corrected_at ?? '',
    }));
  }

  /** Reasons JSON of the verdicts since `since` that were not ham (at most `limit`, newest). */
  async spamReasons(since: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('spam_verdicts')
      .select('reasons')
      .where('created_at', '>=', since)
      .where('verdict', '!=', 'ham')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.reasons);
  }

  /** Discarded comments per day since `sinceDay` (YYYY-MM-DD). */
  async discards(sinceDay: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('spam_discards')
      .select(['day', 'count'])
      .where('day', '>=', sinceDay)
      .execute();
    return new Map(rows.map((r) => [r.day, Number(r.count)]));
  }

  /** One key's verdicts in [from, to). */
  async keyMonth(keyId: number, from: string, to: string): Promise<KeyMonthStats> {
    const rows = await this.db
      .selectFrom('spam_verdicts')
      .select((eb) => ['verdict', 'correction', eb.fn.countAll<number>().as('n')])
      .where('api_key_id', '=', keyId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .groupBy(['verdict', 'correction'])
      .execute();
    const out: KeyMonthStats = { spam: 0, ham: 0, missedSpam: 0, falsePositives: 0 };
    for (const r of rows) {
      const n = Number(r.n);
      if (r.verdict === 'ham') out.ham += n;
      else out.spam += n;
      if (r.verdict === 'ham' && r.correction === 'spam') out.missedSpam += n;
      if (r.verdict !== 'ham' && r.correction === 'ham') out.falsePositives += n;
    }
    return out;
  }
}
