// Disguises spammers put on a comment the filter caught in plain form (the obfuscation battery,
// `obfuscation-examples.ts`): each rewrites the comment's keywords, link, e-mail address, phone
// number or Chinese messenger contact, and returns null when it has nothing to rewrite in it.
import type { ObfuscationSpam } from './obfuscation-examples.ts';

/** A named disguise. */
export interface Transform {
  name: string;
  apply: (spam: ObfuscationSpam) => string | null;
}

const LATIN = /^[A-Za-z]+$/;
const CYRILLIC = /^[\u0400-\u04ff]+$/;

/** Rewrites every key of the comment with `word`; null when no key changes. */
export function onKeys(fn: (key: string) => string): (spam: ObfuscationSpam) => string | null {
  return (spam) => {
    let text = spam.text;
    for (const key of [...spam.keys].sort((a, b) => b.length - a.length)) {
      const next = fn(key);
      if (next !== key) text = text.split(key).join(next);
    }
    return text === spam.text ? null : text;
  };
}

/** Rewrites one part (a link, an e-mail, a phone, an id) of the comment. */
function onPart(
  part: (spam: ObfuscationSpam) => string | undefined,
  fn: (value: string) => string,
): (spam: ObfuscationSpam) => string | null {
  return (spam) => {
    const value = part(spam);
    if (value === undefined) return null;
    const next = fn(value);
    return next === value ? null : spam.text.split(value).join(next);
  };
}

const letters = (word: string): string[] => [...word];
/** Joins a word's letters with `sep`. */
export const joinLetters = (sep: string) => (word: string) => letters(word).join(sep);
/** Splits a word in the middle with `sep` ("cas-ino"). */
export const splitMiddle = (sep: string) => (word: string) => {
  const chars = letters(word);
  const half = Math.ceil(chars.length / 2);
  return chars.length < 4 ? word : chars.slice(0, half).join('') + sep + chars.slice(half).join('');
};

const LATIN_LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const CYRILLIC_LEET: Record<string, string> = { о: '0', з: '3', б: '6', О: '0', З: '3' };
/** Leetspeak: digits for letters ("v1agra", «з@йм» as «3айм»). */
export function leet(word: string): string {
  const table = LATIN.test(word) ? LATIN_LEET : CYRILLIC.test(word) ? CYRILLIC_LEET : {};
  return letters(word)
    .map((ch) => table[ch] ?? ch)
    .join('');
}

/** Latin letters shifted into another Unicode alphabet starting at `upper` and `lower`. */
export function shiftLatin(upper: number, lower: number) {
  return (word: string): string =>
    LATIN.test(word)
      ? letters(word)
          .map((ch) => {
            const c = ch.charCodeAt(0);
            return String.fromCodePoint(c <= 90 ? upper + c - 65 : lower + c - 97);
          })
          .join('')
      : word;
}

const TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  c: 'с',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
};
const TO_LATIN: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  с: 'c',
  р: 'p',
  х: 'x',
  у: 'y',
  А: 'A',
  Е: 'E',
  О: 'O',
  С: 'C',
  Р: 'P',
};
/** Look-alike letters of the other script: Cyrillic in Latin words, Latin in Cyrillic words. */
export function homoglyphs(word: string): string {
  const table = LATIN.test(word) ? TO_CYRILLIC : CYRILLIC.test(word) ? TO_LATIN : {};
  return letters(word)
    .map((ch) => table[ch] ?? ch)
    .join('');
}

/** Combining marks after every letter ("Zalgo"). */
export function zalgo(word: string): string {
  const marks = ['\u0301', '\u0336', '\u0317', '\u035b', '\u0324'];
  return letters(word)
    .map((ch, i) => ch + (marks[i % marks.length] as string) + (i % 2 ? '\u0300' : ''))
    .join('');
}

/** Each letter as a numeric HTML entity. */
export const entities = (word: string): string =>
  letters(word)
    .map((ch) => `&#${ch.codePointAt(0)};`)
    .join('');

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ZH_DIGITS = '〇一二三四五六七八九';
const mapDigits = (fn: (d: number) => string) => (value: string) =>
  value.replace(/\d/g, (d) => fn(Number(d)));

/** Replaces a link's dots in the host with `dot` (keeping or dropping its scheme). */
function hostDots(dot: string, scheme: (s: string) => string) {
  return (url: string): string => {
    const m = /^(https?:\/\/)?(.*)$/.exec(url) as RegExpExecArray;
    return (
      scheme(m[1] ?? '') +
      (m[2] ?? '')
        .replace(/^www\./, '')
        .split('.')
        .join(dot)
    );
  };
}
const noScheme = (): string => '';

