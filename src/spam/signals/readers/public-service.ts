// News readers pointing others to a public body's own channels, portals and alerts (issue 15,
// 2026-12-07, evening; docs/spam.md, "Readers on a public body's channels"): "The customs committee
// posts the new tariffs on its Telegram channel first: <t.me link>", "the embassy's Telegram
// channel", «в своём телеграм-канале», «канал посольства», 铁路12306的官方微博, "Check out the photos
// from the Khorgos dry port on the operator's site", "check your visa status on the e-visa portal",
// and advice to subscribe to such a body's alerts ("Subscribe to the railway's SMS alerts",
// «подпишитесь на рассылку министерства», 订阅12306的短信提醒). The text model learned "Telegram
// channel", "subscribe", "alerts" and "check out" from YouTube plugs and SMS subscription services,
// so "The customs committee posts the new tariffs on its Telegram channel first: <link>" went to
// spam (0.88) and "Subscribe to the railway's SMS alerts …" to spam (0.74).
//
// A link is a public body's own when the comment names a public body or a public operator (a
// ministry, an embassy, customs, the railway, a dry port, an akimat; PUBLIC_BODY of commercial.ts and
// OPERATOR here), says the channel, page, site or portal is theirs (its/their, "the embassy's",
// «канал посольства», «в своём канале», 的官方微博), and the link is on a channel platform (Telegram,
// VK, Weibo, WeChat, X, Facebook, a YouTube channel), on a public-sector domain, or on a site whose
// name borrows no government's or payment's word. Never: the writer's own or a reply's ("my/our
// channel", "follow me", «мой канал», «на нас», 我的频道), a Telegram invite link, a handle or domain
// with a payment's word (t.me/customs_kz_vyplaty, gov-kz-payments.top, egov-kz-kompensaciya.com),
// a cheap TLD. analyze.ts credits such links as reputable (`reference-link`) and leaves them out of
// `links` and `link-density` only in a comment that sells, promotes, contacts and promises nothing.
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';
import type { NormalizedText } from '../../text/normalize.ts';
import { isShortener } from '../../text/url.ts';
import type { SignalNote } from '../../signal-note.ts';
import { linkDensity, linkSignal } from '../../signal-values.ts';
import { PUBLIC_BODY } from '../commercial.ts';
import { isOutletLookalike, isVideoLink } from '../reputable.ts';
import { SIGNAL_CODES, type SignalCode } from '../signals.ts';

// Public operators readers follow beside the bodies of PUBLIC_BODY: the railway, ports, dry ports
// and airports, the e-visa and e-government portals, the foreign ministry's short names.
const OPERATOR = cheapLetters(
  /\b(?:railways?|rail operator|dry port|seaport|port operator|airport|e-?visa|e-?gov|12306)\b|железн\p{L}* дорог|(?<!\p{L})(?:ктж|кгд|мид|минтранс|цон|вокзал\p{L}*|аэропорт\p{L}*|сух\p{L}* порт\p{L}*)(?!\p{L})|铁路|鐵路|口岸|机场|機場|陆港|陸港|移民管理局|外交部|交通部/u,
);

// The channel, page, site or portal said to be the body's: its/their, "the embassy's", "the
// e-visa portal", «в своём/их канале», «у себя в канале», «канал посольства», «на портале», 的官方微博.
const THEIRS = cheapLetters(
  /\b(?:its|their)\s+(?:own\s+|official\s+|new\s+)?(?:telegram\s+|wechat\s+|vk\s+|weibo\s+|twitter\s+|facebook\s+|youtube\s+)?(?:channel|page|account|feed|site|website|portal)\b|\b(?:ministry|embassy|consulate|committee|service|railways?|operator|akimat|council|government|customs|police|port|airport|authorit(?:y|ies)|department|office|agency|inspectorate)'s\s+(?:own\s+|official\s+|new\s+)?(?:telegram\s+|wechat\s+|vk\s+|weibo\s+|twitter\s+|facebook\s+|youtube\s+)?(?:channel|page|account|feed|site|website|portal)\b|\bthe\s+(?:official\s+)?(?:e-?visa|e-?gov|government|customs|ministry|embassy|railway|state)\s+(?:portal|site|website|channel)\b|(?<!\p{L})(?:сво[её]м|их|у\s+себя\s+в)\s+(?:официальн\p{L}*\s+)?(?:телеграм-?\s*)?(?:канал|сайт|портал|паблик|аккаунт)\p{L}*|(?<!\p{L})(?:канал|сайт|портал|паблик|страниц)\p{L}*\s+(?:посольств|консульств|министерств|таможн|мид|кгд|акимат|правительств|минтранс|погранслужб|железн|вокзал|аэропорт)|(?<!\p{L})на\s+(?:официальн\p{L}*\s+)?портал\p{L}*|的(?:官方)?(?:微博|公众号|公眾號|官网|官網|网站|網站|账号|帳號|频道|頻道)|官方微博|官方账号|官方帳號/u,
);

