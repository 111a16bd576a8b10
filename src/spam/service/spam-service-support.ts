// Turns the raw counts from storage into the ContextEvidence the scoring function reads.
import type { ContextCounts } from '../context/context-memory.ts';
import type { ContextEvidence } from '../signals/signals.ts';
import { isNearDuplicate, type MinHash } from '../context/minhash.ts';

/** Context evidence from counts, the comment's fingerprint, its link domains and its article. */
export function contextEvidence(
  counts: ContextCounts,
  print: MinHash,
  links: string[],
  articleKey: string | null,
  spamDomains: ReadonlySet<string>,
): ContextEvidence {
  let similarRecent = 0;
  const articles = new Set<string>();
  const linked = links.length > 0;
  for (const r of counts.recent) {
    if (isNearDuplicate(print, r.print)) similarRecent++;
    if (linked && r.articleKey !== null && r.articleKey !== articleKey && sharesLink(links, r.links))
      articles.add(r.articleKey);
  }
  return {
    spamDomains,
    approvedByEmail: counts.approvedByEmail,
    spamByEmail: counts.spamByEmail,
    approvedByIp: counts.approvedByIp,
    spamByIp: counts.spamByIp,
    recentFromIp: counts.recentFromIp,
    recentFromNetwork: counts.recentFromNetwork,
    similarRecent,
    similarModeratedSpam: counts.similarModeratedSpam,
    sameLinkArticles: articles.size,
  };
}

/** Whether two lists of link domains have one in common (a loop: no closure per comparison). */
function sharesLink(a: readonly string[], b: readonly string[]): boolean {
  for (const d of a) if (b.includes(d)) return true;
  return false;
}
