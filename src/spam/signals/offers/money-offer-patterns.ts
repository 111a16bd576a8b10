// The loan and betting coverage audit (issue 15, 2026-12-07, late; money-examples.ts): wordings of
// loan, fixed-match and casino adverts the families `loan-offer` (market-offer-patterns.ts),
// `fixed-match` (illicit-offer-patterns.ts) and `gambling-offer` (offer-patterns.ts) missed in
// English and Russian. Each pattern's words are reachable by its family's guard stems (offers.ts
// runs a family's patterns only after one of its stems is found: the stems added for them are
// listed beside each family's guard). Every pattern is the seller's wording, not the subject: a
// reader on a bank's rate, a title loan that cost a neighbour her car, a match-fixing trial or a
// casino law names the same things without the lender's or the tipster's promise.
import { cheapLetters } from '../../text/letter-class.ts';

/** No letter or digit before: the start of a word in any script (as B in offer-patterns.ts). */
const B = '(?<![\\p{L}\\p{N}])';

/** The loan family's stems added by this audit (joined to its guard). */
export const LOAN_GUARD_MORE =
  /debt relief|debt settle|debt consolid|consolidate your|consolidate all|cash advance|pawn|same[- ]day funding|what you owe|cut your debt|одобряем|одобрим|авто оста[её]тся|машина оста[её]тся|автомобиль оста[её]тся|деньги в долг|денег в долг|дам в долг|даю в долг|дадим в долг|даём в долг|даем в долг|под расписку/;

