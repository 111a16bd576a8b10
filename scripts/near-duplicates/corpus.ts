// The comments the near-duplicate measurement reads (../shared/data/spam, read-only, never
// copied), normalised as scoring normalises them, with their words for the reference measure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBlankLineSeparated, parseDataset } from '../../src/spam/evaluation/dataset.ts';
import { normalizeText } from '../../src/spam/text/normalize.ts';

/** One comment: where it comes from, its class, its normalised text and words. */
export interface Doc {
  source: string;
  spam: boolean;
  text: string;
  /** Word ids (words of the normalised text, placeholders included), in order. */
  words: Int32Array;
}

const WORD = /[\p{L}\p{N}\uE000-\uE002]+/gu;

/** Reads every source; exact duplicates (after normalisation) are kept once per source. */
export function loadCorpus(dataDir: string): { docs: Doc[]; exactDuplicates: number } {
  const vocabulary = new Map<string, number>();
  const raw: Array<{ source: string; spam: boolean; content: string }> = [];
  const yt = join(dataDir, 'youtube-spam-collection');
  for (const f of readdirSync(yt)
    .filter((n) => /^Youtube\d+-.*\.csv$/.test(n))
    .sort())
    for (const r of parseDataset(readFileSync(join(yt, f), 'utf8')))
      raw.push({ source: f.replace(/\.csv$/, ''), spam: r.spam, content: r.input.content });
  const sms = join(dataDir, 'sms-spam-collection/SMSSpamCollection');
  if (existsSync(sms))
    for (const r of parseDataset(readFileSync(sms, 'utf8'), { format: 'tsv', columns: ['label', 'content'] }))
      raw.push({ source: 'SMS', spam: r.spam, content: r.input.content });
  const ru = join(dataDir, 'ru-telegram-spam-sample/spam.txt');
  if (existsSync(ru))
    for (const m of parseBlankLineSeparated(readFileSync(ru, 'utf8')))
      raw.push({ source: 'RU-Telegram', spam: true, content: m });
  const seen = new Set<string>();
  const docs: Doc[] = [];
  let exactDuplicates = 0;
  for (const r of raw) {
    const text = normalizeText(r.content).text.replace(/\s+/g, ' ').trim();
    const key = `${r.source}\u0000${text}`;
    if (seen.has(key)) {
      exactDuplicates++;
      continue;
    }
    seen.add(key);
    const ids = (text.match(WORD) ?? []).map((w) => {
      let id = vocabulary.get(w);
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
      return id;
    });
    docs.push({ source: r.source, spam: r.spam, text, words: Int32Array.from(ids) });
  }
  return { docs, exactDuplicates };
}

/** Word-level edit distance (insert, delete, substitute one word), or `limit + 1` when larger. */
export function wordEditDistance(a: Int32Array, b: Int32Array, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, limit + 1);
}

/**
 * Lower bound of the word edit distance from the two bags of words (half their symmetric
 * difference, at least the length difference): a cheap filter before the dynamic programme.
 */
export function bagBound(a: Int32Array, b: Int32Array): number {
  const counts = new Map<number, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) - 1);
  let plus = 0;
  let minus = 0;
  for (const c of counts.values()) {
    if (c > 0) plus += c;
    else minus -= c;
  }
  return Math.max(plus, minus);
}
