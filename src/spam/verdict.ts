// Verdicts: the model's probability against the site's thresholds, with the reasons behind it.
import type { AnalyzedComment } from './analyze.ts';
import type { ReasonListHit } from './lists/explain.ts';
import { sigmoid, type SpamModel } from './classifier/model.ts';
import { DEFAULT_SPAM_SETTINGS, type SpamSettings } from './default-settings.ts';
import { MEMORY_SIGNALS, SIGNAL_CODES, SIGNAL_INFO, type SignalCode } from './signals/signals.ts';

/** What to do with a comment: keep, hold for a moderator (ambiguous), send to spam, or drop
 * without storing (only counted). */
export type VerdictKind = 'ham' | 'hold' | 'spam' | 'discard';

export { DEFAULT_HOLD_THRESHOLD, DEFAULT_SPAM_SETTINGS, type SpamSettings } from './default-settings.ts';

/**
 * The text classifier's reason codes: words the built-in model weighs towards spam or ham, and
 * what moderators' decisions on this site taught it (`learned`).
 */
export const TEXT_REASON_CODES = ['spam-words', 'ham-words', 'learned'] as const;

/** Stable codes a moderation queue can filter by: every signal, plus the text classifier's. */
export type ReasonCode = SignalCode | (typeof TEXT_REASON_CODES)[number];

/**
 * One reason: its code, its weight in log-odds (positive pushes to spam), the values its words
 * quote, and those words in English. The admin words a reason from its code and values in the
 * admin's language (src/views/admin/spam/reason-text.ts); `message` is for the Akismet API's
 * debug output, the command line, and verdicts stored before reasons carried values.
 */
export interface Reason {
  code: ReasonCode;
  weight: number;
  message: string;
  /** What the reason quotes: `count` (the signal's count or measure) for every signal, and
   * `domain` for a disposable-mail address. */
  values?: Readonly<Record<string, string | number>>;
  /** For reputation-list reasons: each hit (list, entry, field). */
  hits?: ReasonListHit[];
  /** For word reasons: the words, strongest first. */
  words?: string[];
}

/** The outcome of scoring one comment. */
export interface SpamVerdict {
  verdict: VerdictKind;
  /** Probability of spam, 0..1. */
  score: number;
  /** True when the site is in shadow mode: show the verdict, block nothing. */
  shadow: boolean;
  reasons: Reason[];
  /**
   * Log-odds the verdict drew from the scorer's memory rather than from the comment itself: the
   * memory signals (MEMORY_SIGNALS) and what moderators' decisions added to the text model. A hub
   * tells the sites asking it this part (upstream.ts), since they score the text themselves.
   */
  memory?: number;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

// Each word's share of the text score, in buffers reused by every verdict (scoring is
// synchronous and the buffers never leave decideVerdict): no array is allocated for it per comment.
let perWordBuffer: Float64Array = new Float64Array(256);
let learnedBuffer: Float64Array = new Float64Array(256);

/** A zeroed buffer of at least `n` doubles: `buffer` itself when it is long enough. */
function zeroed(buffer: Float64Array, n: number): Float64Array {
  if (buffer.length < n) return new Float64Array(Math.max(n, 2 * buffer.length));
  buffer.fill(0, 0, n);
  return buffer;
}

/**
 * Each word's contribution to the text score (before the 1/√n scaling), and the part of it
 * moderators' decisions added (null for a model that learned nothing); the first
 * `features.words.length` entries of each are the words'.
 */
function wordSums(
  model: SpamModel,
  comment: AnalyzedComment,
): { perWord: Float64Array; learned: Float64Array | null } {
  const { indices, owners, words } = comment.features;
  const perWord = (perWordBuffer = zeroed(perWordBuffer, words.length));
  const weights = model.weights;
  for (let k = 0; k < indices.length; k++) {
    const owner = owners[k] as number;
    perWord[owner] = (perWord[owner] as number) + ((weights[indices[k] as number] as number) ?? 0);
  }
  const delta = model.learned;
  if (!delta) return { perWord, learned: null };
  let any = false;
  const learned = (learnedBuffer = zeroed(learnedBuffer, words.length));
  for (let k = 0; k < indices.length; k++) {
    const d = delta[indices[k] ?? 0] ?? 0;
    if (d === 0) continue;
    any = true;
    const owner = owners[k] ?? 0;
    learned[owner] = (learned[owner] ?? 0) + d;
  }
  return { perWord, learned: any ? learned : null };
}

// Up to this many distinct words, a word is merged by a search of the list rather than a Map:
// a comment has a dozen such words, and a Map (hashing each fresh word string) cost about 1 µs of
// a verdict on real comments; a long text's list switches to a Map so it never grows quadratic.
// The search compares each word's length and first code unit (in `keys`, reused by every
// verdict) before the strings, as most words differ there.
const MERGE_BY_SEARCH = 32;
const mergeKeys = new Float64Array(MERGE_BY_SEARCH);

/** The words that moved the score by 0.05 or more, merged by display form (same display, summed
 * in order), with their weights, in order of first appearance. */
function mergedWords(comment: AnalyzedComment, perWord: Float64Array): [string, number][] {
  const { value, words } = comment.features;
  const merged: [string, number][] = [];
  let byWord: Map<string, [string, number]> | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = (perWord[i] as number) * value;
    const word = words[i] as string;
    if (Math.abs(w) < 0.05 || word === '') continue;
    let seen: [string, number] | undefined;
    const key = word.length * 65_536 + word.charCodeAt(0);
    if (byWord !== null) seen = byWord.get(word);
    else
      for (let j = 0; j < merged.length; j++)
        if (mergeKeys[j] === key && (merged[j] as [string, number])[0] === word) {
          seen = merged[j];
          break;
        }
    if (seen) {
      seen[1] += w;
      continue;
    }
    const entry: [string, number] = [word, w];
    if (byWord !== null) byWord.set(word, entry);
    else if (merged.length === MERGE_BY_SEARCH) byWord = new Map([...merged, entry].map((e) => [e[0], e]));
    else mergeKeys[merged.length] = key;
    merged.push(entry);
  }
  return merged;
}

