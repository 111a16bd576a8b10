// How many of the hand-written commercial spam examples (src/spam/examples/commercial-examples.ts) the
// shipped model sends to spam (or holds), and what it does with the hand-written genuine ones.
// The family sets of 2026-12-06 (pharmacy, casino, essay mills, …) are counted on their own lines.
// Run: npm run spam:commercial [-- --show dev|ham|families-dev|…] (lists the verdicts of one set).
import {
  COMMERCIAL_SPAM_DEV,
  COMMERCIAL_SPAM_SEALED,
  FAMILY_GENUINE_DEV,
  FAMILY_GENUINE_PROBES,
  FAMILY_GENUINE_SEALED,
  FAMILY_SPAM_DEV,
  FAMILY_SPAM_SEALED,
  GENUINE_BLOG_COMMENTS,
} from '../src/spam/examples/commercial-examples.ts';
import { SCAM_GENUINE_DEV, SCAM_SPAM_DEV } from '../src/spam/examples/scam-examples.ts';
import { TRADE_GENUINE_DEV, TRADE_SPAM_DEV } from '../src/spam/examples/trade-examples.ts';
import {
  MARKET_GENUINE_DEV,
  MARKET_SPAM_DEV,
  type MarketComment,
} from '../src/spam/examples/market-examples.ts';
import { PITCH_GENUINE_DEV, PITCH_SPAM_DEV } from '../src/spam/examples/pitch-examples.ts';
import { NEWS_SCAM_GENUINE_DEV, NEWS_SCAM_SPAM_DEV } from '../src/spam/examples/news-scam-examples.ts';
import {
  CONTACT_GENUINE_DEV,
  CONTACT_GENUINE_SECOND,
  CONTACT_SPAM_DEV,
  CONTACT_SPAM_SECOND,
} from '../src/spam/examples/contact-examples.ts';
import {
  PRODUCT_GENUINE_DEV,
  PRODUCT_GENUINE_SECOND,
  PRODUCT_GENUINE_FOURTH,
  PRODUCT_GENUINE_THIRD,
  PRODUCT_SPAM_DEV,
  PRODUCT_SPAM_SECOND,
  PRODUCT_SPAM_FOURTH,
  PRODUCT_SPAM_THIRD,
} from '../src/spam/examples/product-examples.ts';
import { SEO_NAME_GENUINE_DEV, SEO_NAME_SPAM_DEV } from '../src/spam/examples/seo-name-examples.ts';
import { SIGNOFF_GENUINE_DEV, SIGNOFF_SPAM_DEV } from '../src/spam/examples/seo-signoff-examples.ts';
import { SIGNOFF_GENUINE_SECOND, SIGNOFF_SPAM_SECOND } from '../src/spam/examples/seo-signoff-second.ts';
import {
  LINK_GENUINE_DEV,
  LINK_GENUINE_SECOND,
  LINK_SPAM_DEV,
  LINK_SPAM_SECOND,
} from '../src/spam/examples/link-examples.ts';
import {
  FAKE_NEWS_GENUINE_DEV,
  FAKE_NEWS_GENUINE_SECOND,
  FAKE_NEWS_SPAM_DEV,
  FAKE_NEWS_SPAM_SECOND,
} from '../src/spam/examples/fake-news-examples.ts';
import {
  REPUTABLE_GENUINE_DEV,
  REPUTABLE_GENUINE_SECOND,
  REPUTABLE_SPAM_DEV,
  REPUTABLE_SPAM_SECOND,
} from '../src/spam/examples/reference-examples.ts';
import { ZH_GENUINE_HELDOUT, ZH_SPAM_HELDOUT } from '../src/spam/examples/zh-heldout-examples.ts';
import {
  ADVERT_RU_GENUINE_DEV,
  ADVERT_RU_SPAM_DEV,
  ADVERT_ZH_GENUINE_DEV,
  ADVERT_ZH_SPAM_DEV,
} from '../src/spam/examples/advert-examples.ts';
import {
  ADVERT_GENUINE_HELDOUT,
  ADVERT_RU_SPAM_HELDOUT,
  ADVERT_ZH_SPAM_HELDOUT,
} from '../src/spam/examples/advert-heldout-examples.ts';
import { ADVERT_EN_GENUINE_DEV, ADVERT_EN_SPAM_DEV } from '../src/spam/examples/advert-en-examples.ts';
import {
  ADVERT_EN_GENUINE_HELDOUT,
  ADVERT_EN_SPAM_HELDOUT,
} from '../src/spam/examples/advert-en-heldout-examples.ts';
import {
  RU_GENUINE_DEV,
  RU_SPAM_DEV,
  ZH_GENUINE_DEV,
  ZH_SPAM_DEV,
} from '../src/spam/examples/zh-examples.ts';
import { TECH_GENUINE_DEV, TECH_SPAM_DEV } from '../src/spam/examples/tech-paste-examples.ts';
import { TECH_GENUINE_HELDOUT, TECH_SPAM_HELDOUT } from '../src/spam/examples/tech-paste-heldout-examples.ts';
import { builtinExamples, builtinModel, spamOnlyExamples } from '../src/spam/classifier/builtin.ts';
import { parseCommentCorpus } from '../src/spam/evaluation/dataset.ts';
import { normalizeText } from '../src/spam/text/normalize.ts';
import { OFFER_SIGNAL_INFO } from '../src/spam/signals/offers/offer-signal-info.ts';
import { OFFER_SIGNAL_CODES, offerCounts } from '../src/spam/signals/offers/offers.ts';
import { scoreComment } from '../src/spam/score.ts';
import { readNewsHam, readSources } from './spam-data.ts';