/** A reader's report, a question, a law or a warning: loan phrases count nothing beside them. */
export const LOAN_UNLESS = cheapLetters(
  /\b(?:laws?|caps?|capped|bans?|banned|regulators?|regulation|central bank|predatory|scams?|fraud\w*|police|so-called|beware|warn\w*|fake|loan\s+sharks?|(?:do\s+not|don't|never)\s+(?:believe|trust|fall\s+for)|minist\w*|government|state\s+programm?e?|announced|can i|where can i|how (?:can|do) i|is it possible|does anyone|anyone know)\b|закон|цб|центробанк|огранич|запрет|регулятор|разоря|мошен|осторожн|предупрежд|полици|кабал|развод|обман|не\s+ведитесь|не\s+связывайтесь|не\s+(?:дают|выда\p{L}*|одобря\p{L}*|бывает)|можно\s+ли|где\s+(?:взять|можно)|подскажите|所谓|所謂|警惕|小心|提醒|上当|上當|报警|報警|警方|诈骗|詐騙|骗|騙|报道|報道|新闻|新聞|央行|监管|監管|高利贷|高利貸|哪里可以|能不能|真的吗|靠谱吗|可信吗|^(?![^]*?(?:微信|薇|qq|vx|加我|找我们|找我們|联系|聯繫|电话|電話|[\ue000-\ue002]|\d{6}))[^]*?(?:别信|別信|不要信|千万别|千萬別|套路贷|套路貸)/u,
);

/** Not what a borrower says of his own loan ("I got approved even with bad credit"). */
const NOT_A_READER = '(?<!\\b(?:i|we|he|she|they)\\b[^.!?\\n]{0,40})';

/** Not a reader who lent or borrowed («дал брату деньги в долг до зарплаты»). */
const NOT_A_BORROWER =
  '(?<!(?:дал|дала|дали|взял|взяла|взяли|занял|заняла|заняли|брал|брала|просил|просила|одолжил|одолжила)\\s(?:\\p{L}+\\s)?)';

/** The lender's promises (counted in the loan family's context, never beside LOAN_UNLESS). */
export const LOAN_MORE: readonly string[] = [
  // "even with bad credit", "all credit types accepted", "approval in minutes", "same day funding"
  `${NOT_A_READER}(?:\\beven\\s+with\\s+(?:bad|poor|low|no)\\s+credit\\b|\\bapproval\\s+in\\s+(?:\\d+\\s+|a\\s+few\\s+)?minutes\\b)|\\ball\\s+credit\\s+(?:types|scores|histories)\\s+(?:are\\s+)?(?:accepted|welcome|considered)\\b|\\bsame[- ]day\\s+funding\\b|\\binstant\\s+cash\\s+advances?\\b`,
  // debt relief: "our debt relief program", "cut what you owe by", "consolidate all your credit card debt"
  `\\b(?:our|a\\s+free)\\s+debt\\s+(?:relief|settlement|consolidation)\\s+(?:program|programme|plan|service)s?\\b|\\bcut\\s+(?:what\\s+you\\s+owe|your\\s+debts?)\\s+by\\b|\\bconsolidate\\s+(?:all\\s+)?your\\s+(?:credit\\s+card\\s+)?debts?\\b`,
  // «деньги в долг срочно», «дадим в долг», «без проверки кредитной истории», «даже с плохой КИ»
  `${B}${NOT_A_BORROWER}(?:деньги|денег)\\s+в\\s+долг\\s+(?:срочно|сразу|без|под|на\\s+карт|до\\s+\\d)|${B}(?:дам|даю|дадим|даём|даем)\\s+(?:деньги\\s+|денег\\s+)?в\\s+долг|${B}без\\s+проверки\\s+кредитной\\s+истории|${B}даже\\s+с\\s+плох\\p{L}*\\s+кредитн\\p{L}*\\s+истори\\p{L}*`,
  // «одобряем даже …», «выдаём займы», «первый займ бесплатно / под 0%», «займы … до 1 млн рублей»,
  // «авто остаётся у вас»
  `${B}(?:одобряем|одобрим)\\s+(?:\\p{L}+\\s+)?(?:даже|всем|всех|без)|${B}(?:выда[её]м|выдадим)\\s+(?:\\p{L}+\\s+)?(?:займ|заём|заем|кредит|микрозайм)|${B}перв\\p{L}*\\s+(?:займ|заём|микрозайм)\\p{L}*\\s+(?:бесплатно|под\\s+0\\s*%|без\\s+процентов)|${B}(?:займ|заём|микрозайм)\\p{L}*\\s+(?:\\p{L}+\\s+){1,4}?до\\s+\\d[\\d\\s]*\\s*(?:млн|руб|тыс|₽)|${B}(?:авто|машина|автомобиль)\\s+оста[её]тся\\s+у\\s+(?:вас|тебя)`,
];

/**
 * Beside a way to reach the lender: an e-mail, a phone, a messenger (not a link: a reader links a
 * report on title loans).
 */
export const LOAN_CHANNEL = /\uE001|\uE002|whatsapp|telegram/;

/** The lender's offers that a reader names too, counted only beside LOAN_CHANNEL. */
export const LOAN_WITH_CHANNEL: readonly string[] = [
  // "low interest loans for individuals", "loans at 2% per year", "car title loans", "pawn loans"
  `\\b(?:low|lowest)\\s+interest\\s+(?:rate\\s+)?loans?\\s+(?:for|to|at|from)\\b|\\bloans?\\s+(?:at|from)\\s+\\d+(?:[.,]\\d+)?\\s*%\\s+(?:per\\s+(?:year|annum)|a\\s+year|interest)\\b|\\b(?:car|auto)\\s+title\\s+loans?\\b|\\bpawn\\s+loans?\\b`,
];

/** The fixed-match family's stems added by this audit (joined to its guard). */
export const FIXED_GUARD_MORE =
  /rigged|каппер|кэф|слив|ставки с гарант|ставку с гарант|ставок с гарант|ставка с гарант|продаю прогноз|продам прогноз|продажа прогноз|куплю прогноз|купить прогноз|возврат денег если не|возврат если не/;

/**
 * A warning or a report quoting a tipster's advert ("these 'fixed matches available' posts are a
 * scam", «капперы с проходимостью 90% — развод», an investigation); not the adverts' own "no scam".
 */
export const FIXED_UNLESS =
  /(?<!\bno\s|\bnot\s|\bnot\sa\s)\bscam(?:s|mers?)?\b|\b(?:fraud\w*|police|arrested|investigat\w*|charged|prosecut\w*)\b|мошен|(?<!не\s|без\s)(?:развод|обман)|расследован|уголовн|задержан|полици|в\s+(?:вашем\s+)?материале|в\s+статье|не\s+бывает|не\s+существует/u;

/** The tipster's own words (English and Russian; the Chinese ones stay in the family's patterns). */
export const FIXED_MORE: readonly string[] = [
  `\\brigged\\s+(?:matches|match|games?)\\s+(?:info|information|tips?|available|for\\s+sale)\\b`,
  // «проходимость 90%», «каппер с проходимостью», «ставки с гарантией», «гарантия прохода»
  `${B}проходимост\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:\\d{2,3}\\s*%|стопроцентн)|${B}каппер\\p{L}*\\s+с\\s+проходимост|${B}ставк(?:и|у|ок|а)\\s+с\\s+гаранти|${B}гаранти\\p{L}*\\s+прохода`,
  // «слив прогнозов / договорных матчей», «сливаю инсайды», «экспрессы с кэфом 5+», «от капперов»
  `${B}слив\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:прогноз|матч|договорн|инсайд|экспресс)\\p{L}*|${B}кэф\\p{L}*(?<=${B}с\\s+кэф\\p{L}*)\\s+(?:от\\s+)?\\d|${B}кэф\\p{L}*\\s+(?:от\\s+)?\\d+(?:[.,]\\d+)?\\s*\\+|${B}каппер\\p{L}*(?<=${B}от\\s+(?:\\p{L}+\\s+)?каппер\\p{L}*)`,
  // «продаю прогнозы», «возврат денег если не зашло»
  `${B}прогноз\\p{L}*(?<=${B}(?:продаю|продам|продажа|куплю|купить)\\s+прогноз\\p{L}*)|${B}возврат\\s+(?:денег\\s+)?если\\s+не\\s+(?:зашло|зайд[её]т|прошло|пройд[её]т|сыграет|сыграло)`,
];

/** The casino family's stems added by this audit (joined to its guard in offer-patterns.ts). */
export const GAMBLING_GUARD_MORE =
  /рабочее зеркал|рабочие зеркал|рабочего зеркал|актуальное зеркал|актуальные зеркал|свежее зеркал|свежие зеркал|действующее зеркал|действующие зеркал|зеркало казино|зеркала казино|зеркало на сегодня|зеркало без блок|хбет/;

/** A casino's mirror offered: «рабочее зеркало на сегодня», «актуальное зеркало без блокировок». */
export const GAMBLING_MORE: readonly string[] = [
  `${B}(?:рабоч(?:ее|ие|его)|актуальн(?:ое|ые)|свеж(?:ее|ие)|действующ(?:ее|ие))\\s+зеркал\\p{L}*|${B}зеркал[оа]\\s+казино|${B}зеркало\\s+(?:на\\s+сегодня|без\\s+блокировок)(?!\\p{L})`,
];
