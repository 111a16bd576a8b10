// Relief, grant and compensation payment scams (issue 15, 2026-12-07 late; testimonial-examples.ts):
// "the relief payment of $2,000 is ready, claim at <domain>", "government grant for citizens, check
// your eligibility at …", "compensation for victims of …, apply at …", «получите выплату»,
// «компенсация пострадавшим … на сайте …», 补贴/补助金/补偿金 … 点击领取. The payment named and the
// call to claim it, beside a link to a site that is neither a public reference (gov.uk, gov.kz,
// egov.kz, gov.cn …) nor a reputable host: counted as `earnings-offer` phrases (offers.ts), so no
// signal is added. Readers pass on the official portal, say the payment arrived, or warn about the
// texts ("phishing", «мошенники», 诈骗短信): none of that counts.
import type { NormalizedText } from '../../text/normalize.ts';
import { countFarCalls } from './relief-payment-far.ts';
import { isReputableLink } from '../reputable.ts';
import { isReferenceLink } from '../../text/url.ts';
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';

// The cheap test: a payment's stem (most comments with a link have none).
const TRIGGER =
  /relief|stimulus|grant|rebate|compensat|subsid|payout|payment|benefit|выплат|компенсац|субсид|пособи|补贴|補貼|补助|補助|补偿|補償|救济|救濟|津贴|津貼/;

// The payment named: a relief, stimulus or grant payment, a government grant, compensation for victims.
const PAYMENT = [
  /\b(?:relief|stimulus|grant|compensation|subsidy|benefit|bonus|support|assistance|cost of living|tax refund)\s+(?:payments?|funds?|money|checks?|cheques?)\b|\b(?:government|federal|state|national|citizens?|emergency|household)\s+(?:relief\s+)?(?:grants?|payments?|compensation|subsid(?:y|ies)|payouts?)\b|\bcompensation\s+for\s+(?:the\s+)?(?:victims|losses|those|people|residents|depositors|citizens|families)\b|\b(?:grants?|payments?|compensation|payouts?)\s+(?:of|up to)\s+[$€£]\s?\d/g,
  // "a $6,400 relief grant", "the $5,000 housing grant", "an energy rebate" (2026-12-07, third session)
  /[$€£]\s?\d[\d,.]*k?\s+(?:[a-z]+\s+){0,2}?(?:grants?|rebates?|payments?|checks?|cheques?|subsid(?:y|ies))\b|\b(?:energy|tax|utility|housing|heating|fuel|rent|inflation)\s+rebates?\b/g,
  // «государственная субсидия», «компенсация пострадавшим», «компенсация … от государства», «выплата 12 000 тенге», «получите выплату»
  cheapLetters(
    /(?<![\p{L}\p{N}])(?:(?:государствен|единоврем|социальн|денежн)\p{L}*\s+(?:выплат|компенсаци|субсиди|пособи)\p{L}*|(?:выплат|компенсаци|субсиди|пособи)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:пострадавш|вкладчик|граждан|семь|пенсионер|жител|каждо|всем|россиян|казахстанц)\p{L}*|(?:выплат|компенсаци|субсиди|пособи)\p{L}*\s+(?:\p{L}+\s+){0,4}?от\s+государств\p{L}*|(?:выплат|компенсаци|субсиди|пособи)\p{L}*\s+(?:в\s+размере\s+|до\s+|от\s+)?\d|получ(?:ите|и)\s+(?:\p{L}+\s+)?(?:выплат|компенсаци|субсиди|пособи)\p{L}*)/gu,
  ),
  /补贴|補貼|补助金?|補助金?|补偿金?|補償金?|救济金|救濟金|津贴|津貼/gu,
];

