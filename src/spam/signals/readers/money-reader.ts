// Readers telling their own money stories (issue 15, "stop flagging real readers", 2026-12-07 late;
// money-reader-examples.ts). Three offer readings sent them to spam:
//
// - `investment-pitch`'s amount phrase ("got $40 back", "made $9,000 in") and `recovery-scam`'s "got
//   my $75 back" read a refund from the reader's bank, card issuer or airline, or a shop's revenue,
//   as a testimonial: such a story names its bank or business and no helper (hacker, agent, expert,
//   broker, "Mr. …", signals, crypto), and then counts nothing (`isOwnMoneyStory`);
// - `earnings-offer`'s "I made $1,200 a month" beside a link read a reader's own income told as
//   experience ("on average", "my first year", "I wrote about it on my blog") as the pitch: it
//   counts nothing unless it is addressed to the reader ("you can too", "ask me how", "join";
//   `EARNINGS_PITCH_UNLESS`);
// - the payout-to-everyone phrase («пенсионерам выплата 20 000 рублей») counted beside any link,
//   the official portal's too: beside links that are all public references or reputable hosts
//   (gosuslugi.ru, gov.uk, gov.cn …), with no e-mail, phone or messenger, it counts nothing
//   (`officialPayouts`).
import type { NormalizedText } from '../../text/normalize.ts';
import { PAYOUT_PATTERNS } from '../offers/money-promise-patterns.ts';
import { isReputableLink } from '../reputable.ts';
import { isReferenceLink } from '../../text/url.ts';
import { ownProjectIncome } from './project-income.ts';

// The reader's own institution or business: a refund, a chargeback, a dispute, the bank, the
// airline, the shop's revenue, the salary or pension.
const OWN =
  /\b(?:net\s+income|net\s+profit|annual\s+report|quarterly\s+(?:report|results)|refund\w*|chargebacks?|charge-backs?|disput\w*|reimburs\w*|(?:my|the|our|their)\s+(?:bank|card issuer|credit union|airline|insurer|insurance)|revenue|sales|turnover|salary|wages?|pension|(?:my|our)\s+(?:shop|store|bakery|cafe|restaurant|business|food truck|salon))\b|банк|возврат\s+платеж|страхов|выручк|зарплат|пенси(?!онер)|营业额|營業額|工资|工資|退休金|养老金|養老金|银行|銀行|退款|拒付/u;

// A helper, a trade or a messenger: what a recovery or investment testimonial names.
const HELPER =
  /\b(?:hackers?|agents?|experts?|specialists?|recover\w*|retriev\w*|wizard|mr|mrs|ms|dr|brokers?|traders?|trading|forex|crypto\w*|bitcoin|btc|usdt|eth|invest\w*|signals?|portfolio|mentor|coach|account\s+manager|thanks\s+to|changed\s+my\s+life|whatsapp|telegram)\b|хакер|агент|эксперт|специалист|брокер|трейд|крипт|биткоин|инвест|сигнал|наставник|куратор|телеграм|вотсап|ватсап|黑客|专家|專家|高手|老师|老師|团队|團隊|导师|導師|币|幣|投资|投資|信号|信號|微信/u;

/** Whether a normalised text is a reader's refund, revenue or salary story naming no helper. */
export function isOwnMoneyStory(text: string): boolean {
  return OWN.test(text) && !HELPER.test(text);
}

// Income told as experience: an average, a year of it, a blog post about it, a salary, a shop's sales.
const EXPERIENCE =
  '\\b(?:on average|average|i wrote|wrote (?:about|up)|my blog|blog post|(?:first|second|third|\\d+(?:st|nd|rd|th)?) years?|years? (?:in|into|as|of)|before tax(?:es)?|after tax(?:es)?|salary|wages?|pension|paycheck|revenue|sales|turnover|(?:my|our|the|his|her|their)\\s+(?:(?:family|small|little|corner|local)\\s+)?(?:bakery|cafe|café|coffee\\s+shop|shop|store|bookshop|restaurant|bar|pub|farm|salon|barbershop|food\\s+truck|stall|kiosk|guesthouse|hostel|garage|workshop|studio|pharmacy))\\b|в среднем|в блоге|зарплат|пенси(?!онер)|выручк|(?:мо|наш)\\p{L}*\\s+(?:пекарн|кафе|кофейн|магазин|ресторан|салон|ферм|мастерск|ларёк|ларек|палатк)|平均|博客|总结|總結|工资|工資|营业额|營業額|(?:我|我们|我們|我家)的?(?:小)?(?:面馆|麵館|饭馆|飯館|餐馆|餐館|早餐店|小吃店|店|摊|攤|铺子|鋪子)';
// Addressed to the reader: what makes it an offer.
const ADDRESSED =
  "\\b(?:you can|you could|you too|you will|you'?ll|your (?:own|turn|chance)|join|ask me|dm me|message me|text me|click|sign up|register|from home|on (?:my|your) phone|passive|system|method|no experience|whatsapp|telegram|link in bio)\\b|сможе|присоедин|пиши|хочешь|хотите|переходи|регистр|телеграм|вотсап|你也|加入|加我|私聊|微信|点击|點擊";

/** What keeps `earnings-offer`'s income-beside-a-pitch phrases from counting: a warning, or income told as experience to nobody. */
export function earningsPitchUnless(warning: RegExp): RegExp {
  return new RegExp(`${warning.source}|^(?=[^]*?(?:${EXPERIENCE}))(?![^]*?(?:${ADDRESSED}))`, 'u');
}

const PAYOUTS = PAYOUT_PATTERNS.map((s) => new RegExp(s, 'gu'));
const MESSENGER =
  /@[a-z0-9_]{3,}|\b(?:whatsapp|telegram|wechat|tg)\b|телеграм|вотсап|ватсап|微信|qq|vx|加群|进群|進群|私聊/u;

/**
 * How many payout-to-everyone phrases to take back from `earnings-offer`'s count (`earnings`): all
 * of them when every link is a public reference or a reputable host (an official portal) and
 * there is no e-mail, phone or messenger; else none.
 */
export function officialPayouts(n: NormalizedText, earnings: number): number {
  if (earnings === 0 || n.urls.length === 0 || n.emails + n.phones > 0 || MESSENGER.test(n.text)) return 0;
  for (let i = 0; i < n.urls.length; i++) {
    const url = n.urls[i] as string;
    const domain = n.domains[i] ?? '';
    if (!isReferenceLink(url, domain) && !isReputableLink(url, domain)) return 0;
  }
  let found = 0;
  for (const re of PAYOUTS) {
    re.lastIndex = 0;
    while (re.exec(n.text) !== null) found++;
  }
  return Math.min(found, earnings);
}

/**
 * What to take back from `earnings-offer`'s count: the payouts beside an official portal
 * (`officialPayouts`), or every phrase when the income is the reader's own project's beside its
 * repository or documentation (project-income.ts).
 */
export function readerEarnings(n: NormalizedText, earnings: number): number {
  return officialPayouts(n, earnings) || ownProjectIncome(n, earnings);
}
