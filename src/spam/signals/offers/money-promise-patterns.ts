// The money promise in the forms spammers write it (2026-12-07 audit; money-promise-examples.ts):
// a return as a rate per period ("paying 5% a week", «доход 30% в месяц», 月收益30%), a multiple in
// a period ("double your money in 7 days", «удвоим депозит», 一个月翻倍), an unconditional promise
// (稳赚不赔, 保本保息, «гарантирована»), an amount per period addressed to the reader ("make $500 per
// day", «от 5000 ₽ в день», 一天赚500) and a payout to everyone ("the government pays every citizen
// 30,000 rubles", «каждому гражданину выплата 150 000 тенге», 每人可领). The yield-offer and
// earnings-offer families (contact-offer-patterns.ts, market-offer-patterns.ts) read them as extra
// contexts, and `claimsEarnings` (own-promotion.ts) reads the strongest through `promisesReturn`.
//
// Readers talk about money in the same numbers: a bank's deposit rate, inflation, tariffs, wages,
// the pension raised by 8%, crypto falling 5% a day, their own salary. So a rate counts only beside
// a guarantee, an invitation or a way to reach the writer and never beside a bank or a state body
// named as its source; a payout only beside a link or a contact and never in the past tense; and
// nothing counts in a warning, a report of a scheme or a question.
import { B } from './offer-patterns.ts';
import { withCheapLetters } from '../../text/letter-class.ts';

// The stems the families' guards gain (the stem scan decides which families' patterns run).
export const RATE_GUARD =
  /a week|per week|every week|weekly|a month|per month|every month|monthly|roi|double your|triple your|guarantee|в неделю|за неделю|в месяц|за месяц|ежемесячн|еженедельн|годовых|гарантир|удво|утрои|утроя|доходност|прибыл|月收益|周收益|週收益|每周|每週|每月|年化|保本|稳赚|穩賺|翻倍|回本/;
export const PAYOUT_GUARD =
  /every citizen|each citizen|all citizens|every resident|each resident|all residents|every pensioner|each pensioner|all pensioners|every person|each person|every adult|every member|each member|everyone gets|everyone receives|everyone can|earn|make|while you sleep|разда|выплат|выплачива|плати|платя|компенсаци|пособи|каждому|пока вы спите|в день|в сутки|в неделю|в месяц|за день|за месяц|可领|可領|可以领|可以領|领取|領取|发放|發放|都能领|都能領|可获|可獲|赚|賺|月入/;

// A guarantee, an invitation or a way to reach the writer: what turns a rate into an offer.
export const PROMISE =
  /\uE000|\uE001|\uE002|@[a-z0-9_]{3,}|\b(?:guarantee\w*|no risk|risk[- ]free|zero risk|100% safe|principal protected|join|register|sign up|dm|message me|ask me|contact|whatsapp|telegram|tg|link in|bio|invest with)\b|гарант|без риска|пиш(?:и|ите)|ссылк|регистрац|телеграм|в личку|в профиле|канал|稳赚|穩賺|保本|零风险|零風險|加微信|微信|加群|进群|進群|私聊|私信|联系|聯繫|客服|加入|qq|vx/u;

// A reader reporting, warning or mocking (contact-offer-patterns.ts's REPORT and more).
const REPORT =
  /\b(?:scams?|scammers?|scammed|ponzi|pyramid|fraud\w*|police|beware|warn\w*|so-called|fake|promis\w*|lost|schemes?)\b|мошен|обман|развод|пирамид|скам|полици|осторожн|обеща|потерял|не ведитесь|骗|騙|诈|詐|庞氏|龐氏|所谓|所謂|亏了|虧了|小心|报警|報警|上当|上當/u;

// A question about such a promise ("Is a 5% a week return even possible?", «правда ли дают»).
const QUESTION =
  /(?:^|[.!?]\s*)(?:is|are|did|does|can|could|was|were|has|have)\s(?!you\s)[^.!?]*\?|\b(?:really|seriously)\b[^.!?]*\?|правда ли|неужели|разве|кто-нибудь|кто нибудь|真的吗|真的嗎|是真的吗|是真的嗎/u;

// A link or a way to reach the writer: what a payout to everyone is sold with.
export const PAYOUT_CHANNEL =
  /\uE000|\uE001|\uE002|@[a-z0-9_]{3,}|\b(?:whatsapp|telegram|wechat|tg)\b|телеграм|вотсап|ватсап|微信|qq|vx|加群|进群|進群|私聊/u;

// A bank or a state body named as the source of a rate ("Halyk's deposit rate", «Нацбанк», 央行).
const BODY =
  /\b(?:banks?|halyk|kaspi|jusan|sber\w*|central bank|national bank|ministry|government|the state|statistics|inflation|mortgage)\b|банк|халык|каспи|сбер|министерств|минтруд|минфин|правительств|государств|статистик|инфляц|ипотек|央行|银行|銀行|国家|國家|政府|统计|統計|通胀|通脹|房贷|房貸/u;