/** The words that moved the score most, merged by display form, with their weights. */
function rankedWords(comment: AnalyzedComment, perWord: Float64Array): [string, number][] {
  return mergedWords(comment, perWord).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
}

/**
 * The five strongest merged words of one side (`sign` 1: weight ≥ 0.1, −1: ≤ −0.1), strongest first
 * and equal weights in order of first appearance: the first five of that side in a stable sort of
 * all of them by size, without sorting the words no reason quotes.
 */
function topWords(merged: readonly [string, number][], sign: 1 | -1): [string, number][] {
  const top: [string, number][] = [];
  for (const candidate of merged) {
    if (!(candidate[1] * sign >= 0.1)) continue;
    const size = Math.abs(candidate[1]);
    let at = top.length;
    while (at > 0 && Math.abs((top[at - 1] as [string, number])[1]) < size) at--;
    if (at >= 5) continue;
    top.splice(at, 0, candidate);
    if (top.length > 5) top.pop();
  }
  return top;
}

/** Appends the spam-words and ham-words reasons to `reasons`. */
function wordReasons(comment: AnalyzedComment, perWord: Float64Array, reasons: Reason[]): void {
  // Only words that matter are ranked; the same word may appear twice, so merge by display form.
  const candidates = mergedWords(comment, perWord);
  if (candidates.length === 0) return;
  wordReason(topWords(candidates, 1), 'spam-words', reasons);
  wordReason(topWords(candidates, -1), 'ham-words', reasons);
}

function wordReason(top: [string, number][], code: 'spam-words' | 'ham-words', reasons: Reason[]): void {
  let weight = 0;
  for (const [, w] of top) weight += w;
  if (Math.abs(weight) < 0.25) return;
  const list = top.map(([w]) => w);
  reasons.push({ code, weight: round(weight), message: `words: ${list.join(', ')}`, words: list });
}

/** How much of the text score moderators' earlier decisions on this site account for. */
function learnedReason(comment: AnalyzedComment, learned: Float64Array): Reason[] {
  let total = 0;
  for (let i = 0; i < comment.features.words.length; i++) total += learned[i] as number;
  const weight = total * comment.features.value;
  if (Math.abs(weight) < 0.25) return [];
  const sign = Math.sign(weight);
  const list = rankedWords(comment, learned)
    .filter(([, w]) => w * sign >= 0.1)
    .slice(0, 5)
    .map(([w]) => w);
  const side = weight > 0 ? 'spam' : 'not spam';
  const words = list.length ? `: ${list.join(', ')}` : '';
  return [
    {
      code: 'learned',
      weight: round(weight),
      message: `moderators' earlier decisions on similar comments (marked ${side})${words}`,
      words: list,
    },
  ];
}

function signalReasons(model: SpamModel, comment: AnalyzedComment): Reason[] {
  const reasons: Reason[] = [];
  for (let i = 0; i < SIGNAL_CODES.length; i++) {
    const code = SIGNAL_CODES[i] as SignalCode;
    const weight = (comment.signals[i] ?? 0) * (model.signalWeights[i] ?? 0);
    const note = comment.notes?.get(code);
    // A noted signal (a list hit) is always explained, even at a small weight: it may hold.
    if (Math.abs(weight) < 0.25 && note === undefined) continue;
    const count = Math.round((comment.counts[i] ?? 0) * 100) / 100;
    // Without a note (most reasons) the reason is built without spreading empty objects; the
    // keys keep their order either way (the reasons are stored as JSON).
    if (note === undefined) {
      reasons.push({
        code,
        weight: round(weight),
        message: SIGNAL_INFO[code].message(count),
        values: { count },
      });
      continue;
    }
    reasons.push({
      code,
      weight: round(weight),
      message: note.message,
      values: { count, ...note.values },
      ...(note.hits ? { hits: note.hits } : {}),
    });
  }
  return reasons;
}

