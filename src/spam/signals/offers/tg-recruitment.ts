// Russian recruitment with a Telegram handle (issue 15, 2026-12-07; docs/spam.md, "Signal groups,
// tg recruitment, cracked downloads, SEO stories ending in a call"): «Пиши в телеграм @rabota_… —
// расскажу подробнее», «Набираю команду, свободный график, всё расскажу в тг @…», «Требуются
// сотрудники на удалённую работу, подробности в телеграм @vakansii_…». The JOB family
// (offer-patterns.ts) reads the recruiter's offer of pay or «нужны люди на удалёнку»; a recruiter
// who names no pay and only sends the reader to a handle passed as a reader asking to be written to.
// Read as one more context of that family.
//
// Readers give handles too: an embassy's or a ministry's channel, a journalist's own handle, an
// editor asking witnesses to write («ищу людей, которые были на границе, пишите в тг @…, готовлю
// материал»). So the phrases count only beside a handle, and never beside an official body, the
// press, or a warning.
import type { OfferContext } from './offer-family.ts';
import { cheapLetters } from '../../text/letter-class.ts';

const B = '(?<![\\p{L}\\p{N}])';

// The stems the JOB guard gains (the handle's job words, and the reply's «расскажу»/«подробност»);
// every phrase below has one of these or a stem the guard had.
export const TG_RECRUIT_GUARD =
  /rabot|vakans|vakanc|vacanc|udalen|podrab|hr|job|нужен|приглаша|расскажу|подробност|свободн/;

const PHRASES = [
  // a handle named for the job: @rabota_online24, @vakansii_astana, @hr_udalenka, @marina_hr
  '@[a-z0-9_]*(?:rabot|vakans|vakanc|vacanc|udalen|podrab|job)[a-z0-9_]*|@(?:[a-z0-9]+_)*hr(?![a-z0-9])',
  // «набираю команду», «ищу помощников», «требуются сотрудники», «нужны люди»
  `${B}(?:набираю|набираем|ищу|ищем|нужны|нужен|нужна|требуются|требуется|приглашаю|приглашаем)\\s+(?:\\p{L}+\\s+){0,2}?(?:команд|людей|люди|сотрудник|помощник|ребят|девуш|менеджер|партн[её]р|работник|оператор)\\p{L}*`,
  // the terms: «свободный график», «удалённая работа», «на удалёнку», «работа с телефона»
  `${B}(?:свободн\\p{L}*\\s+график\\p{L}*|удал[её]нн\\p{L}*\\s+(?:работ|подработ|занятост)\\p{L}*|на\\s+удал[её]нк\\p{L}*|работ\\p{L}*\\s+(?:с|через)\\s+телефон\\p{L}*|без\\s+опыта)`,
  // the reply to the handle: «расскажу подробнее», «всё расскажу в тг», «подробности в телеграм»
  `${B}(?:вс[её]\\s+)?расскажу\\s+(?:подробн\\p{L}*|в\\s+(?:тг|телеграм\\p{L}*|телег\\p{L}*|лс|личк\\p{L}*))|${B}подробност\\p{L}*\\s+в\\s+(?:тг|телеграм\\p{L}*|телег\\p{L}*|лс|личк\\p{L}*)`,
];

/** Recruitment sent to a handle, as a context of the JOB family. */
export const TG_RECRUITMENT: OfferContext = {
  when: /@[a-z0-9_]{3,}/,
  unless: cheapLetters(
    /мошен|развод|обман|полици|реклам|не\s+ведит|осторожн|посольств|консульств|министерств|(?<!\p{L})мид(?!\p{L})|акимат|ведомств|редакци|журналист|автор\s+стать|материал|репортаж|интервью|очевид|свидетел|\b(?:scam|embassy|ministry|reporter|journalist|editor)\b/u,
  ),
  patterns: PHRASES,
};
