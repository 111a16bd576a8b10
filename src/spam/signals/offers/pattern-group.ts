// The compiled patterns of an offer family and of its contexts, and how a context's phrases are
// counted (offers.ts): each group is first tested as one alternation (one pass, and most comments
// match none); only a text that matches is counted pattern by pattern.
import { atWordStarts, withoutNegativeLookarounds } from '../patterns.ts';
import { cheapLetters, withCheapLetters, withLooseLetters } from '../../text/letter-class.ts';
import type { OfferContext } from './offer-family.ts';

// Latin-script patterns run without the Unicode flag (several times faster); the Cyrillic and CJK
// ones only on texts that have such characters.
export const NON_LATIN = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

export interface PatternGroup {
  latinAny: RegExp | null;
  latin: RegExp[];
  otherAny: RegExp | null;
  other: RegExp[];
}

export function group(sources: readonly string[], pretest: readonly string[] = sources): PatternGroup {
  const latin = sources.filter((s) => !NON_LATIN.test(s));
  const other = sources.filter((s) => NON_LATIN.test(s));
  // The one-pass test may match more than the patterns (their negative look-arounds are left out:
  // faster, and only a yes runs the patterns one by one), never less.
  // (the Unicode ones with short supersets of the stand-ins for \p{L} and \p{N}: letter-class.ts)
  const any = (list: string[], flags: string): RegExp | null =>
    list.length > 0
      ? new RegExp(
          withLooseLetters(atWordStarts(list.map((s) => `(?:${withoutNegativeLookarounds(s)})`).join('|'))),
          flags,
        )
      : null;
  // (a context's `pretest`, when it has one, stands for its patterns in the one-pass test)
  const [latinTest, otherTest] = [
    pretest.filter((s) => latin.includes(s)),
    pretest.filter((s) => other.includes(s)),
  ];
  return {
    latinAny: any(latinTest.length > 0 ? latinTest : latin, ''),
    latin: latin.map((s) => new RegExp(s, 'g')),
    otherAny: any(otherTest.length > 0 ? otherTest : other, 'u'),
    other: other.map((s) => new RegExp(withCheapLetters(s), 'gu')),
  };
}

export interface CompiledContext {
  when: RegExp;
  unless: RegExp | null;
  patterns: PatternGroup;
}

export function compileContext(c: OfferContext): CompiledContext {
  return {
    when: cheapLetters(c.when),
    unless: c.unless === undefined ? null : cheapLetters(c.unless),
    patterns: group(c.patterns, c.pretest),
  };
}

export function countAll(patterns: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of patterns) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

export function countGroup(g: PatternGroup, text: string, latin: boolean, other: boolean): number {
  return (
    (latin && g.latinAny?.test(text) ? countAll(g.latin, text) : 0) +
    (other && g.otherAny?.test(text) ? countAll(g.other, text) : 0)
  );
}

/**
 * The phrases of a family's context, counted only when its context holds and its exception does
 * not. The cheapest test goes first: the phrases' one-pass test (which most texts fail, and which
 * may say yes where no phrase matches, never the reverse); then the context; then the phrases one
 * by one; the exception only when a phrase was found.
 */
export function contextCount(c: CompiledContext, text: string, latin: boolean, other: boolean): number {
  const g = c.patterns;
  const maybeLatin = latin && g.latinAny !== null && g.latinAny.test(text);
  const maybeOther = other && g.otherAny !== null && g.otherAny.test(text);
  if (!maybeLatin && !maybeOther) return 0;
  if (!c.when.test(text)) return 0;
  const n = (maybeLatin ? countAll(g.latin, text) : 0) + (maybeOther ? countAll(g.other, text) : 0);
  if (n === 0) return 0;
  return c.unless?.test(text) ? 0 : n;
}