// The writer's own channel or a reply's, anywhere in the comment: never a public body's.
const OWN = cheapLetters(
  /\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:channel|page|site|website|account|feed|portal|app|alerts|newsletter|blog)\b|\b(?:follow|subscribe\s+to|sub\s+to|join)\s+(?:me|us)\b|(?<!\p{L})(?:мо|наш)\p{L}*\s+(?:\p{L}+[\s-]+)?(?:канал|сайт|страниц|паблик|рассылк|блог)|(?<!\p{L})на\s+(?:меня|нас)(?!\p{L})|我们?的.{0,4}(?:频道|頻道|公众号|公眾號|微博|网站|網站|账号|帳號|官网|官網)|我們的|本频道|本頻道/u,
);

// A channel platform's page of an account (a Telegram invite, t.me/+… or joinchat, is no public
// channel); a payment's word in a link or a domain that borrows a government's name.
const CHANNEL_LINK =
  /^(?:https?:\/\/)?(?:www\.|m\.)?(?:(?:t|telegram)\.me\/(?!\+|joinchat)|vk\.com\/(?!video|clip)|weibo\.(?:com|cn)\/|mp\.weixin\.qq\.com\/|(?:x|twitter|facebook|instagram)\.com\/|ok\.ru\/|dzen\.ru\/|youtube\.com\/(?:@|channel\/|c\/))/;
const PAYMENT_WORD =
  /vyplat|viplat|kompens|compens|payment|payout|refund|bonus|prize|butie|buzhu|subsid|casino|earn|zarabot|invest|crypto|giveaway|loan|kredit|help|support|agent|manager|admin|_?bot\b/;
// Money paid out or won, and a service sold: what a scam posing as a public body's channel says
// ("the tax office's channel is giving away bonuses to every citizen", «выплаты 42 500 тенге
// каждому», «помощь с визой за 2 дня», 代办签证); a comment saying it gets no public body's credit.
/** Money paid out or won, or a service sold (also official-links.ts and reader-remarks.ts). */
export const PAYOUT_OR_SALE = cheapLetters(
  /\b(?:bonus(?:es)?|compensations?|payments?|payouts?|refunds?|benefits?|giv(?:e|es|ing)\s+away|free|prizes?|cash|winners?|lottery|grants?|subsid(?:y|ies)|allowances?|every\s+citizen|tenge|rubles?|roubles?|yuan|help\s+with|assistance|guaranteed?|no\s+refusals?|cheap(?:er|est)?|discounts?|deals?|register\s+now)\b|[$₸¥€£]\s*\d|\d\s*(?:[$₸¥€£]|usd|kzt)|выплат|компенсац|пособи|бонус|приз|выигр|бесплатн|тенге|рубл|каждому|помощь|помож|помог|гарант|отказ|дешев|скидк|补贴|補貼|补偿|補償|领取|領取|每人|红包|紅包|免费|免費|奖|獎|\d\s*元|代办|代辦|出签|出簽|低价|低價|优惠|優惠|清关|清關/u,
);
const GOV_WORD = /(?:^|[.\d-])(?:e-?)?(?:gov|gos)|minist|offic|portal/;
// A messenger's contact or invite, or a shortener: a way to reach someone, never a body's site.
const CONTACT_LINK =
  /^(?:https?:\/\/)?(?:www\.)?(?:(?:t|telegram)\.me\/(?:\+|joinchat)|wa\.me\/|(?:api|chat)\.whatsapp\.com\/|invite\.viber\.com|line\.me\/|qm\.qq\.com\/|u\.wechat\.com\/|discord\.gg\/|signal\.me\/)/;
const CHEAP_TLD =
  /\.(?:top|xyz|site|online|click|vip|icu|buzz|shop|store|live|info|biz|cc|ws|link|win|bid|loan)$/;

/** Whether link `i` of a comment is a public body's own by the reader's account: a channel
 * platform's page, a link `known` already (a public reference or a reputable host), or a site whose
 * domain borrows no government's word and has no cheap TLD; never a video, a look-alike outlet or a
 * link with a payment's word. */
export function isBodySite(n: NormalizedText, i: number, known: boolean): boolean {
  const link = (n.urls[i] as string).toLowerCase();
  if (PAYMENT_WORD.test(link) || isVideoLink(link) || CONTACT_LINK.test(link)) return false;
  if (known || CHANNEL_LINK.test(link)) return true;
  const domain = n.domains[i] as string;
  return (
    domain !== '' &&
    !GOV_WORD.test(domain) &&
    !CHEAP_TLD.test(domain) &&
    !isShortener(domain) &&
    !isOutletLookalike(domain)
  );
}

/** A public body's own links in a comment: how many, their characters, and how many of them
 * `known` (url, domain) did not already credit (a public reference or a reputable host). */
export interface PublicBodyLinks {
  links: number;
  chars: number;
  added: number;
  /** The links are an official video or visa site (official-links.ts), not a public body's channel. */
  official?: boolean;
}

