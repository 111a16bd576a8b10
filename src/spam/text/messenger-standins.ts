// More messenger stand-ins read as the messenger in an advert (issue 15, 2026-12-07; docs/spam.md,
// "Messenger stand-ins, far relief links, inverted earnings pitches"; messenger-alias.ts has the
// first ones). Chinese adverts write 微信 with a heart (微❤, V❤, 威❤), QQ as 口口 and a QQ group as
// 扣扣群/口口群, Telegram as 灰机 (a joke spelling of 飞机, itself a stand-in the patterns know);
// English ones misspell the messenger ("Whats-ap", "whatsap", "wats app", "telegrm", "telgram");
// Russian ones shorten Telegram to «тележ».
//
// Each is read only in an advert's grammar, as in messenger-alias.ts: an id after it (a handle, a
// colon and an id, a lower-case id with a digit, a QQ or phone number no unit follows), or, for the
// heart forms and the English misspellings, which are no words of their own, an ask before it (加,
// 联系; "message me on", "contact us on"). So "飞机晚点了", "坐灰机去乌鲁木齐", "口口声声", "我们小区有个
// 扣扣群", "I'll ask on WhatsApp", "my dad writes whatsap", «старая тележка» read as written.
import { cheapLetters } from './letter-class.ts';
import { ASK_BEFORE, ID_AFTER, RU_ASK, RU_ID_AFTER } from './messenger-alias.ts';

// Chinese: 微/威/薇/徽/V/VX with a heart, 扣扣群/口口群, 口口, 灰机.
const ZH_STANDIN = /(?:[微威薇徽]|[Vv][Xx]?)\s?[❤♥💗💕💖💓💘]\ufe0f?|(?:口口|扣扣)群|口口|灰机|灰機/gu;
const ZH_TRIGGER = /[❤♥💗💕💖💓💘]|口口|扣扣群|灰[机機]/u;

/** 微信, QQ, a QQ group and 飞机 written as a stand-in, read as the real name beside an id or an ask. */
function readChinese(text: string): string {
  return text.replace(ZH_STANDIN, (standIn: string, offset: number) => {
    const first = standIn[0] as string;
    const real =
      first === '灰'
        ? '飞机'
        : first === '口' || first === '扣'
          ? standIn.endsWith('群')
            ? 'QQ群'
            : 'QQ'
          : '微信';
    if (ID_AFTER.test(text.slice(offset + standIn.length, offset + standIn.length + 40))) return real;
    // A heart form is no word of its own: 加微❤, 联系V❤ read as the messenger without an id.
    return real === '微信' && ASK_BEFORE.test(text.slice(Math.max(0, offset - 4), offset)) ? real : standIn;
  });
}

// English misspellings of WhatsApp and Telegram ("Whats-ap", "whatsap", "wats app", "what'sapp",
// "telegrm", "telegarm", "telgram", "tlgrm"); the right spellings are left as written.
const EN_STANDIN = cheapLetters(
  /(?<![\p{L}\p{N}@_./-])(?:(wh?at'?s[-_ ]?a{1,2}p{1,2})|(te?le?g(?:a?ra?|r)m|tele-gram))(?![\p{L}\p{N}_-])/giu,
);
// The one-pass test before it: "ts-ap", "tsap", "ts ap", "grm", "garm", "lgram".
const EN_TRIGGER = /[tT][sS][-_ ]?[aA][pP]|[gG][aA]?[rR][mM]|[lL][gG][rR][aA][mM]/;
// The ask before it: "message me on", "contact us via", "text me at", "add me on", "reach us on".
const EN_ASK =
  /\b(?:message|msg|text|contact|reach|add|dm|ping|write(?:\s+to)?|chat(?:\s+with)?|call|hit)\s+(?:me|us)\s+(?:up\s+)?(?:on|via|at|in)\s+$/i;

function readEnglish(text: string): string {
  return text.replace(EN_STANDIN, (standIn: string, whatsapp: string | undefined, _t, offset: number) => {
    const real = whatsapp !== undefined ? 'whatsapp' : 'telegram';
    if (standIn.toLowerCase() === real) return standIn;
    const after = text.slice(offset + standIn.length, offset + standIn.length + 30);
    const before = text.slice(Math.max(0, offset - 30), offset);
    return RU_ID_AFTER.test(after) || EN_ASK.test(before) ? real : standIn;
  });
}

// Russian: «тележ» for Telegram (not «тележка», a cart, nor «тележурналист»).
const RU_STANDIN = cheapLetters(/(?<!\p{L})тележ(?!\p{L})/giu);

function readRussian(text: string): string {
  return text.replace(RU_STANDIN, (standIn: string, offset: number) => {
    const after = text.slice(offset + standIn.length, offset + standIn.length + 30);
    const before = text.slice(Math.max(0, offset - 30), offset);
    return RU_ID_AFTER.test(after) || RU_ASK.test(before) ? 'телеграм' : standIn;
  });
}

/** The stand-ins above read as the messenger in an advert; `cjk` and `cyrillic` say which scripts
 * the text holds (disguise-scan.ts); the English ones run after a one-pass test. */
export function readMessengerStandIns(text: string, cjk: boolean, cyrillic: boolean): string {
  let out = text;
  if (cjk && ZH_TRIGGER.test(out)) out = readChinese(out);
  if (cyrillic && (out.includes('тележ') || out.includes('Тележ') || out.includes('ТЕЛЕЖ')))
    out = readRussian(out);
  if (EN_TRIGGER.test(out)) out = readEnglish(out);
  return out;
}