const model = builtinModel();
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : '';
const sets = [
  ['dev', COMMERCIAL_SPAM_DEV],
  ['sealed', COMMERCIAL_SPAM_SEALED],
  ['ham', GENUINE_BLOG_COMMENTS],
  ['families-dev', FAMILY_SPAM_DEV],
  ['families-sealed', FAMILY_SPAM_SEALED],
  ['families-ham', FAMILY_GENUINE_DEV],
  ['families-ham-sealed', FAMILY_GENUINE_SEALED],
  ['families-ham-probes', FAMILY_GENUINE_PROBES],
  // issue 15 (scam-examples.ts): one line per family, then the genuine comments near them
  ...Object.entries(SCAM_SPAM_DEV).map(([family, texts]) => [`scam-${family}`, texts] as const),
  ['scam-ham', SCAM_GENUINE_DEV],
  // issue 15, item 1 (trade-examples.ts): forged documents, invoices, casino referrals, game
  // currency, cracked software; then the genuine comments near them
  ...Object.entries(TRADE_SPAM_DEV).map(([family, texts]) => [`trade-${family}`, texts] as const),
  ['trade-ham', TRADE_GENUINE_DEV],
  // issue 15, item 1, fourth round (market-examples.ts): easy earnings, loans, data and account
  // selling, lottery tips, SEO praise templates (with the form's name and website); then the
  // genuine comments near them
  ...Object.entries(MARKET_SPAM_DEV).map(([family, comments]) => [`market-${family}`, comments] as const),
  ['market-ham', MARKET_GENUINE_DEV],
  // issue 15, item 1, fifth round (pitch-examples.ts): service pitches (visa agencies, forwarders,
  // tours, VPNs, tenders, property, USDT schemes); then the genuine comments near them
  ...Object.entries(PITCH_SPAM_DEV).map(([family, texts]) => [`pitch-${family}`, texts] as const),
  ['pitch-ham', PITCH_GENUINE_DEV],
  // issue 15, item 1, sixth round (news-scam-examples.ts): the scam families news sites receive,
  // SEO comments under a business's name; then the genuine comments near them
  ...Object.entries(NEWS_SCAM_SPAM_DEV).map(([family, texts]) => [`news-${family}`, texts] as const),
  ['news-scam-ham', NEWS_SCAM_GENUINE_DEV],
  ['seo-name', SEO_NAME_SPAM_DEV],
  ['seo-name-ham', SEO_NAME_GENUINE_DEV],
  // SEO praise signed by a business (seo-signoff-examples.ts): "Regards, <Name> Roofing Contractors
  // <City>", «С уважением, компания …», ——…有限公司, and business names at their own sites; then
  // the genuine comments near them (own names, employers, press offices, a spokesperson)
  ['signoff', SIGNOFF_SPAM_DEV],
  ['signoff-ham', SIGNOFF_GENUINE_DEV],
  // the held-out batch, written with them before the rules and scored once after them
  ['signoff2', SIGNOFF_SPAM_SECOND],
  ['signoff2-ham', SIGNOFF_GENUINE_SECOND],
  // issue 15, seventh round (contact-examples.ts): spam leaving a way to reach its writer; the
  // lists written before the patterns, then those written after them (the held-out figure)
  ...Object.entries(CONTACT_SPAM_DEV).map(([family, texts]) => [`contact-${family}`, texts] as const),
  ['contact-ham', CONTACT_GENUINE_DEV],
  ...Object.entries(CONTACT_SPAM_SECOND).map(([family, texts]) => [`contact2-${family}`, texts] as const),
  ['contact2-ham', CONTACT_GENUINE_SECOND],
  // issue 15, eighth round (product-examples.ts): plain product adverts with a link (flights, VPNs,
  // coupons, shops, software); the lists written before the patterns, then those written after them
  ...Object.entries(PRODUCT_SPAM_DEV).map(([family, texts]) => [`product-${family}`, texts] as const),
  ['product-ham', PRODUCT_GENUINE_DEV],
  ...Object.entries(PRODUCT_SPAM_SECOND).map(([family, texts]) => [`product2-${family}`, texts] as const),
  ['product2-ham', PRODUCT_GENUINE_SECOND],
  ...Object.entries(PRODUCT_SPAM_THIRD).map(([family, texts]) => [`product3-${family}`, texts] as const),
  ['product3-ham', PRODUCT_GENUINE_THIRD],
  ...Object.entries(PRODUCT_SPAM_FOURTH).map(([family, texts]) => [`product4-${family}`, texts] as const),
  ['product4-ham', PRODUCT_GENUINE_FOURTH],
  // genuine links (link-examples.ts): readers sharing app-store, news, map, report, Telegram and
  // video links, and spam that looks like them; DEV before the change, SECOND after it
  ['links-ham', LINK_GENUINE_DEV],
  ['links-spam', LINK_SPAM_DEV],
  ['links2-ham', LINK_GENUINE_SECOND],
  ['links2-spam', LINK_SPAM_SECOND],
  // fake-news adverts (fake-news-examples.ts): the "sponsored story" scam and the genuine comments
  // near it; DEV beside the patterns, SECOND after them
  ['fake-news', FAKE_NEWS_SPAM_DEV],
  ['fake-news-ham', FAKE_NEWS_GENUINE_DEV],
  ['fake-news2', FAKE_NEWS_SPAM_SECOND],
  ['fake-news2-ham', FAKE_NEWS_GENUINE_SECOND],
  // reputable links (reference-examples.ts): readers citing outlets, Wikipedia, maps, papers,
  // statistics offices, press conferences, their blogs; spam hiding behind news or reference words.
  // DEV before the change; SECOND written with it and measured once, after the change
  ['reputable-ham', REPUTABLE_GENUINE_DEV],
  ['reputable-spam', REPUTABLE_SPAM_DEV],
  ['reputable2-ham', REPUTABLE_GENUINE_SECOND],
  ['reputable2-spam', REPUTABLE_SPAM_SECOND],
  // the Chinese and Russian coverage audit (zh-examples.ts, 2026-12-07): one line per family, then
  // the genuine comments near them
  ...Object.entries(ZH_SPAM_DEV).map(([family, texts]) => [`zh-${family}`, texts] as const),
  ['zh-ham', ZH_GENUINE_DEV],
  ...Object.entries(RU_SPAM_DEV).map(([family, texts]) => [`ru-${family}`, texts] as const),
  ['ru-ham', RU_GENUINE_DEV],
  // its held-out batch (zh-heldout-examples.ts): written before the change, measured once after it
  ['zh-heldout', ZH_SPAM_HELDOUT],
  ['zh-heldout-ham', ZH_GENUINE_HELDOUT],
  // the advert grammar (advert-examples.ts, 2026-12-07): adverts of products and services no family
  // names, and genuine comments of the same surface; DEV before the change, HELDOUT measured once after
  ['advert-zh', ADVERT_ZH_SPAM_DEV],
  ['advert-zh-ham', ADVERT_ZH_GENUINE_DEV],
  ['advert-ru', ADVERT_RU_SPAM_DEV],
  ['advert-ru-ham', ADVERT_RU_GENUINE_DEV],
  ['advert-heldout-zh', ADVERT_ZH_SPAM_HELDOUT],
  ['advert-heldout-ru', ADVERT_RU_SPAM_HELDOUT],
  ['advert-heldout-ham', ADVERT_GENUINE_HELDOUT],
  // the English advert grammar (advert-en-examples.ts, 2026-12-07)
  ['advert-en', ADVERT_EN_SPAM_DEV],
  ['advert-en-ham', ADVERT_EN_GENUINE_DEV],
  ['advert-heldout-en', ADVERT_EN_SPAM_HELDOUT],
  ['advert-heldout-en-ham', ADVERT_EN_GENUINE_HELDOUT],
  // technical pastes (tech-paste-examples.ts, 2026-12-07 late): commands, logs, API calls and
  // documentation or private hosts readers paste, and spam in code formatting; DEV before the
  // change, HELDOUT written with it and measured once, after the change
  ['tech-ham', TECH_GENUINE_DEV],
  ['tech-spam', TECH_SPAM_DEV],
  ['tech-heldout-ham', TECH_GENUINE_HELDOUT],
  ['tech-heldout-spam', TECH_SPAM_HELDOUT],
] as const;
for (const [name, texts] of sets) {
  const counts = { spam: 0, hold: 0, ham: 0 };
  for (const item of texts as readonly (string | MarketComment)[]) {
    const comment = typeof item === 'string' ? { content: item } : item;
    const content = comment.content;
    const v = scoreComment(comment, model);
    const verdict = v.verdict === 'discard' ? 'spam' : v.verdict;
    counts[verdict]++;
    if (show === name)
      process.stdout.write(
        `${verdict.padEnd(4)} ${v.score.toFixed(3)} ${content.slice(0, 90).replace(/\n/g, ' ')}\n    ${v.reasons.map((r) => `${r.code} ${r.weight.toFixed(2)}`).join(', ')}\n`,
      );
  }
  process.stdout.write(
    `${name}: ${texts.length} comments: spam ${counts.spam}, held ${counts.hold}, ham ${counts.ham}\n`,
  );
}

