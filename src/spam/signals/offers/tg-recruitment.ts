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
  /rabot|vakans|vakanc|vacanc|udalen|podrab|hr|job|нужен|приглаша|расскажу|подробност|свободн|набира|ищет/;

const PHRASES = [
  // a handle named for the job: @rabota_online24, @vakansii_astana, @hr_udalenka, @marina_hr
  '@[a-z0-9_]*(?:rabot|vakans|vakanc|vacanc|udalen|podrab|job)[a-z0-9_]*|@(?:[a-z0-9]+_)*hr(?![a-z0-9])',
  // «набираю команду», «ищу помощников», «требуются сотрудники», «нужны люди»
  `${B}(?:набираю|набираем|набирает|ищу|ищем|ищет|нужны|нужен|нужна|требуются|требуется|приглашаю|приглашаем)\\s+(?:\\p{L}+\\s+){0,2}?(?:команд|людей|люди|сотрудник|помощник|ребят|девуш|менеджер|партн[её]р|работник|оператор|автор|копирайтер|райтер)\\p{L}*`,
  // the terms: «свободный график», «удалённая работа», «на удалёнку», «работа с телефона»
  `${B}(?:свободн\\p{L}*\\s+график\\p{L}*|удал[её]нн\\p{L}*\\s+(?:работ|подработ|занятост)\\p{L}*|на\\s+удал[её]нк\\p{L}*|работ\\p{L}*\\s+(?:с|через)\\s+телефон\\p{L}*|без\\s+опыта)`,
  // the reply to the handle: «расскажу подробнее», «всё расскажу в тг», «подробности в телеграм»
  `${B}(?:вс[её]\\s+)?расскажу\\s+(?:подробн\\p{L}*|в\\s+(?:тг|телеграм\\p{L}*|телег\\p{L}*|лс|личк\\p{L}*))|${B}подробност\\p{L}*\\s+в\\s+(?:тг|телеграм\\p{L}*|телег\\p{L}*|лс|личк\\p{L}*)`,
];

// The press's words exempt a handle only in a text that recruits no one (2026-12-07, fourth
// session): «Наша редакция ищет журналистов на удалёнку, свободный график, всё расскажу в тг @…»
// and "the editorial office is hiring remote writers, 3000 a day" claim to be the press to recruit.
// A journalist asking witnesses to write names no job, pay, schedule or remote work.
const PRESS =
  /редакци|журналист|автор\s+стать|материал|репортаж|интервью|очевид|свидетел|\b(?:reporter|journalist|editor)\b/u
    .source;
const RECRUITING =
  /ваканс|требу[ею]тс|набира|удал[её]нк|удал[её]нн|график|оплат|плат(?:им|ят)|заработ|подработ|зарплат|гонорар|\d\s*(?:₽|руб\p{L}*|р\.|тыс\p{L}*|к|тенге|сом)?\s+(?:в|за)\s+(?:день|сутки|недел|месяц|текст|стать|стат)|(?:ищ[еу]т?|ищем|нужн\p{L}*)\s+(?:\p{L}+\s+)?(?:автор|журналист|корреспондент|копирайтер|райтер|сотрудник|редактор)|опыт\s+не|\b(?:hiring|hire|paid|salary|remote|writers|per\s+(?:day|article))\b/u
    .source;

/** Recruitment sent to a handle, as a context of the JOB family. */
export const TG_RECRUITMENT: OfferContext = {
  when: /@[a-z0-9_]{3,}/,
  unless: cheapLetters(
    new RegExp(
      /мошен|развод|обман|полици|реклам|не\s+ведит|осторожн|посольств|консульств|министерств|(?<!\p{L})мид(?!\p{L})|акимат|ведомств|\b(?:scam|embassy|ministry)\b/u
        .source + `|^(?![\\s\\S]*(?:${RECRUITING}))[\\s\\S]*?(?:${PRESS})`,
      'u',
    ),
  ),
  patterns: PHRASES,
};
