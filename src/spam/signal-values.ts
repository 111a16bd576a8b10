// The value of each computed signal from its measure: dampened counts, shares and thresholds
// (signals.ts lists the signals and their weights; analyze.ts measures the comment).
import type { FormEvidence } from './signals/signals.ts';

/** log2(1 + n) for a non-negative count; dampens big counts. */
export function logCount(n: number): number {
  return n > 0 ? Math.log2(1 + n) : 0;
}

/** Honeypot: 1 when the hidden field holds anything but whitespace. */
export function honeypotSignal(value: string | null | undefined): number {
  return value !== null && value !== undefined && value.trim() !== '' ? 1 : 0;
}

/** Form timing: [too fast (< 3 s), older than a day, token missing or forged]. */
export function formSignals(form: FormEvidence): [number, number, number] {
  if (!form.tokenValid || form.formAgeSeconds === null) return [0, 0, 1];
  const age = form.formAgeSeconds;
  return [age < 3 ? 1 : 0, age > 86_400 ? 1 : 0, 0];
}

/** Number of links, dampened. */
export function linkSignal(links: number): number {
  return logCount(links);
}

/** Share of the visible text taken by links, 0..1. */
export function linkDensity(urlChars: number, textChars: number): number {
  const total = urlChars + textChars;
  return total === 0 ? 0 : urlChars / total;
}

/** All caps: how far the share of capitals goes above one half, for texts with ≥ 12 letters. */
export function allCapsSignal(upper: number, letters: number): number {
  if (letters < 12) return 0;
  return Math.max(0, (upper / letters - 0.5) * 2);
}

/** Repeated characters: 0 for runs up to 3, growing to 1 at a run of 8. */
export function repeatedCharsSignal(longestRun: number): number {
  return longestRun <= 3 ? 0 : Math.min(1, (longestRun - 3) / 5);
}

/** Off-topic: +1 for no overlap with the article, −1 for cosine ≥ 0.2; 0 without enough text. */
export function relevanceSignal(cosine: number | null): number {
  if (cosine === null) return 0;
  return 1 - 2 * Math.min(1, cosine / 0.2);
}

/** Article age beyond a month, 0..1 (1 at two years). */
export function articleAgeSignal(ageDays: number | null | undefined): number {
  if (ageDays === null || ageDays === undefined || ageDays <= 30) return 0;
  return Math.min(1, Math.log2(ageDays / 30) / 4.6);
}

/** Bursts: comments beyond a free allowance, dampened. */
export function burstSignal(recent: number | undefined, allowance: number): number {
  return logCount(Math.max(0, (recent ?? 0) - allowance));
}
