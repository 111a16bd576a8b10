// An earnings claim that asks to be written to in DMs (issue 15, 2026-12-07, third session;
// docs/spam.md, "Russian and Chinese gaps"): «Метод проверенный, доход ежедневный от 7000 …
// пишите в личку», «теперь имею 200к в месяц. Напиши мне в личку», 日入五百，有意者私信,
// 一天轻松三四百，想了解的私我, 月入过万，感兴趣的滴滴我. The EARNINGS family reads the pitch when it
// names a channel (a link, a handle, a number); the reply chain's seed with no way to reach its
// writer is only held (contactless-claim.ts). «Пишите в личку» and 私信我 are a way to reach the
// writer: the comment asks strangers to open a private conversation, which is where the seed's
// offer is made, as contactless-claim.ts already reads them (its MESSENGER). So the claim beside a
// DM ask counts as the pitch: the claim once, and the claim followed by the ask once more.
//
// Readers write each half: a salary («у меня зарплата 180 000», 月薪六千), a courier's pay
// («курьеры получают от 7000 в день», 一天跑十二个小时也就赚三四百), "DM me for the file" («пишите в
// личку, скину PDF», 需要原文的可以私信我), a warning about such adverts. So the claim must be the
// pitch's (income, earnings or a day's take, an amount per period or a day's amount, 日入, 月入过万,
// 带你赚钱), the ask a DM, the two in that order and near; never beside a salary, a named job
// (the driver's and the courier's claims stay contactless-claim.ts's), a warning or a report.
import type { OfferContext } from './offer-family.ts';
import { B } from './offer-patterns.ts';

// The stems the EARNINGS guard gains: the DM ask's (the claims count only beside one, and most
// comments have none, while «получаю», 一天 and 收入 are in many).
export const DM_EARNINGS_GUARD = /лс|личк|личн|директ|私信|私聊|私我|滴滴我|滴我|私戳/;

const AMOUNT_RU = `(?:от\\s+|до\\s+|по\\s+|более\\s+)?\\d[\\d\\s.,-]*\\s*(?:к|k|тыс\\p{L}*|руб\\p{L}*|р|₽|тенге|₸|сом|\\$|долл\\p{L}*)?\\.?`;
const PERIOD_RU = `(?:(?:в|за)\\s+(?:день|сутки|неделю|месяц)|ежедневно|каждый\\s+день)`;
// «доход ежедневный от 7000», «имею 200к в месяц», «заработок от 2000 ежедневно», «с доходом от 60
// тысяч в месяц», «выплаты каждый день от 10 000»
const CLAIM_RU = `${B}(?:доход\\p{L}*|заработ\\p{L}*|зарабатыва\\p{L}*|прибыл\\p{L}*|выплат\\p{L}*|получаю|имею|поднимаю)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:${AMOUNT_RU}\\s*${PERIOD_RU}|(?:ежедневн\\p{L}*|каждый\\s+день)\\s+(?:от\\s+|до\\s+|по\\s+)?\\d[\\d\\s.,-]*)`;
// 日入五百, 日结200, 月入过万, 一天轻松三四百, 每天稳定收入八百, 一天收入几百块, 带你赚钱
const ZH_NUMBER = '(?:\\d{3,}|[\\d一二两三四五六七八九十几]*[百千万])';
const CLAIM_ZH = `(?:日入|日結|日结|日赚|日賺)\\s*${ZH_NUMBER}|月入(?:过万|過萬|${ZH_NUMBER})|(?:一天|每天|每日)(?:轻松|輕鬆|稳定|穩定|能|就能|可以)?(?:收入|赚|賺|挣|掙)?(?:轻松|輕鬆)?${ZH_NUMBER}|(?:带|帶)(?:你|大家)(?:一起)?(?:赚钱|賺錢|挣钱|掙錢)`;

// The DM ask: «пишите в личку», «жду в личке», «в личные сообщения», «всё расскажу в директ»,
// 私信, 私聊, 私我, 滴滴我.
const ASK_RU = `(?:(?:пиш\\p{L}*|напиш\\p{L}*|жду|стучи\\p{L}*|расскажу|подробност\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?)?(?:в|во)\\s+(?:лс|личк\\p{L}*|личн\\p{L}*\\s+сообщени\\p{L}*|директ)(?![\\p{L}\\p{N}])`;
const ASK_ZH = '私信|私聊|私我|滴滴我|滴我|私戳';
const ASK = new RegExp(`${ASK_ZH}|(?<![\\p{L}\\p{N}])(?:лс|личк|личн\\p{L}*\\s+сообщени|директ)`, 'u');

// A salary, a named job, a warning or a report: a reader's voice.
const UNLESS =
  /зарплат|оклад|мой\s+доход|у\s+меня\s+доход|налог|(?<!\p{L})ип(?!\p{L})|самозанят|交流|打工|情况|情況|生活|当地|當地|房贷|房貸|压力|壓力|курьер|такси|водител|доставк|мошен|развод|обман|не\s+ведит|пирамид|так\s+пишут|обещают|обещал|月薪|工资|工資|薪水|外卖|外賣|快递|快遞|骑手|騎手|司机|司機|骗|騙|别信|別信|所谓|所謂|小心|举报|舉報/u;

/** The claim beside a DM ask, as a context of the EARNINGS family. */
export const DM_EARNINGS: OfferContext = {
  when: ASK,
  unless: UNLESS,
  patterns: [
    `(?:${CLAIM_RU})`,
    `(?:${CLAIM_RU})[^?]{0,80}?${ASK_RU}`,
    `(?:${CLAIM_ZH})`,
    `(?:${CLAIM_ZH})[^?？]{0,40}?(?:${ASK_ZH})`,
  ],
};