// Which signals (by index in SIGNAL_CODES) may hold but never alone send to spam, and which come
// from the scorer's memory: looked up once here instead of by code on every verdict.
const HOLD_AT_MOST = SIGNAL_CODES.map((code) => SIGNAL_INFO[code].holdAtMost === true);
const FROM_MEMORY = SIGNAL_CODES.map((code) => MEMORY_SIGNALS.has(code));

/** The log-odds of the signals a flag (by signal index) selects, summed in SIGNAL_CODES order. */
function signalPart(model: SpamModel, comment: AnalyzedComment, selected: readonly boolean[]): number {
  let sum = 0;
  for (let i = 0; i < selected.length; i++)
    if (selected[i]) sum += (comment.signals[i] ?? 0) * (model.signalWeights[i] ?? 0);
  return sum;
}

/**
 * Log-odds of the signals that may hold but never alone send a comment to spam: those SIGNAL_INFO
 * marks `holdAtMost` for every comment, and those the analysis marks for this one
 * (`comment.holdAtMost`: the earnings claim counted once beside no contact, contactless-claim.ts).
 */
function holdAtMostPart(model: SpamModel, comment: AnalyzedComment): number {
  let sum = signalPart(model, comment, HOLD_AT_MOST);
  if (comment.holdAtMost === undefined) return sum;
  for (const code of comment.holdAtMost) {
    const i = SIGNAL_CODES.indexOf(code);
    if (i >= 0 && !HOLD_AT_MOST[i]) sum += (comment.signals[i] ?? 0) * (model.signalWeights[i] ?? 0);
  }
  return sum;
}

/** The log-odds from the scorer's memory: memory signals plus the learned share of the text. */
function memoryPart(model: SpamModel, comment: AnalyzedComment, learned: Float64Array | null): number {
  let sum = signalPart(model, comment, FROM_MEMORY);
  if (learned) {
    let text = 0;
    for (let i = 0; i < comment.features.words.length; i++) text += learned[i] as number;
    sum += text * comment.features.value;
  }
  return sum;
}

/** Decides ham/spam/discard for an analysed comment and explains the decision. */
export function decideVerdict(
  model: SpamModel,
  comment: AnalyzedComment,
  settings: SpamSettings = DEFAULT_SPAM_SETTINGS,
): SpamVerdict {
  // One pass over the features gives both the text score and each word's share of it.
  const { perWord, learned } = wordSums(model, comment);
  const wordCount = comment.features.words.length;
  let text = 0;
  for (let i = 0; i < wordCount; i++) text += perWord[i] as number;
  // Word reasons quote the built-in model's share; what the site learned is a reason of its own.
  if (learned) for (let i = 0; i < wordCount; i++) perWord[i] = perWord[i]! - learned[i]!;
  let signals = 0;
  for (let i = 0; i < comment.signals.length; i++)
    signals += (comment.signals[i] as number) * (model.signalWeights[i] ?? 0);
  const logit = model.bias + text * comment.features.value + signals;
  const probability = sigmoid(logit);
  let verdict: VerdictKind =
    probability >= settings.discardThreshold
      ? 'discard'
      : probability >= settings.spamThreshold
        ? 'spam'
        : probability >= (settings.holdThreshold ?? settings.spamThreshold)
          ? 'hold'
          : 'ham';
  // At most hold: a hold-at-most signal (a disposable address; an earnings claim with no way to
  // reach its writer) may tip a comment into the hold band, never alone into spam.
  if (
    (verdict === 'spam' || verdict === 'discard') &&
    sigmoid(logit - holdAtMostPart(model, comment)) < settings.spamThreshold
  )
    verdict = 'hold';
  // At least hold: a reputation list whose action is `hold`, or the contactless earnings claim,
  // holds what would have been published.
  if (verdict === 'ham' && comment.hold === true) verdict = 'hold';
  const max = settings.maxReasons ?? 6;
  // One array, in the order signals, words, learned (the sort is stable, so the order counts).
  let reasons = signalReasons(model, comment);
  wordReasons(comment, perWord, reasons);
  if (learned) reasons.push(...learnedReason(comment, learned));
  reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  // List hits always stay: a held comment is never held without its reason.
  if (comment.notes)
    reasons = reasons.filter((r, i) => i < max || comment.notes?.has(r.code as SignalCode) === true);
  else {
    let keep = 0;
    while (keep < reasons.length && keep < max) keep++;
    reasons.length = keep;
  }
  const memory = round(memoryPart(model, comment, learned));
  return { verdict, score: round(probability), shadow: settings.shadow, reasons, memory };
}