/** Replaces 微信 / QQ in a Chinese comment with a nickname spammers use for it. */
function wechatAs(alias: string, qqAlias?: string) {
  return (spam: ObfuscationSpam): string | null => {
    if (spam.text.includes('微信')) return spam.text.replace('微信', alias);
    if (qqAlias !== undefined && spam.text.includes('QQ')) return spam.text.replace('QQ', qqAlias);
    return null;
  };
}

const url = (s: ObfuscationSpam) => s.url;
const email = (s: ObfuscationSpam) => s.email;
const phone = (s: ObfuscationSpam) => s.phone;
const contactId = (s: ObfuscationSpam) => s.contactId;

/** The disguises measured during development. */
export const DEV_TRANSFORMS: readonly Transform[] = [
  { name: 'spaced letters', apply: onKeys(joinLetters(' ')) },
  { name: 'dotted letters', apply: onKeys(joinLetters('.')) },
  { name: 'hyphen inside', apply: onKeys(splitMiddle('-')) },
  { name: 'underscore inside', apply: onKeys(splitMiddle('_')) },
  { name: 'leetspeak', apply: onKeys(leet) },
  { name: 'full-width', apply: onKeys(shiftLatin(0xff21, 0xff41)) },
  { name: 'math bold', apply: onKeys(shiftLatin(0x1d400, 0x1d41a)) },
  { name: 'circled letters', apply: onKeys(shiftLatin(0x24b6, 0x24d0)) },
  { name: 'homoglyphs (Cyrillic/Latin)', apply: onKeys(homoglyphs) },
  { name: 'zero-width', apply: onKeys(joinLetters('\u200b')) },
  { name: 'soft hyphen', apply: onKeys(joinLetters('\u00ad')) },
  { name: 'zalgo', apply: onKeys(zalgo) },
  { name: 'html entities', apply: onKeys(entities) },
  { name: 'url "dot"', apply: onPart(url, hostDots(' dot ', noScheme)) },
  { name: 'url [.]', apply: onPart(url, hostDots('[.]', noScheme)) },
  {
    name: 'url hxxps',
    apply: onPart(url, (u) => (/^http/.test(u) ? u.replace(/^http/, 'hxxp') : `hxxps://${u}`)),
  },
  { name: 'url 。', apply: onPart(url, hostDots('。', noScheme)) },
  {
    name: 'email at/dot words',
    apply: onPart(email, (e) => e.replace('@', ' at ').replace(/\.(\w+)$/, ' dot $1')),
  },
  {
    name: 'email (at)(dot)',
    apply: onPart(email, (e) => e.replace('@', '(at)').replace(/\.(\w+)$/, '(dot)$1')),
  },
  {
    name: 'email full-width ＠．',
    apply: onPart(email, (e) => e.replace('@', '＠').replace(/\.(\w+)$/, '．$1')),
  },
  {
    name: 'phone words',
    apply: onPart(
      phone,
      mapDigits((d) => ` ${DIGIT_WORDS[d]} `),
    ),
  },
  {
    name: 'phone circled ➀⓪',
    apply: onPart(
      phone,
      mapDigits((d) => (d === 0 ? '⓪' : String.fromCodePoint(0x277f + d))),
    ),
  },
  {
    name: 'phone full-width',
    apply: onPart(
      phone,
      mapDigits((d) => String.fromCodePoint(0xff10 + d)),
    ),
  },
  { name: 'zh VX', apply: wechatAs('VX') },
  { name: 'zh V信', apply: wechatAs('V信') },
  { name: 'zh 薇信', apply: wechatAs('薇信') },
  { name: 'zh ➕V', apply: (s) => (s.text.includes('加微信') ? s.text.replace('加微信', '➕V') : null) },
  { name: 'zh 加v', apply: (s) => (s.text.includes('加微信') ? s.text.replace('加微信', '加v') : null) },
  { name: 'zh id spaced', apply: onPart(contactId, joinLetters(' ')) },
  {
    name: 'zh id full-width',
    apply: onPart(contactId, (v) =>
      v.replace(/[0-9A-Za-z]/g, (ch) => String.fromCodePoint(ch.charCodeAt(0) + 0xfee0)),
    ),
  },
  {
    name: 'zh id 一二三',
    apply: onPart(
      contactId,
      mapDigits((d) => ZH_DIGITS[d] as string),
    ),
  },
];
