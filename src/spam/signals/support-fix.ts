// What a support scam promises beside its number (issue 15, 2026-12-07, fifth session;
// contact-support-examples.ts; docs/spam.md, "Support lines, brand lists, local adverts and
// messenger sales"): the line to call named by the service, not by a brand ("call printer help",
// "reach email support", 请拨打), and the fix itself, done from afar
// or in the seller's first person plural future ("our technicians will clean your PC remotely",
// "we fix it remotely", «помогут удалённо», «удалим вирусы», 远程帮你解决, 立即解锁). Printer,
// e-mail, antivirus and wallet scams name no brand in these sentences, so brand-support never saw
// them and a service word gave their number half its context.
//
// Each phrase counts as a support line (`support-line`) and gives the numbers beside it their full
// context (`support-number`), and only when the text has a phone number: without one, "we fix it
// remotely" is a reader's or a developer's sentence, and a number alone is
// never enough either. A reader's own case («я звонил в поддержку банка, они удалённо …») is taken
// out before these count (support-reader.ts, brand-complaint.ts in commercial.ts), and the phrases
// are read in the text without its questions.
import { cheapLetters } from '../text/letter-class.ts';

// Cheap first: none of the families can match without one of these literal stems.
const LATIN_GUARD = /call|dial|ring|reach|contact|remote/;
const OTHER_GUARD =
  /удал[её]нн|удалим|удалим|почистим|починим|разблокируем|восстановим|активируем|настроим|исправим|远程|遠程|请拨打|請撥打|请致电|請致電|解锁|解鎖/;

// The services these scams name instead of a brand.
const SERVICE_NOUN =
  'printer|e-?mail|mail|antivirus|router|wi-?fi|computer|pc|laptop|wallet|exchange|crypto|account|password|login|payroll|recovery';

const LATIN = new RegExp(
  [
    // The line named by the service it fixes: "call printer help", "reach email support", "dial
    // wallet recovery", "contact our technicians" (the older family of support.ts reads "call the
    // support" and "reach customer service").
    `\\b(?:call|dial|ring|reach|contact)\\s+(?:(?:the|our|their)\\s+)?(?:(?:${SERVICE_NOUN})\\s+){1,2}` +
      '(?:help|support|helpline|help ?desk|care|assistance|recovery|team|experts?)\\b',
    '\\b(?:call|dial|ring|reach|contact)\\s+our\\s+(?:[a-z]+\\s+)?(?:technicians?|experts?|engineers?|specialists?)\\b',
    // The fix promised from afar ("fix it remotely", "clean your PC remotely", "remote assistance"),
    // never one told in the past ("our IT guy fixed my laptop remotely").
    "\\b(?:fix|repair|clean|solve|resolve|remove|restore|unlock|recover|activate|install|set ?up|help)(?:es|s|ing)?\\s+(?:[a-z0-9']+\\s+){0,4}?remotely\\b",
    '\\bremote (?:assistance|support|help|fix|repair|technicians?)\\b',
  ].join('|'),
  'g',
);

const OTHER = cheapLetters(
  new RegExp(
    [
      // the fix promised from afar: «помогут удалённо», «подключится удалённо» (never «подключился»)
      '(?<!\\p{L})(?:помо(?:жем|жет|гут|чь)|подключ(?:ится|имся|атся|ить)|почин(?:им|ят|ить)|исправ(?:им|ят|ить)|настро(?:им|ят|ить)|реш(?:им|ат|ить)|устран(?:им|ят|ить)|восстанов(?:им|ят|ить)|разблокир(?:уем|уют|овать))' +
        '\\s+(?:\\p{L}+\\s+){0,2}?удал[её]нно(?!\\p{L})|(?<!\\p{L})удал[её]нн(?:ая|ую|ой)\\s+(?:помощ|настройк|поддержк|ремонт)\\p{L}*',
      // the seller's first person plural future: «удалим вирусы», «разблокируем аккаунт»
      '(?<!\\p{L})(?:удалим|почистим|починим|разблокируем|восстановим|активируем|настроим|исправим)(?!\\p{L})',
      // 远程帮你解决, 远程协助, 请拨打, 立即解锁
      '(?:远程|遠程)(?:协助|協助|解决|解決|处理|處理|维修|維修|帮你|幫你|帮您|幫您|操作|指导|指導)|请拨打|請撥打|请致电|請致電|立即解锁|立即解鎖',
    ].join('|'),
    'gu',
  ),
);

// A warning about the scam ("scammers pretend to be support", «мошенники», 骗子会冒充客服) quotes its
// promise; nothing counts in one.
const WARNING = cheapLetters(
  /\b(?:scam\w*|fraud\w*|beware|fake|impersonat\w*|pretend\w*|never)\b|мошен|обман|осторожн|(?<!\p{L})не\s+(?:звоните|перезванивайте|сообщайте)|骗|騙|冒充|小心|千万不要|千萬不要|不要相信/u,
);

/** How many phrases of a support scam's promise a normalised text holds beside its phone numbers
 * (0 when it has none). */
export function countSupportFixes(text: string, phones: number): number {
  if (phones === 0) return 0;
  let n = 0;
  if (!LATIN_GUARD.test(text) && !OTHER_GUARD.test(text)) return 0;
  if (LATIN_GUARD.test(text)) {
    LATIN.lastIndex = 0;
    while (LATIN.exec(text) !== null) n++;
  }
  if (OTHER_GUARD.test(text)) {
    OTHER.lastIndex = 0;
    while (OTHER.exec(text) !== null) n++;
  }
  return n > 0 && WARNING.test(text) ? 0 : n;
}

// A writer speaking of themselves: a reader listing the lines they tried («звонил в поддержку
// Сбербанка, Тинькофф и Авито») is telling a story, not publishing a list.
const FIRST_PERSON = cheapLetters(
  /\b(?:i|we|my|our|me|us)\b|(?<!\p{L})(?:я|мы|мне|мой|моя|мои|нам|нас)(?!\p{L})|我/u,
);

/**
 * The support lines a list of brands' support adds: with three or more "<brand> support" phrases
 * and no first person, each entry names a line to call whether or not it says "number" («горячая
 * линия Тинькофф», 美团客服), so each counts once more as a line. A reader names one brand's line,
 * two when comparing; a list of three or more is the scam's keyword page (lists of "<brand>
 * support phone number" with no digits, issue 15), whose Russian and Chinese entries the text
 * model has no words for.
 */
export function listedLines(text: string, brands: number): number {
  return brands >= 3 && !FIRST_PERSON.test(text) ? brands : 0;
}
