// The held-out part of the obfuscation battery (2026-12-07): disguises and spam written before any
// change to normalisation, and measured once, at the end (`npm run spam:obfuscation -- --held-out`),
// so the figures say how the changes generalise beyond the development transforms they were made
// against. Do not tune on these.
import type { ObfuscationSpam } from './obfuscation-examples.ts';
import {
  entities,
  homoglyphs,
  joinLetters,
  leet,
  onKeys,
  shiftLatin,
  type Transform,
} from './obfuscation-transforms.ts';

const GREEK: Record<string, string> = { o: 'ο', a: 'α', e: 'ε', i: 'ι', v: 'ν', k: 'κ', t: 'τ', u: 'υ' };
const ZH_FINANCIAL = '零壹贰叁肆伍陆柒捌玖';

/** Disguises kept out of development. */
export const HELD_OUT_TRANSFORMS: readonly Transform[] = [
  { name: 'Greek homoglyphs', apply: onKeys((w) => [...w].map((c) => GREEK[c] ?? c).join('')) },
  { name: 'math double-struck', apply: onKeys(shiftLatin(0x1d538, 0x1d552)) },
  { name: 'math monospace', apply: onKeys(shiftLatin(0x1d670, 0x1d68a)) },
  {
    name: 'html tags splitting',
    apply: onKeys((w) => ([...w].length < 4 ? w : `<b>${[...w][0]}</b>${[...w].slice(1).join('')}`)),
  },
  { name: 'html entity + homoglyph', apply: onKeys((w) => entities(homoglyphs(w))) },
  { name: 'leet + spaced', apply: onKeys((w) => joinLetters(' ')(leet(w))) },
  {
    name: 'url (.)',
    apply: (s) =>
      s.url
        ? s.text.replace(
            s.url,
            s.url
              .replace(/^https?:\/\/(www\.)?|^www\./, '')
              .split('.')
              .join(' (.) '),
          )
        : null,
  },
  {
    name: 'phone keycap emoji',
    apply: (s) =>
      s.phone
        ? s.text.replace(
            s.phone,
            s.phone.replace(/\d/g, (d) => `${d}\ufe0f\u20e3`),
          )
        : null,
  },
  { name: 'zh 威信', apply: (s) => (s.text.includes('微信') ? s.text.replace('微信', '威信') : null) },
  { name: 'zh 徽信', apply: (s) => (s.text.includes('微信') ? s.text.replace('微信', '徽信') : null) },
  {
    name: 'zh 扣扣 / 企鹅号',
    apply: (s) =>
      s.text.includes('QQ')
        ? s.text.replace('QQ', '扣扣')
        : s.text.includes('微信')
          ? s.text.replace('微信', '企鹅号')
          : null,
  },
  {
    name: 'zh id 壹贰叁',
    apply: (s) =>
      s.contactId
        ? s.text.replace(
            s.contactId,
            s.contactId.replace(/\d/g, (d) => ZH_FINANCIAL[Number(d)] as string),
          )
        : null,
  },
];

/** Spam of the held-out families (escort ads, fake prizes, essay mills, gambling tips). */
export const HELD_OUT_SPAM: readonly ObfuscationSpam[] = [
  {
    family: 'casino',
    lang: 'en',
    text: 'Sure betting tips every day, 100% fixed matches, pay after win. WhatsApp +234 803 555 0123',
    keys: ['betting', 'fixed', 'matches'],
    phone: '+234 803 555 0123',
  },
  {
    family: 'messenger',
    lang: 'en',
    text: 'Congratulations, you have won an iPhone 15! Claim your prize now at https://prize-winner.click before it expires',
    keys: ['Congratulations', 'prize', 'iPhone'],
    url: 'https://prize-winner.click',
  },
  {
    family: 'seo',
    lang: 'en',
    text: 'Cheap essay writing service, plagiarism free papers delivered in 6 hours, order at https://best-essays.store',
    keys: ['essay', 'writing', 'plagiarism'],
    url: 'https://best-essays.store',
  },
  {
    family: 'crypto',
    lang: 'ru',
    text: 'Ставки на спорт с гарантией выигрыша, договорные матчи, пишите в телеграм @match_insider',
    keys: ['Ставки', 'договорные', 'гарантией'],
  },
  {
    family: 'pills',
    lang: 'ru',
    text: 'Таблетки для похудения, минус 12 кг за месяц без диет, заказ по ссылке https://hudeem-bystro.ru',
    keys: ['похудения', 'Таблетки', 'диет'],
    url: 'https://hudeem-bystro.ru',
  },
  {
    family: 'zh-wechat',
    lang: 'zh',
    text: '网络刷单兼职，一单一结，日赚500元，有意者加微信 shuadan520',
    keys: ['刷单', '一单一结'],
    contactId: 'shuadan520',
  },
  {
    family: 'zh-wechat',
    lang: 'zh',
    text: '六合彩内幕资料，一肖一码，每期必中，加QQ 88776655 跟单',
    keys: ['六合彩', '内幕'],
    contactId: '88776655',
  },
];

/** Genuine comments held out in the same way. */
export const HELD_OUT_GENUINE: readonly string[] = [
  'Our team won 3-1 and the keeper was l3g3nd4ry tonight.',
  'I always write the word "n o" with spaces when I mean it. No means no.',
  'They said it was the next Amazon dot com, it went bust in a year.',
  'Вспоминаю 90-е: о-о-очень тяжёлое было время.',
  '我家电话是以前的座机，号码我都记不清了，一二三几位都忘了。',
  'The ratio 𝔸 ⊂ 𝔹 in the chart is a typo, it should be the other way round.',
  'Bold text like 𝐭𝐡𝐢𝐬 is unreadable for screen readers, please stop.',
  'Лайфхак: пишите «с-п-а-с-и-б-о» детям по слогам, они быстрее читают.',
];