// The call to claim it, pointing at the link in the same sentence (a link within 40 characters
// after it, or for Chinese within 12 before or after): claim/apply/register at, check your
// eligibility at, confirm your details at, «получите выплату на сайте», «проверьте по ссылке»,
// 点击领取, 在 … 填写信息. A reader's "apply at the county office, see <article>" points elsewhere.
const GAP = '[^.!?\\n\\uE000]{0,40}?';
const GAP_ZH = '[^。！？?!\\n\\uE000]{0,12}?';
const CALL = [
  new RegExp(
    `\\b(?:claim|apply|register|sign up|submit your claim|check (?:your |if you are |whether you are )?(?:eligib|qualif)\\w*|see if you (?:qualify|are eligible|are owed)|find out (?:if|whether|how much)|confirm your (?:details|identity|data|bank))\\b${GAP}\\uE000`,
    'g',
  ),
  new RegExp(
    withCheapLetters(
      `(?<![\\p{L}\\p{N}])(?:получ(?:ите|и|ить)\\s+(?:\\p{L}+\\s+)?(?:выплат|компенсаци|деньг|средств|субсиди|пособи)\\p{L}*|оформ(?:ите|ить|ление)\\p{L}*|проверьте|узнайте|подайте\\s+заявк\\p{L}*|заполните\\s+(?:анкет|форм|заявк)\\p{L}*)${GAP}\\uE000`,
    ),
    'gu',
  ),
  new RegExp(
    withCheapLetters(
      `(?:点击|點擊|领取|領取|申领|申領|入口|登记|登記|扫码|掃碼|登录|登錄|访问|訪問)${GAP_ZH}\\uE000|\\uE000${GAP_ZH}(?:填写信息|填寫信息|领取|領取|登记|登記|申领|申領|查看资格|查看資格|办理|辦理)`,
    ),
    'gu',
  ),
];

// What the scam tells the reader besides, counted only beside such a call: "your … payment", "is
// ready", "you are eligible", "no repayment", «начислена», «одобрена», «положена».
const EXTRA = [
  /\byour\s+(?:household\s+)?(?:relief|stimulus|grant|compensation|subsidy|benefit)\b|\b(?:is|are)\s+(?:now\s+)?(?:ready|waiting|approved|pending)\b|\byou\s+are\s+eligible\b|\bqualif(?:y|ies)\s+for\b|\bno\s+repayment\b/g,
  cheapLetters(/(?<![\p{L}\p{N}])(?:начислен|одобрен|положен)\p{L}*/gu),
];

// A reader warning about the texts, or reporting a payment received.
const WARNING = cheapLetters(
  /\b(?:scams?|scammers|phishing|fake|beware|watch out|warn\w*|never(?! (?:claim|apply|check)\w*)|(?:don'?t|do not)(?! (?:be one of them|miss|wait|let it|forget|delay))|be careful|spam|arrived|(?<!have you )received|got mine)\b|мошен|фишинг|обман|развод|осторожн|не\s+верьте|не\s+переходите|никогда|пришл[аио]|получил[аи]?(?!\p{L})|骗子|是骗|假的|钓鱼|釣魚|别信|別信|不要相信|小心|警惕|诈骗短信|詐騙短信|诈骗链接|就是诈骗|已经到账|已經到賬|打到/u,
);

function count(patterns: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of patterns) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

/**
 * How many relief-payment phrases (the payment named, the call to claim it at the link, what the
 * scam tells besides) a normalised text has,
 * or 0 unless it has both, a link that is neither a public reference nor a reputable host, and no
 * warning or report.
 */
export function countReliefPayment(n: NormalizedText): number {
  if (n.urls.length === 0 || !TRIGGER.test(n.text)) return 0;
  const payments = count(PAYMENT, n.text);
  if (payments === 0) return 0;
  // (the link further away, presented or last: relief-payment-far.ts)
  const calls = count(CALL, n.text) || countFarCalls(n.text);
  if (calls === 0 || WARNING.test(n.text)) return 0;
  const extra = count(EXTRA, n.text);
  for (let i = 0; i < n.urls.length; i++) {
    const url = n.urls[i] as string;
    const domain = n.domains[i] ?? '';
    if (!isReferenceLink(url, domain) && !isReputableLink(url, domain)) return payments + calls + extra;
  }
  return 0;
}
