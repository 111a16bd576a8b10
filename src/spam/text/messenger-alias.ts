// Stand-ins for a messenger read as the messenger in an advert (issue 15, second disguise round,
// 2026-12-07; docs/spam.md, "Disguises read as plain text"). Chinese adverts write 微信 as a
// homophone or a look-alike (徽信, 嶶信, 威信, 维信, 卫星) and QQ as a nickname (扣扣, 企鹅, 企鹅号,
// 球球); Russian ones write Telegram as «телега», WhatsApp as «вацап», «ватсапп», Viber as «вибер».
// The messenger patterns know the real names, so "代开发票，加徽信 fp8866" was published although
// "代开发票" is an invoice offer: the channel was not seen.
//
// Most stand-ins are also words (威信 prestige, 卫星 a satellite, 企鹅 a penguin, 扣扣子 buttoning up,
// «телега» a cart), so a stand-in is read as the messenger only in an advert's grammar:
//  - an id after it: "@handle", a colon and an id, a lower-case id with a digit ("fp8866"), a
//    QQ or phone number that no unit follows ("企鹅 2837465910", not "卫星 2035 年", "飞机 A320");
//  - or, for the stand-ins that are no word (徽信, 嶶信, 薇信, «вацап», «вибер»), the ask before it:
//    加 (not 增加, 参加, 追加 …), 联系, «пиши в», «напишите на», «стучите в».
// A word that is a word needs the id even after an ask: "加卫星" alone stays (增加 is excluded, but
// Chinese adds satellites in many ways).
import { cheapLetters } from './letter-class.ts';

// Chinese stand-ins: [stand-in, what it stands for, whether it is no word of its own].
const ZH: ReadonlyMap<string, [string, boolean]> = new Map([
  ['徽信', ['微信', true]],
  ['嶶信', ['微信', true]],
  ['溦信', ['微信', true]],
  ['徾信', ['微信', true]],
  ['薇信', ['微信', true]],
  ['威信', ['微信', false]],
  ['维信', ['微信', false]],
  ['維信', ['微信', false]],
  ['卫星', ['微信', false]],
  ['衛星', ['微信', false]],
  ['扣扣', ['QQ', false]],
  ['企鹅号', ['QQ', false]],
  ['企鵝號', ['QQ', false]],
  ['企鹅', ['QQ', false]],
  ['企鵝', ['QQ', false]],
  ['球球', ['QQ', false]],
  // 薇 alone ("加我薇：abc6699", "加薇 qq7788"; 2026-12-07, fifth session) is also a name (薇薇, 张薇):
  // only with an id after it
  ['薇', ['微信', false]],
]);
const ZH_ALIAS = /徽信|嶶信|溦信|徾信|薇信|威信|维信|維信|卫星|衛星|扣扣|企鹅号|企鵝號|企鹅|企鵝|球球|薇/g;
// The first character of each stand-in: the cheap test before the pattern runs.
const ZH_FIRST = new Set('徽嶶溦徾薇威维維卫衛扣企球');

// An id after a stand-in: 号/ID, then "@handle", a colon and an id, a lower-case id with a digit, or
// a number of 5–12 digits (a QQ number, a phone) that no unit or date follows.
export const ID_AFTER =
  /^\s*(?:号|號|id|ID)?\s*(?:@[A-Za-z0-9_]{3,}|[:：]\s*@?[A-Za-z0-9][A-Za-z0-9_-]{3,}(?![A-Za-z0-9_-]|\s*[年月日元块塊万萬亿億个個只架颗顆次米度岁歲])|[a-z][a-z_-]*\d[a-z0-9_-]*(?![A-Za-z0-9])|\+?[1-9][\d -]{3,14}\d(?![\d.,%年月日号號元块塊万萬亿億个個只架颗顆次米度岁歲]|\s*[年月日元块塊万萬亿億个個只架颗顆次米度岁歲]))/;
// An ask before a stand-in that is no word of its own: 加 (not 增加, 参加, 追加 …), 联系, 添加, 私聊.
export const ASK_BEFORE =
  /(?:(?<![增参參追添附施更再外叠疊强強])加|联系|聯繫|私聊|咨询|諮詢)(?:我|他|她)?(?:的)?$/;

/** 微信 and QQ written as a stand-in read as 微信 and QQ where an advert's grammar is around them. */
function readChinese(text: string): string {
  return text.replace(ZH_ALIAS, (alias: string, offset: number) => {
    const [real, noWord] = ZH.get(alias) ?? ['', false];
    if (ID_AFTER.test(text.slice(offset + alias.length, offset + alias.length + 40))) return real;
    return noWord && ASK_BEFORE.test(text.slice(Math.max(0, offset - 4), offset)) ? real : alias;
  });
}

// Russian stand-ins: Telegram as «телега» (a cart too), WhatsApp misspelt, Viber in Cyrillic.
const RU_ALIAS = cheapLetters(
  /(?<!\p{L})(?:(телег(?:а|у|е|и|ой))|(ва[цт]?цапп?|во[цт]?цапп?|ва[тц]сапп|во[тц]сапп|уатсапп?)\p{L}{0,2}|(вибер)\p{L}{0,2})(?!\p{L})/giu,
);
const RU_TRIGGER = /телег|цап|сапп|уатсап|вибер/i;
// The ask before it: «пиши в», «напишите на», «стучите в», «добавляйся в», «связь в».
export const RU_ASK =
  /(?:пиши|пишите|напиши|напишите|стучи|стучите|добавляйся|добавляйтесь|звони|звоните|обращайтесь|жду|связь|кидай|скидывай)\s+(?:мне\s+|нам\s+)?(?:в|на)\s+$/iu;
export const RU_ID_AFTER = /^\s*[:：]?\s*(?:@[A-Za-z0-9_]{3,}|\+?\d[\d ()-]{6,16}\d)/;

/** Telegram, WhatsApp and Viber written as a stand-in read as «телеграм», «вотсап», «вайбер» after
 * an ask or before a handle or a number; «телега» (a cart) only then. */
function readRussian(text: string): string {
  return text.replace(
    RU_ALIAS,
    (alias: string, cart?: string, whatsapp?: string, _viber?: string, offset = 0) => {
      const real = cart !== undefined ? 'телеграм' : whatsapp !== undefined ? 'вотсап' : 'вайбер';
      const after = text.slice(offset + alias.length, offset + alias.length + 30);
      const before = text.slice(Math.max(0, offset - 30), offset);
      return RU_ID_AFTER.test(after) || RU_ASK.test(before) ? real : alias;
    },
  );
}

/** Whether a text holds the first character of a Chinese stand-in. */
function hasChineseAlias(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && ZH_FIRST.has(text[i] as string)) return true;
  }
  return false;
}

/** Messenger stand-ins read as the messenger in an advert; `cjk` and `cyrillic` say which scripts
 * the text holds (disguise-scan.ts), so that other texts pay nothing. */
export function readMessengerAliases(text: string, cjk: boolean, cyrillic: boolean): string {
  let out = text;
  if (cjk && hasChineseAlias(out)) out = readChinese(out);
  if (cyrillic && RU_TRIGGER.test(out)) out = readRussian(out);
  return out;
}
