// The reasons a trade-named address gives (issue 15, 2026-12-07, third session): the author's
// website (keyword-domain.ts, `keyword-author`) and a link in the text (keyword-link.ts,
// `seo-anchor`) quote the address's words. Apart from the readers of the address so that
// commercial.ts, which reads links, need not import the signal table that imports it.
import type { SignalNote } from '../../signal-note.ts';
import type { SignalCode } from '../signals.ts';

/** `keyword-author`'s note for a website named for a spam trade: its words, for the reason; `named`
 * when the author's name is keywords too (author-anchor.ts: both anchors). */
export function keywordSiteNote(
  notes: Map<SignalCode, SignalNote> | null,
  words: readonly string[],
  named = false,
): Map<SignalCode, SignalNote> {
  const out = notes ?? new Map<SignalCode, SignalNote>();
  const site = words.join(', ');
  out.set('keyword-author', {
    message: named
      ? `keywords as the author's name, linked to a website named for a spam trade (${site})`
      : `the author's website is named for a spam trade (${site})`,
    values: { site, name: named ? 'yes' : 'no' },
  });
  return out;
}

/** `seo-anchor`'s note when a link goes to a trade-named domain: the address's words, for the reason. */
export function keywordLinkNote(
  notes: Map<SignalCode, SignalNote> | null,
  anchors: number,
  words: readonly string[],
): Map<SignalCode, SignalNote> {
  const out = notes ?? new Map<SignalCode, SignalNote>();
  const many = anchors === 1 ? '1 SEO anchor' : `${anchors} SEO anchors`;
  out.set('seo-anchor', {
    message: `${many}: a link to a domain named for a spam trade (${words.join(', ')})`,
    values: { site: words.join(', ') },
  });
  return out;
}

/** The notes of a trade-named website (`site`, keyword-domain.ts; `named` when the author's name is
 * keywords too) and of links to trade-named domains (`linkWords`, keyword-link.ts, with the
 * comment's `anchors`), added to `notes` where there are any. */
export function tradeAddressNotes(
  notes: Map<SignalCode, SignalNote> | null,
  site: readonly string[] | null,
  named: boolean,
  linkWords: readonly string[],
  anchors: number | undefined,
): Map<SignalCode, SignalNote> | null {
  let out = notes;
  if (site) out = keywordSiteNote(out, site, named);
  if (linkWords.length > 0) out = keywordLinkNote(out, anchors ?? 0, linkWords);
  return out;
}
