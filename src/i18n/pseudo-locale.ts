// The pseudo-locale `en-XA`: every English message with its letters accented and its text
// bracketed ⟦…⟧ (about a third longer, as translations often are). A page rendered in it shows
// at a glance, and to a test, any interface text that did not come through a catalog.
import { mapLiterals, type MessageElement } from './message-ast.ts';

/** The pseudo-locale's tag. */
export const PSEUDO_LOCALE = 'en-XA';

/** Marks the start and end of every pseudo-localised message. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accents every ASCII letter of `text` and lengthens its vowels. */
export function pseudoText(text: string): string {
  let out = '';
  for (const ch of text) {
    const accented = ACCENTED[ch];
    out += accented === undefined ? ch : 'aeiouAEIOU'.includes(ch) ? accented + accented : accented;
  }
  return out;
}

/** A parsed English message turned pseudo: literals accented, the whole wrapped in ⟦…⟧. */
export function pseudoMessage(elements: MessageElement[]): MessageElement[] {
  return [
    { type: 0, value: PSEUDO_OPEN },
    ...mapLiterals(elements, pseudoText),
    { type: 0, value: PSEUDO_CLOSE },
  ];
}
