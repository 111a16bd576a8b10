// A link in the text to a domain named for a spam trade (issue 15, 2026-12-07, third session):
// "Отличная статья! zaim-bez-otkaza.ru", "Great post! cheap-replica-bags.store", "好文
// yulecheng888.com". An exact-match domain is the anchor text itself: the address is the keywords
// the link is placed for, as the author's website is (keyword-domain.ts). commercial.ts counts it
// as an SEO anchor, so praise beside it is praise with an anchor. Never for a public reference, a
// reputable host (url.ts, reputable.ts) or a reserved one (casino.example), nor in a comment that
// warns against the address, nor for a link asked about ("is cheap-replica-bags.store a scam?",
// «кто брал в zaim-bez-otkaza.ru?»).
import { keywordSite } from './keyword-domain.ts';
import { PLACEHOLDER } from '../../text/normalize.ts';
import { HOST, unreachableHost } from '../readers/pasted-code.ts';
import { isReputableLink } from '../reputable.ts';
import { isReferenceLink } from '../../text/url.ts';

/** Links to trade-named domains, and the words of their addresses. */
export interface KeywordLinks {
  count: number;
  words: string[];
}

const NONE: KeywordLinks = { count: 0, words: [] };

// A reader warning others about the address: it names the trade to keep readers from it.
const WARNING =
  /\b(?:scam|scammers?|fraud|frauds?|fraudulent|beware|careful|avoid|fake|phishing|rip-?off|don'?t trust|reported)\b|мошенн|осторожн|развод|обман|кидал|не ведитесь|не верьте|жалоб|骗|小心|别信|诈骗|举报|警惕|黑平台/iu;

/** Links in a comment to domains named for a spam trade. `unasked` is the normalised text without
 * its questions (commercial.ts's `withoutQuestions`): a link only inside a question is asked about. */
export function keywordLinks(
  n: { text: string; urls: readonly string[]; domains: readonly string[] },
  unasked: string,
): KeywordLinks {
  if (n.urls.length === 0) return NONE;
  const words: string[] = [];
  let found = 0;
  for (let i = 0; i < n.urls.length; i++) {
    const url = n.urls[i] as string;
    const domain = n.domains[i] as string;
    // A reserved host (casino.example, localhost) is nobody's site: an example, never an anchor.
    if (unreachableHost(domain) !== HOST.public) continue;
    if (isReferenceLink(url, domain) || isReputableLink(url, domain)) continue;
    const site = keywordSite(url);
    if (!site) continue;
    found++;
    for (const w of site) if (!words.includes(w)) words.push(w);
  }
  if (found === 0 || WARNING.test(n.text)) return NONE;
  // Links left outside the questions (a placeholder each); the asked-about ones do not count.
  let unaskedLinks = 0;
  for (let at = unasked.indexOf(PLACEHOLDER.url); at >= 0; at = unasked.indexOf(PLACEHOLDER.url, at + 1))
    unaskedLinks++;
  const count = Math.min(found, unaskedLinks);
  return count === 0 ? NONE : { count, words };
}
