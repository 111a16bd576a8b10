// The author's website named for a spam trade (issue 15, 2026-12-07, third session): spun praise
// is posted under a person's name ("Marcus", "Jenny") whose link goes to bestcasinobonus.club,
// slot-gacor-88.site, ketoslimpills.shop or cheap-replica-bags.store. The name is no anchor, the
// text fits any blog; the address is what the comment is for. A person's or a project's own site
// is named for them ("mareknovak.dev", "rita-dba.net"), so the host must be made of a spam trade's
// words beyond doubt: one word that names such a trade and little else (casino, viagra, payday,
// replica, escorts, pharmacy …), or two of the words shops put in an address (cheap, best, buy,
// shop, pills, keto, loans, bonus, slot …), each a whole part of the host or at its start or end (a
// part is what hyphens, digits and dots separate; a word of three letters not at the start), so "dietrich.dev", "cryptography.blog", "seoul.travel"
// and "updating.net" are names, not trades. analyze.ts counts it as `keyword-author`, explained.
import { domainToUnicode } from 'node:url';
import { tradeAddressWords } from './trade-address.ts';
import { domainOf, isReferenceDomain } from '../../text/url.ts';

// Words that name a spam trade outright, found anywhere in a part of the host.
const TRADE =
  /casino|viagra|cialis|levitra|gacor|payday|replica|jerseys|escorts?|pharma(?:cy)?|keygen|sportsbook|poker|togel|sbobet|porn|hookup|doubler/g;

// Words shops put in an address: they count at the start or the end of a part of the host.
const TRADE_TLD = /^(?:casino|poker|porn|sex|xxx)$/;

const SHOP_WORDS = [
  'cheap',
  'cheapest',
  'best',
  'buy',
  'shop',
  'store',
  'online',
  'deals',
  'discount',
  'outlet',
  'wholesale',
  'sale',
  'bonus',
  'slot',
  'slots',
  'bet',
  'betting',
  'loan',
  'loans',
  'cash',
  'fast',
  'pills',
  'keto',
  'diet',
  'slim',
  'cbd',
  'gummies',
  'vpn',
  'seo',
  'followers',
  'likes',
  'essay',
  'writer',
  'dating',
  'crypto',
  'bitcoin',
  'forex',
  'profit',
  'rx',
  'meds',
  'bags',
  'watches',
  'judi',
  'bola',
  'win',
  'free',
];
// (A word of three letters opens too many names, "betty", "winfield", "seonews": only at the end.)
const STARTS = new RegExp(`^(?:${SHOP_WORDS.filter((w) => w.length > 3).join('|')})`);
const ENDS = new RegExp(`(?:${SHOP_WORDS.join('|')})$`);
const WHOLE = new Set(SHOP_WORDS);

/** The spam-trade words an author's website is named with, when it reads as a spam trade's
 * address; null otherwise (a person's or a project's site, or none). */
export function keywordSite(website: string | null | undefined): string[] | null {
  if (!website) return null;
  let host = domainOf(website.trim());
  // A Cyrillic or Chinese host sent in its ASCII form ("xn--80aaxitdbjk.xn--p1ai" is займы.рф).
  if (host.includes('xn--')) host = domainToUnicode(host) || host;
  const labels = host.split('.');
  // A public body's or a university's site is named for its work, never a trade (url.ts).
  if (labels.length < 2 || isReferenceDomain(host)) return null;
  // The host without its top-level domain ("slot-gacor-88.site" → "slot-gacor-88").
  const name = labels.slice(0, -1).join('.');
  const trades = [...new Set(name.match(TRADE) ?? [])];
  const words = new Set<string>();
  for (const part of name.split(/[-_.\d]+/)) {
    if (part === '') continue;
    if (WHOLE.has(part)) {
      words.add(part);
      continue;
    }
    const start = STARTS.exec(part)?.[0];
    const end = ENDS.exec(part)?.[0];
    if (start && start.length < part.length) words.add(start);
    if (end && end.length < part.length && end !== start) words.add(end);
  }
  // A top-level domain that is itself a trade or a shop's word counts as one of the host's words
  // (luckyseven.casino, fastmoney.loans, kicksoutlet.shop; 2026-12-07, fifth session).
  const top = labels[labels.length - 1] as string;
  if (TRADE_TLD.test(top)) trades.push(top);
  else if (WHOLE.has(top)) words.add(top);
  for (const t of trades) words.delete(t);
  if (trades.length > 0) return [...trades, ...words];
  if (words.size >= 2) return [...words];
  // Or the trade in Russian or Chinese, transliterated or not (trade-address.ts).
  return tradeAddressWords(name, WHOLE);
}