// How often the offer signals (offers.ts) fire on the public data and the news-site ham corpus:
// messages whose offer evidence reaches 1.5 log-odds, by label, and the news-site ham's verdicts.
const offerLogOdds = (content: string): number =>
  offerCounts(normalizeText(content)).reduce(
    (sum, c, i) => sum + (c > 0 ? Math.log2(1 + c) * OFFER_SIGNAL_INFO[OFFER_SIGNAL_CODES[i]!].prior : 0),
    0,
  );
const sources = readSources();
if (sources) {
  const rows = [...builtinExamples(sources), ...spamOnlyExamples(sources)];
  for (const spam of [false, true]) {
    const mine = rows.filter((r) => r.spam === spam);
    const hits = mine.filter((r) => offerLogOdds(r.input.content) >= 1.5).length;
    process.stdout.write(
      `public ${spam ? 'spam' : 'ham'}: ${mine.length} messages, offer signals ≥ 1.5 log-odds on ${hits}\n`,
    );
  }
}
for (const { name, text } of readNewsHam()) {
  const comments = parseCommentCorpus(text);
  const counts = { spam: 0, hold: 0, ham: 0 };
  let hits = 0;
  for (const content of comments) {
    if (offerLogOdds(content) >= 1.5) {
      hits++;
      if (show === 'news-ham') process.stdout.write(`offer ${content.slice(0, 100)}\n`);
    }
    const v = scoreComment({ content }, model).verdict;
    counts[v === 'discard' ? 'spam' : v]++;
  }
  process.stdout.write(
    `news-ham ${name}: ${comments.length} comments: spam ${counts.spam}, held ${counts.hold}, ham ${counts.ham}; offer signals ≥ 1.5 log-odds on ${hits}\n`,
  );
}