// The payer's past tense: a payout reported, not offered ("the government paid", «выплатило», 发放了).
const PAST =
  /\b(?:paid|gave|raised|received|got|was|were)\b|выплатил|заплатил|получил|повысил|подняли|дали|发放了|發放了|发了|發了|领了|領了|提高了|上调/u;

// A market's or a price's move reported ("gold rose 5% a month", «подорожал», 涨了): news, not an offer.
const MOVE =
  /\b(?:rose|rises|fell|falls|went up|went down|gained|dropped|grew|grows|increased|decreased|rallied|jumped|surged|crashed)\b|вырос|выросл|упал|подорож|подешев|снизил|повысил|涨了|跌了|上涨|下跌|漲了|上漲/u;

// What every rate pattern below needs (a percentage, a multiple, a doubling, a Chinese return
// word), tested before PROMISE so that the many comments saying "a month" or «в месяц» with a
// "join" or a link in them never run the rate patterns themselves.
const RATE_TRIGGER =
  '%|[xх]\\s?\\d|double|triple|turn|удво|утро|稳赚|穩賺|保本|翻倍|回本|收益|利息|回报|回報|化';
/** The rate context's condition: a rate's trigger, then a guarantee, an invitation or a contact. */
export const RATE_WHEN = new RegExp(
  withCheapLetters(`^(?=[^]*?(?:${RATE_TRIGGER}))[^]*?(?:${PROMISE.source})`),
  'u',
);

/** What keeps a rate from counting. */
export const RATE_UNLESS = new RegExp(
  withCheapLetters(`${REPORT.source}|${QUESTION.source}|${BODY.source}|${MOVE.source}|${PAST.source}`),
  'u',
);
/** What keeps a payout or an amount per period from counting. */
export const PAYOUT_UNLESS = new RegExp(
  withCheapLetters(`${REPORT.source}|${QUESTION.source}|${PAST.source}`),
  'u',
);

const N = '\\d+(?:[.,]\\d+)?\\s*%';
const RU_MONEY = '(?:тысяч\\p{L}*|тыс\\p{L}*|руб\\p{L}*|р\\.?|₽|тенге|₸|сом\\p{L}*|\\$|долл\\p{L}*|к)';
const EN_PERIOD = '(?:a|one|\\d+)\\s+(?:days?|weeks?|months?)';

/** A return as a rate per period or a multiple in a period (counted beside PROMISE, unless RATE_UNLESS). */
export const RATE_PATTERNS: readonly string[] = [
  // "5% a week", "30% monthly", "weekly returns of 8%", "ROI 300%", "guaranteed 40% annual"
  `\\b${N}\\s*(?:(?:profit|returns?|roi|interest|income|yield|gains?)\\s+)?(?:a|per|every|each)\\s+(?:week|month)\\b|\\b${N}\\s+(?:(?:profit|returns?|roi|income|yield)\\s+)?(?:weekly|monthly)\\b|\\b(?:weekly|monthly)\\s+(?:profits?|returns?|roi|income|yields?|gains?)\\s+(?:of\\s+)?(?:up\\s+to\\s+)?${N}`,
  `\\broi\\s+(?:of\\s+)?(?:up\\s+to\\s+)?\\d+\\s*%|\\b\\d+\\s*%\\s+roi\\b|\\bguaranteed\\s+(?:[a-z]+\\s+)?${N}|\\b${N}\\s+(?:[a-z]+\\s+){0,2}?guaranteed\\b`,
  // "x10 in a month", "double your money in 7 days", "turn $200 into $2,000"
  `\\bx\\s?\\d+\\s+(?:in|within)\\s+${EN_PERIOD}\\b|\\b(?:double|triple|x\\d+)\\s+(?:your|the)\\s+(?:money|deposit|investment|capital|income|crypto|savings)\\s+(?:in|within)\\s+${EN_PERIOD}\\b|\\bturn\\s+[$€£]\\s?\\d[\\d,.]*k?\\s+into\\s+[$€£]\\s?\\d`,
  // «30% в месяц», «10% в неделю», «доходность 40% годовых», «прибыль 200%»
  `${N}\\s+(?:\\p{L}+\\s+)?(?:в|за)\\s+(?:неделю|месяц)|${N}\\s+(?:ежемесячно|еженедельно)|${B}(?:доходност|прибыл)\\p{L}*\\s+(?:от\\s+|до\\s+)?${N}|${B}доход\\p{L}*\\s+(?:от\\s+|до\\s+)?${N}\\s+(?:\\p{L}+\\s+)?(?:в|за)\\s+(?:день|сутки|неделю|месяц|год)`,
  // «удвоим депозит», «утроим вклад», «х10 за месяц»
  `${B}(?:удво|утро[ия])\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:депозит|вклад|деньг|капитал|сумм|инвестици|доход)\\p{L}*|${B}[хx]\\s?\\d+\\s+(?:за|в)\\s+(?:\\d+\\s+)?(?:день|дн|недел|месяц)\\p{L}*`,
  // 月收益30%, 年化收益20%, 稳赚不赔, 保本保息, 一个月翻倍, 七天回本
  '(?:月|周|週|每周|每週|每月|年化)(?:收益|利息|回报|回報|化)(?:率)?\\s*(?:高达|高達)?\\s*\\d|稳赚不赔|穩賺不賠|稳赚不亏|穩賺不虧|保本保息|保本(?:高息|收益)|(?:收益|本金)翻倍|(?:\\d+|[一二两三四五六七八九十])\\s*(?:天|周|週|个月|個月)(?:就能|即可)?(?:翻倍|回本)',
];

