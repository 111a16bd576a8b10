// Akismet's key-sites report for one key: the key's site with its calls, spam, ham, missed spam
// and false positives in a month, as JSON or CSV.
import type { ApiKeyRecord } from '../../spam/network/api-key-repo.ts';
import type { SpamFeature } from '../../compose/spam.ts';

function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 1, 1)).toISOString();
  const to = new Date(Date.UTC(y, m, 1)).toISOString();
  return [from, to];
}

/** The report body and its content type. */
export async function keySitesBody(
  spam: SpamFeature,
  record: ApiKeyRecord,
  p: Record<string, string>,
  now: Date,
): Promise<{ type: string; body: string }> {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(p.month ?? '')
    ? (p.month as string)
    : now.toISOString().slice(0, 7);
  const [from, to] = monthRange(month);
  const [stats, calls] = await Promise.all([
    spam.stats.keyMonth(record.id, from, to),
    spam.apiKeys.usage(record.id, month),
  ]);
  const site = {
    site: record.siteUrl ?? record.label,
    api_calls: String(calls),
    spam: String(stats.spam),
    ham: String(stats.ham),
    missed_spam: String(stats.missedSpam),
    false_positives: String(stats.falsePositives),
    is_revoked: record.revokedAt !== null,
  };
  if (p.format === 'csv') {
    const lines = [
      `Active sites for ${record.keyPrefix}… during ${month} (limit:10, offset:0, total:1)`,
      'Site,Total API Calls,Spam,Ham,Missed Spam,False Positives,Is Revoked',
      [
        site.site,
        site.api_calls,
        site.spam,
        site.ham,
        site.missed_spam,
        site.false_positives,
        site.is_revoked,
      ].join(','),
    ];
    return { type: 'text/csv; charset=utf-8', body: `${lines.join('\n')}\n` };
  }
  return {
    type: 'application/json; charset=utf-8',
    body: JSON.stringify({ [month]: [site], limit: 10, offset: 0, total: 1 }),
  };
}
