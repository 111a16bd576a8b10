// The spam filter's reasons in the admin's language. The filter (src/spam) gives each reason a
// stable code and the values it quotes (a count, a share, a list hit, the words); each code has
// one catalog message, `spam.reason.<code>`, and a short name, `spam.reasonName.<code>`, for the
// reasons chart and the console's filter. A verdict stored before reasons carried values has
// only the filter's English sentence: it is shown as such, marked English.
import type { AdminMessageKey } from '../../../i18n/index.ts';
import { isAdminMessageKey } from '../../../i18n/index.ts';
import type { ReasonListHit } from '../../../spam/lists/explain.ts';
import type { ReasonCode } from '../../../spam/verdict.ts';
import type { AdminT } from '../types.ts';
import { spamFormats } from './spam-format.ts';

/** A reason as stored with a verdict (JSON: any field may be missing in an old record). */
export interface StoredReason {
  code: string;
  weight: number;
  message?: string;
  values?: Readonly<Record<string, string | number>>;
  hits?: readonly ReasonListHit[];
  words?: readonly string[];
}

/** A reason as text, and the language of that text when it is not the admin's (`en`). */
export interface ReasonText {
  text: string;
  lang: string | null;
}

/** The key of a code's message (`spam.reason.links`). */
export const reasonKey = (code: ReasonCode): AdminMessageKey => `spam.reason.${code}`;

/** The key of a code's short name (`spam.reasonName.links`). */
export const reasonNameKey = (code: ReasonCode): AdminMessageKey => `spam.reasonName.${code}`;

const WORD_CODES = new Set(['spam-words', 'ham-words', 'learned']);
const LIST_CODES = new Set(['list-ip', 'list-domain', 'list-email', 'list-username']);

/** A reason's short name ("URL shortener"); an unknown code is shown as it is. */
export function reasonName(ui: AdminT, code: string): string {
  const key = `spam.reasonName.${code}`;
  return isAdminMessageKey(key) ? ui.t(key) : code;
}

/** The values a message quotes, as the translator takes them. */
function plain(values: Readonly<Record<string, unknown>> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values ?? {}))
    if (typeof v === 'number' || typeof v === 'string') out[k] = v;
  return out;
}

/** The upstream service's answer from its signed count (upstream.ts, upstreamSignalCount). */
function upstreamValues(count: number): Record<string, string> {
  const level = Math.abs(count);
  return {
    said: level >= 1.5 ? 'discard' : level >= 1 ? 'spam' : 'hold',
    network: count < 0 ? 'yes' : 'no',
  };
}

/** One reputation-list hit in words. */
export function listHitText(ui: AdminT, hit: ReasonListHit): string {
  return ui.t('spam.reasonHit', {
    // ICU selectors take no dash.
    field: hit.field === 'author-url' ? 'website' : hit.field,
    list: hit.list,
    match: hit.match,
    entry: hit.entry,
    link: hit.link,
    held: hit.held ? 'yes' : 'no',
  });
}

/** The reason in the admin's language, or the filter's English sentence for an old record. */
export function reasonText(ui: AdminT, r: StoredReason): ReasonText {
  const f = spamFormats(ui);
  // A reason that names a site (`values.site`: a keyword author found in the website's address,
  // keyword-domain.ts; an SEO anchor that links to a trade-named domain, keyword-link.ts) says so,
  // with its code's `.site` message where the catalog has one.
  const siteKey = `spam.reason.${r.code}.site`;
  const key =
    typeof r.values?.site === 'string' && isAdminMessageKey(siteKey) ? siteKey : `spam.reason.${r.code}`;
  const english: ReasonText = { text: r.message ?? r.code, lang: 'en' };
  if (!isAdminMessageKey(key)) return english;
  if (WORD_CODES.has(r.code)) {
    const words = r.words ?? [];
    return {
      text: ui.t(key, {
        words: words.length ? f.list(words) : ui.t('spam.reason.wordsRemoved'),
        hasWords: words.length || !r.words ? 'yes' : 'no',
        side: r.weight > 0 ? 'spam' : 'ham',
      }),
      lang: null,
    };
  }
  const count = r.values?.count;
  if (typeof count !== 'number') return english;
  if (LIST_CODES.has(r.code) && r.hits?.length)
    return { text: f.list(r.hits.map((h) => listHitText(ui, h))), lang: null };
  if (r.code === 'disposable-email' && typeof r.values?.domain !== 'string') return english;
  return {
    text: ui.t(key, {
      ...plain(r.values),
      count,
      ...(r.code === 'upstream-verdict' ? upstreamValues(count) : {}),
      ...(r.code === 'relevance' ? { topic: count > 0 ? 'off' : 'on' } : {}),
      // Both anchors, the name and the address (author-anchor.ts); reasons stored before say neither.
      ...(r.code === 'keyword-author' ? { name: r.values?.name === 'yes' ? 'yes' : 'no' } : {}),
    }),
    lang: null,
  };
}

/** Why a comment got its status (`src/comments/status-decision.ts`), as the comment stores it. */
export interface StoredStatusReason {
  code: string;
  detail?: string;
}

/**
 * A status reason in the admin's language (`spam.statusReason.<code>`), its detail quoted: the
 * spam probability as a percentage, a count, the word that matched. Null for a code the catalogs
 * do not know (shown as the code).
 */
export function statusReasonText(ui: AdminT, r: StoredStatusReason): string | null {
  const key = `spam.statusReason.${r.code}`;
  if (!isAdminMessageKey(key)) return null;
  const f = spamFormats(ui);
  const detail = r.detail ?? '';
  const number = Number(detail);
  const measured = detail !== '' && Number.isFinite(number);
  return ui.t(key, {
    detail,
    count: measured ? number : 0,
    percent: measured ? f.percent(number) : detail,
  });
}
