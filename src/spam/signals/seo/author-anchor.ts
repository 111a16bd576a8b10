// The author's name and website as the comment's anchor (`keyword-author`, issue 15). A comment form
// links the name to the website, so an SEO comment puts its keywords in the name ("payday loans",
// «займы онлайн», author-name.ts), in the address (bestcasinobonus.club, keyword-domain.ts), or in
// both. Either alone is one anchor (1): a business owner signs with the business's name, and a
// person's blog may carry a trade word. Both at once (a keyword name linked to an address named
// for a spam trade: "payday loans" at quick-payday-cash.com, "replica watches" at
// replica-watch-store.net) is 2: the whole of what the author said about themselves is the advert,
// and a business that comments as itself is named for its trade, not for casino bonuses, pills or
// payday cash (a carpet cleaner at bakerclean.co.uk, a door service at almatydoor.kz stay at 1).
import { keywordAuthor } from './author-name.ts';
import { keywordSite } from './keyword-domain.ts';

/** What the author's name and website say about the comment. */
export interface AuthorAnchor {
  /** The count the reason quotes: the name's keywords, or 1 for the address alone. */
  keywords: number;
  /** The signal's value: 0 none, 1 the name or the address, 2 both. */
  value: 0 | 1 | 2;
  /** The address's spam-trade words (keyword-domain.ts), when the address is named for one. */
  site: string[] | null;
}

const NONE: AuthorAnchor = { keywords: 0, value: 0, site: null };

/**
 * The author's anchor: the name read as keywords (or `signedByFirm`, a firm's sign-off at the end
 * of the comment, business-signoff.ts) and the website read as a spam trade's address.
 */
export function authorAnchor(
  author: string | null | undefined,
  website: string | null | undefined,
  signedByFirm: boolean,
): AuthorAnchor {
  const keywords = keywordAuthor(author, website) || (signedByFirm ? 1 : 0);
  const site = website ? keywordSite(website) : null;
  if (keywords === 0) return site ? { keywords: 1, value: 1, site } : NONE;
  return { keywords, value: site ? 2 : 1, site };
}
