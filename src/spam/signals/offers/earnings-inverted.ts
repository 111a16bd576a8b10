// Russian earnings pitches with the adjective after the noun (issue 15, 2026-12-07; docs/spam.md,
// "Messenger stand-ins, far relief links, inverted earnings pitches"): «способ простой, заработок
// от 3000 в день», «доход стабильный, вложений никаких», «работа лёгкая — оплата ежедневно», «схема
// рабочая, прибыль ежедневная». The EARNINGS family (market-offer-patterns.ts) reads the usual order
// («простой способ», «без вложений»); this is its inverted form, read as one more context.
//
// Readers write the same pairs: «способ простой: подать заявление через egov», a job reviewed
// («зарплата стабильная, работа лёгкая, но коллектив тяжёлый»), an advert quoted in a warning
// («доход стабильный, вложений никаких — так пишут мошенники»). So a pair counts only as a pitch:
// two such claims in a row (the second after a comma, a dash or a full stop), beside a way to reach
// the writer (a link, a handle, «пиши в лс», «в телеграм», «подробности»), and never in a warning,
// a report of what was promised, or a review with «но».
import type { OfferContext } from './offer-family.ts';
import { B } from './offer-patterns.ts';

// The stems the EARNINGS guard gains: every claim below has one of these or a stem the guard had.
export const INVERTED_GUARD = /способ|метод|схем|систем|прибыл|оплат|вывод|вложени|опыт/;

// One inverted claim: a noun of the pitch, then its praise.
const CLAIM = [
  // «способ простой», «схема рабочая», «метод проверенный»
  `(?:способ|метод|схем[аы]|систем[аы])\\s+(?:очень\\s+)?(?:прост|рабоч|проверенн|л[её]гк|над[её]жн|быстр)\\p{L}*`,
  // «доход стабильный», «заработок реальный», «прибыль ежедневная», «вывод моментальный»
  `(?:доход|заработ(?:ок|ка)|прибыл[ьи]|выплат[аы]|оплат[аы]|вывод)\\s+(?:очень\\s+)?(?:стабильн|ежедневн|пассивн|реальн|моментальн|мгновенн|гарантированн|высок|хорош|быстр|л[её]гк)\\p{L}*`,
  // «работа лёгкая», «подработка удалённая»
  `(?:работа|подработка|занятость)\\s+(?:очень\\s+)?(?:л[её]гк|прост|удал[её]нн|несложн|свободн)\\p{L}*`,
  // «оплата ежедневно», «выплаты каждый день», «платим каждый день»
  `(?:оплат[аы]|выплат[аы]|вывод|платим|выплачиваем)\\s+(?:ежедневно|каждый\\s+день|сразу|моментально|в\\s+тот\\s+же\\s+день)`,
  // «вложений никаких», «вложения не нужны», «вложений ноль», «опыт не нужен»
  `вложени\\p{L}*\\s+(?:никаких|ноль|не\\s+нужн\\p{L}*|не\\s+требу\\p{L}*)|опыт\\p{L}*\\s+(?:не\\s+нужен|не\\s+требуется|не\\s+обязателен)`,
].join('|');

// Two claims in a row: the pitch's rhythm, a comma, a dash or a full stop between them.
const TWO_CLAIMS = `${B}(?:${CLAIM})\\s*(?:[,;—–-]|\\.)\\s*(?:(?:и|а)\\s+)?(?:${CLAIM})(?![\\p{L}])`;

// A way to reach the writer, or the pitch's hook.
const CHANNEL =
  /\uE000|\uE001|\uE002|@[a-z0-9_]{3,}|(?<!\p{L})(?:пиши|пишите|напиши|напишите|пиш[иу]\s+в)(?!\p{L})|(?<!\p{L})лс(?!\p{L})|личк|в\s+личные|директ|телеграм|вотсап|ватсап|(?<!\p{L})тг(?!\p{L})|подробност|кому\s+интересно|в\s+профиле|ссылк|звоните/u;

// A warning, a report of what was promised, a review that turns with «но».
const UNLESS =
  /мошен|развод|обман|полици|реклам|предупрежд|не\s+ведит|обещал|обещают|так\s+пишут|пишут\s+в|не\s+советую|,\s*но\s|(?<!\p{L})но\s+(?:плат|зарплат|коллектив|начальн)/u;

/** The inverted pitch as a context of the EARNINGS family. */
export const INVERTED_EARNINGS: OfferContext = {
  when: CHANNEL,
  unless: UNLESS,
  patterns: [TWO_CLAIMS],
};