/** An amount per period addressed to the reader, passive income while one sleeps (beside PROMISE, unless PAYOUT_UNLESS). */
export const AMOUNT_PATTERNS: readonly string[] = [
  // "Earn $250 every day", "make $500 per day", "you can make $5k a month", "passive income while you sleep"
  `(?:^|[.!:;,]\\s*|\\byou\\s+(?:can|will|could)\\s+)(?:earn|make|get|receive)\\s+(?:up\\s+to\\s+|over\\s+|from\\s+)?[$€£]\\s?\\d[\\d,.]*\\s*k?\\+?\\s+(?:a|per|every|each)\\s+(?:day|week|month)\\b|\\b(?:passive\\s+income|earn\\w*|make\\s+money)\\s+while\\s+you\\s+sleep\\b`,
  // «от 5000 ₽ в день», «до 1000 $ в месяц», «доход пока вы спите»
  `${B}(?:от|до)\\s+\\d[\\d\\s.,]*\\s*${RU_MONEY}\\s+(?:в|за)\\s+(?:день|сутки|неделю|месяц)|${B}(?:доход|зарабатыва|заработ)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?пока\\s+(?:вы\\s+|ты\\s+)?(?:спите|спишь)`,
  // 一天赚500, 每天躺赚300, 月入三万, 躺着也能赚钱
  '(?:一天|每天|每日|一周|一週|一个月|一個月|每月|每周|每週)(?:就能|能|可|轻松|輕鬆|躺)?(?:赚|賺)(?:了)?\\s*(?:\\d|[一二两三四五六七八九十百千万萬几幾])|月入\\s*(?:[一二两三四五六七八九十]+|\\d+)\\s*(?:万|萬|千)|躺着(?:也能)?(?:赚钱|賺錢)|躺著(?:也能)?(?:賺錢)',
];

/** A payout to everyone (beside a link or a contact, unless PAYOUT_UNLESS). */
export const PAYOUT_PATTERNS: readonly string[] = [
  // "the government pays every citizen", "everyone gets $1000", "each pensioner receives"
  `\\b(?:pays|paying|gives|giving|sends)\\s+(?:[a-z]+\\s+){0,2}?(?:every|each|all)\\s+(?:citizens?|residents?|pensioners?|persons?|adults?|members?)\\b|\\b(?:everyone|every\\s+(?:citizen|resident|person|pensioner)|each\\s+(?:citizen|resident|person|pensioner))\\s+(?:gets|can\\s+get|receives|can\\s+receive|can\\s+claim|is\\s+entitled\\s+to)\\s+(?:up\\s+to\\s+)?[$€£]?\\s?\\d`,
  // «раздаёт по 150 000 тенге», «каждому гражданину выплата», «платит каждому россиянину», «пенсионерам выплата по 50 000»
  `${B}(?:разда[ёе]т|раздают|разда[ёе]м)\\s+(?:\\p{L}+\\s+){0,2}?(?:по\\s+)?\\d|${B}(?:каждому|всем|пенсионерам|гражданам|жителям|казахстанцам|россиянам)\\s+(?:\\p{L}+\\s+){0,2}?(?:выплат|компенсаци|пособи)\\p{L}*\\s+(?:по\\s+|в\\s+размере\\s+)?\\d|${B}(?:выплачива\\p{L}*|плат[ия]т)\\s+(?:\\p{L}+\\s+){0,2}?(?:каждому|всем)\\s+(?:граждан|жител|пенсионер|казахстанц|россиян)\\p{L}*|${B}каждому\\s+(?:граждан|жител|пенсионер|казахстанц|россиян)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?по\\s+\\d`,
  // 每人可领, 每位市民可领取, 给每个公民发放
  '(?:每人|每个人|每個人|每位|每个|每個|人人)[^，。！？,.!?]{0,4}?(?:可领|可領|可以领|可以領|领取|領取|发放|發放|都能领|都能領|可获|可獲)',
];

// The strongest of them, for `claimsEarnings`: a guaranteed rate or a multiple in a period, and a
// payout to everyone (its callers add the link, the opener and the warning words).
const RETURN_CLAIM = new RegExp(
  withCheapLetters([RATE_PATTERNS[1], RATE_PATTERNS[2], RATE_PATTERNS[4], ...PAYOUT_PATTERNS].join('|')),
  'u',
);
const RETURN_TRIGGER = /\d|удво|утро|翻倍|每|人人/u;

/** Whether a normalised text promises a guaranteed return, a multiple in a period or a payout to everyone. */
export function promisesReturn(text: string): boolean {
  return RETURN_TRIGGER.test(text) && RETURN_CLAIM.test(text) && !PAYOUT_UNLESS.test(text);
}
