// Civic notices (docs/spam.md, "Civic notices"): readers pass on a relief hotline, a well-known
// humanitarian organisation's appeal or number, a volunteer call, a lost pet or a missing person.
// The learned weights (help, donate, a link, a toll-free number) read them as spam's. Two existing
// ham-side signals are extended, no new one:
// - a humanitarian organisation's own site (Red Cross and Red Crescent societies, the UN's
//   agencies, MSF, Save the Children, Oxfam …) is a reputable host (reputable.ts's list, matched by
//   registrable domain so a look-alike such as redcross-relief-donate.com never is one):
//   `reference-link` only in a comment that sells and contacts nothing else;
// - a phone number beside a relief body or a civic notice counts as `public-body-number`, like an
//   embassy's, and may sit beside public-reference or reputable links (analyze.ts), but never
//   where money is asked for in crypto, gift cards, a wire or a bank card, a messenger is named,
//   or money is promised (`civicNotice`); it then loses the number's kind and, when every link is
//   credited, the link count (`quietCivic`).
import { promisesMoney } from '../scams/fake-news-ad.ts';
import type { SignalCode } from '../signals.ts';
import { cheapLetters } from '../../text/letter-class.ts';

// A relief body or a civic notice named in the text: the Red Cross and Red Crescent, relief funds,
// programmes, hotlines and shelters, food banks, the emergency services, a lost pet, a missing person.
const CIVIC = cheapLetters(
  /\b(?:red cross|red crescent|salvation army|unicef|unhcr|world food programme|doctors without borders|msf|save the children|oxfam|food ?bank|(?:flood|fire|storm|disaster|earthquake|emergency|hurricane|tornado|drought|winter) (?:relief|appeal|shelter|line|helpline|hotline)|relief (?:fund|program|programme|line|helpline|hotline|effort)|emergency (?:shelter|line|helpline|hotline)|shelters?|evacuation (?:centre|center)|missing (?:person|since|dog|cat)|lost (?:dog|cat|pet)|went missing|been missing)\b|красн\p{L}* (?:крест|полумесяц)|мчс|гуманитарн\p{L}* помощ|пункт\p{L}* (?:сбора|приёма|приема)|пострадавш|погорел|пропал\p{L}* (?:собак|кошк|кот|человек|ребён|ребен|пожил)|红十字|紅十字|壹基金|救灾|賑災|赈灾|防汛|灾区|災區|寻狗|寻猫|寻人|走失/u,
);

// What a fake charity asks for or promises: crypto, gift cards, a wire, a bank card, a messenger,
// a payout. The civic reading never counts beside one.
const RED_FLAG =
  /\b(?:bitcoin|btc|usdt|ethereum|eth|crypto|wallet|gift ?cards?|itunes|google play|western union|moneygram|cash ?app|zelle|venmo|paypal|whatsapp|telegram|wechat|signal|dm|bank details|card number|receive|refund|bonus|cashback|double|prize|compensation|payment|grant|entitled|register|pay|paid|fee|tickets?|resale|seminar|webinar|invest\w*|earn\w*|profits?)\b|[$€£]\s?\d|биткоин|крипт|usdt|кошел[её]к|на карту|номер карты|перевод|whatsapp|ватсап|вотсап|телеграм|вайбер|выплат|компенсац|вернём|вернем|вдвойне|微信|转账|轉賬|返还|返現|返现|补贴|补助|領取|领取|usdt|比特币|qq/u;

/** Whether a normalised text names a relief body or a civic notice (a lost pet, a shelter, a
 * relief hotline), with no payment or messenger a fake charity asks for and no money promised. */
export function civicNotice(text: string): boolean {
  return CIVIC.test(text) && !RED_FLAG.test(text) && !promisesMoney(text);
}

/** The spam evidence a credited civic notice's number and links lose: the number's kind (a relief
 * hotline is toll-free, and next to "hotline"), and the link count when every link is credited. */
export function quietCivic(set: (code: SignalCode) => void, allLinksCredited: boolean): void {
  set('toll-free-number');
  set('support-number');
  if (allLinksCredited) {
    set('links');
    set('link-density');
  }
}