const NONE: PublicBodyLinks = { links: 0, chars: 0, added: 0 };

/** The links a reader names as a public body's own channel, page, site or portal (the rules above).
 * None when the comment names no public body or operator, says no channel or site is theirs, or
 * speaks of the writer's own. */
export function publicBodyLinks(
  n: NormalizedText,
  known: (url: string, domain: string) => boolean,
): PublicBodyLinks {
  if (n.urls.length === 0 || !THEIRS.test(n.text)) return NONE;
  if (!(PUBLIC_BODY.test(n.text) || OPERATOR.test(n.text)) || OWN.test(n.text)) return NONE;
  if (PAYOUT_OR_SALE.test(n.text)) return NONE;
  let links = 0;
  let chars = 0;
  let added = 0;
  for (let i = 0; i < n.urls.length; i++) {
    const before = known(n.urls[i] as string, n.domains[i] as string);
    if (!isBodySite(n, i, before)) continue;
    links++;
    chars += (n.urls[i] as string).length;
    if (!before) added++;
  }
  return { links, chars, added };
}

const LINKS_AT = SIGNAL_CODES.indexOf('links');
const DENSITY_AT = SIGNAL_CODES.indexOf('link-density');

/** Leaves a public body's own links (`publicBodyLinks`) out of `links` and `link-density` (`urlChars`:
 * the characters of all the comment's links) and says so in the `links` reason's note. */
export function uncountPublicLinks(
  n: NormalizedText,
  urlChars: number,
  found: PublicBodyLinks,
  set: (index: number, value: number, count: number) => void,
  notes: Map<SignalCode, SignalNote> | null,
): Map<SignalCode, SignalNote> | null {
  const counted = n.urls.length - found.links;
  set(LINKS_AT, linkSignal(counted), counted);
  const density = linkDensity(urlChars - found.chars, n.textLength);
  set(DENSITY_AT, density, density);
  const out = notes ?? new Map<SignalCode, SignalNote>();
  const to = found.official
    ? found.links === 1
      ? 'an official video or site'
      : 'official videos or sites'
    : found.links === 1
      ? "a public body's own channel or portal"
      : "public bodies' own channels or portals";
  out.set('links', {
    message: `${counted === 1 ? '1 link' : `${counted} links`} (not counted as promotion: ${found.links} to ${to})`,
    values: { publicBody: found.links },
  });
  return out;
}

// Advice to subscribe to, sign up for or follow a public body's alerts, newsletter or channel: the
// verb and what follows it up to the clause's end, kept when that names a public body or operator
// and a service ("Subscribe to the railway's SMS alerts", «подпишитесь на рассылку министерства»,
// 订阅12306的短信提醒, 关注大使馆的公众号), and never the writer's own or "the/their" left out ("subscribe
// to my channel", «подпишитесь на наш канал», 关注我的频道).
const ADVICE = new RegExp(
  withCheapLetters(
    '\\b(?:subscribe\\s+to|sign\\s+up\\s+(?:for|to)|follow)\\s+(?:the|their|its)\\s+[^.!?,:;]{1,60}|(?<!\\p{L})(?:подпиш\\p{L}*|подписыва\\p{L}*)\\s+на\\s+[^.!?,:;]{1,60}|(?:订阅|訂閱|关注|關注)[^。！？，,.!?：:；;]{1,30}',
  ),
  'gu',
);
const SERVICE =
  /\b(?:alerts?|newsletters?|notifications?|updates|channel|bulletins?|mailing list|sms|texts|page|account|feed)\b|рассылк|канал|уведомлени|оповещени|смс|новост|公众号|公眾號|微博|短信|提醒|通知|频道|頻道/;
const ADVICE_GUARD = /subscri|sign up|follow|подпи|订阅|訂閱|关注|關注/;

/** The spans of a normalised text that advise subscribing to or following a public body's alerts or
 * channel, in order (left out of the self-promotion count and counted as a reader's subscription
 * remark, analyze.ts). */
export function publicServiceAdvice(text: string): [number, number][] {
  if (!ADVICE_GUARD.test(text) || OWN.test(text) || PAYOUT_OR_SALE.test(text)) return [];
  const spans: [number, number][] = [];
  ADVICE.lastIndex = 0;
  for (let m = ADVICE.exec(text); m !== null; m = ADVICE.exec(text)) {
    const span = m[0];
    if (SERVICE.test(span) && (PUBLIC_BODY.test(span) || OPERATOR.test(span)) && !PAYMENT_WORD.test(span))
      spans.push([m.index, m.index + span.length]);
  }
  return spans;
}

/** A comment's subscription remarks (subscribe-remark.ts) with its advice on a public body's alerts
 * added, in order. */
export function withPublicServiceAdvice(remarks: [number, number][], text: string): [number, number][] {
  const advice = publicServiceAdvice(text);
  if (advice.length === 0) return remarks;
  return [...remarks, ...advice].sort((a, b) => a[0] - b[0]);
}
