// The 14 comment moderation settings as an operator edits them, in the admin (a form) or the
// CLI (`key=value`): every value arrives as text, is checked here against the same ranges the
// stored schema holds (site-settings.ts), and is saved, announced and audited like the other
// settings. The admin page and the CLI share the names, the checks and the problem codes.
import type { SettingProblem } from './setting-problem.ts';
import type { SiteSettings } from './site-settings.ts';
import { saveSettings, type UpdateSettingsDeps } from './update-site-settings.ts';

/** The settings' short names (as in comments/comment-settings.ts) → their stored keys. */
export const COMMENT_SETTING_KEYS = {
  holdAll: 'commentsHoldAll',
  holdFirstTime: 'commentsHoldFirstTime',
  linkLimit: 'commentsLinkLimit',
  holdWords: 'commentsHoldWords',
  blockWords: 'commentsBlockWords',
  floodSeconds: 'commentsFloodSeconds',
  threadDepth: 'commentsThreadDepth',
  perPage: 'commentsPerPage',
  order: 'commentsOrder',
  closeAfterDays: 'commentsCloseAfterDays',
  ipRetentionDays: 'commentsIpRetentionDays',
  notifyModerators: 'commentsNotifyModerators',
  notifyAuthors: 'commentsNotifyAuthors',
  replyNotifications: 'commentsReplyNotifications',
} as const satisfies Record<string, keyof SiteSettings>;

/** A setting's short name: `holdAll`, `linkLimit` … */
export type CommentSettingName = keyof typeof COMMENT_SETTING_KEYS;

/** Every short name, in the order the page and the CLI show them. */
export const COMMENT_SETTING_NAMES = Object.keys(COMMENT_SETTING_KEYS) as CommentSettingName[];

/** The stored values of the 14 settings, by stored key. */
export type CommentModerationValues = Pick<SiteSettings, (typeof COMMENT_SETTING_KEYS)[CommentSettingName]>;

/** The settings as text (a form's values, or what the CLI shows and takes). */
export type CommentSettingsText = Record<CommentSettingName, string>;

/** A short name and what is wrong with its value. */
export type CommentSettingsProblems = Partial<Record<CommentSettingName, SettingProblem>>;

const BOOLEAN = new Set<CommentSettingName>([
  'holdAll',
  'holdFirstTime',
  'notifyModerators',
  'notifyAuthors',
  'replyNotifications',
]);
const WORD_LISTS = new Set<CommentSettingName>(['holdWords', 'blockWords']);
/** Whole-number settings and their ranges (the stored schema's). */
/** The allowed range of each number setting. */
export const COMMENT_SETTING_RANGES: Partial<Record<CommentSettingName, [number, number]>> = {
  linkLimit: [0, 100],
  floodSeconds: [0, 3600],
  threadDepth: [1, 10],
  perPage: [1, 500],
  closeAfterDays: [0, 36500],
  ipRetentionDays: [1, 3650],
};
const TRUE = new Set(['1', 'on', 'true', 'yes']);
const FALSE = new Set(['', '0', 'off', 'false', 'no']);

/** At most this many words per list, each at most this long. */
export const MAX_LISTED_WORDS = 1000;
export const MAX_WORD_LENGTH = 100;

/** The stored values of the 14 settings (defaults filled in by parseSettings). */
export function commentModerationOf(s: SiteSettings): CommentModerationValues {
  const out: Record<string, unknown> = {};
  for (const name of COMMENT_SETTING_NAMES) out[COMMENT_SETTING_KEYS[name]] = s[COMMENT_SETTING_KEYS[name]];
  return out as CommentModerationValues;
}

/** The values as text: booleans `true`/`false`, word lists one per line. */
export function commentSettingsText(v: CommentModerationValues): CommentSettingsText {
  const out: Record<string, string> = {};
  for (const name of COMMENT_SETTING_NAMES) {
    const value = v[COMMENT_SETTING_KEYS[name]];
    out[name] = Array.isArray(value) ? value.join('\n') : String(value);
  }
  return out as CommentSettingsText;
}

/** Splits a word list: one word or phrase per line or between commas, trimmed, no repeats. */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\n\r,]+/)) {
    const word = raw.trim();
    const key = word.toLocaleLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out;
}

function checkOne(name: CommentSettingName, raw: string): { value: unknown } | { problem: SettingProblem } {
  const text = raw.trim();
  if (BOOLEAN.has(name)) {
    const lower = text.toLowerCase();
    if (TRUE.has(lower)) return { value: true };
    if (FALSE.has(lower)) return { value: false };
    return { problem: { problem: 'trueFalse' } };
  }
  if (WORD_LISTS.has(name)) {
    const words = parseWordList(raw);
    if (words.length > MAX_LISTED_WORDS)
      return { problem: { problem: 'tooManyWords', values: { max: MAX_LISTED_WORDS } } };
    if (words.some((w) => w.length > MAX_WORD_LENGTH))
      return { problem: { problem: 'wordTooLong', values: { max: MAX_WORD_LENGTH } } };
    return { value: words };
  }
  if (name === 'order') {
    if (text === 'oldest' || text === 'newest') return { value: text };
    return { problem: { problem: 'order' } };
  }
  const [min, max] = COMMENT_SETTING_RANGES[name]!;
  const problem: SettingProblem = { problem: 'wholeNumber', values: { min, max } };
  if (!/^\d{1,6}$/.test(text)) return { problem };
  const n = Number(text);
  return n >= min && n <= max ? { value: n } : { problem };
}

/**
 * Checks all 14 settings given as text. Returns the values to store (by stored key) or a
 * problem per short name that is wrong; a name not given counts as empty (an unticked box).
 */
export function validateCommentSettings(
  input: Partial<CommentSettingsText>,
): { ok: true; value: CommentModerationValues } | { ok: false; problems: CommentSettingsProblems } {
  const problems: CommentSettingsProblems = {};
  const value: Record<string, unknown> = {};
  for (const name of COMMENT_SETTING_NAMES) {
    const checked = checkOne(name, input[name] ?? '');
    if ('problem' in checked) problems[name] = checked.problem;
    else value[COMMENT_SETTING_KEYS[name]] = checked.value;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: value as CommentModerationValues };
}

/**
 * Reads `key=value` assignments (the CLI's arguments) over the current values as text; unknown
 * names and arguments without `=` are problems of their own.
 */
export function applyAssignments(
  current: CommentSettingsText,
  assignments: readonly string[],
): { ok: true; text: CommentSettingsText } | { ok: false; errors: string[] } {
  const text = { ...current };
  const errors: string[] = [];
  for (const a of assignments) {
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq).trim() : '';
    if (!name) {
      errors.push(`"${a}" is not key=value.`);
    } else if (!(name in COMMENT_SETTING_KEYS)) {
      errors.push(`Unknown setting "${name}". Known: ${COMMENT_SETTING_NAMES.join(', ')}.`);
    } else {
      text[name as CommentSettingName] = a.slice(eq + 1);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, text };
}

/**
 * Checks and stores the settings, announces the `settings` change key (cached pages and every
 * instance's comment rules refresh) and audits which keys changed.
 */
export async function updateCommentSettings(
  deps: UpdateSettingsDeps,
  actor: { id: number | null; name: string; ip: string },
  before: CommentModerationValues,
  input: Partial<CommentSettingsText>,
): Promise<{ ok: true; changed: string[] } | { ok: false; problems: CommentSettingsProblems }> {
  const checked = validateCommentSettings(input);
  if (!checked.ok) return checked;
  const changed = await saveSettings(deps, actor, before, checked.value);
  return { ok: true, changed };
}
