// A domain whose dot Russian spells as a word, read as the domain (docs/spam.md, "Normalisation"
// step 3, defanged links).
import { cheapLetters } from './letter-class.ts';
import { ASCII_TLDS } from './tld.ts';

const TLD_SET = new Set(ASCII_TLDS);

// Russian spells the dot as a word to hide a link: «keysoft точка ру», «zaim-bystro тчк ком» — a
// Latin label, «точка» or «тчк», and a top-level domain in Latin or Cyrillic letters. A label in
// Latin letters right before «точка» is a name, not Russian prose («точка зрения», «на карте эта
// точка» keep their word).
const RU_TLDS: Record<string, string> = {
  ру: 'ru',
  ком: 'com',
  нет: 'net',
  орг: 'org',
  рф: 'рф',
  кз: 'kz',
  уз: 'uz',
  кг: 'kg',
  су: 'su',
  инфо: 'info',
};
const MAYBE_RU_DOT = /точк|тчк/i;
const RU_SPELLED_DOT = cheapLetters(
  /(?<![\p{L}\p{N}_.@-])([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\s+(?:точка|тчк)\s+(ру|ком|нет|орг|рф|кз|уз|кг|су|инфо|[a-z]{2,12})(?![\p{L}\p{N}_-])/giu,
);

/** A domain whose dot Russian spells as a word («keysoft точка ру») read as the domain. */
export function readRussianSpelledDots(text: string): string {
  if (!MAYBE_RU_DOT.test(text)) return text;
  return text.replace(RU_SPELLED_DOT, (whole, label: string, tld: string) => {
    const top = RU_TLDS[tld.toLowerCase()] ?? tld.toLowerCase();
    return top === 'рф' || TLD_SET.has(top) ? `${label}.${top}` : whole;
  });
}
