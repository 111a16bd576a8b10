// Homoglyph folding: Latin, Cyrillic and Greek look-alike letters inside one word are folded to
// the word's dominant script, so "Нaбuрaю" (Latin a, u, a inside a Cyrillic word) and "Набираю"
// give the same token. Tables are case-sensitive because "B" looks like "В" but "b" looks like "ь".

/** A writing system we fold between. */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'other';

function table(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of pairs.split(' ')) {
    const [from, to] = [...pair];
    if (from !== undefined && to !== undefined) map.set(from, to);
  }
  return map;
}

// Latin (and digits inside words) → Cyrillic look-alikes.
const LATIN_TO_CYRILLIC = table(
  'aа AА BВ bь cс CС eе EЕ HН KК kк MМ mм OО oо PР pр TТ XХ xх yу YУ uи nп rг iі IІ jј sѕ 6б 0о 3з',
);
// Cyrillic → Latin look-alikes.
const CYRILLIC_TO_LATIN = table(
  'аa АA ВB вb еe ЕE ёe КK кk МM мm НH нh ОO оo РP рp СC сc ТT тt ХX хx УY уy іi ІI јj ЈJ ѕs ЅS ԁd ԛq ԝw пn иu гr ьb',
);
// Greek → Latin look-alikes.
const GREEK_TO_LATIN = table('ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX αa οo ρp νv ιi κk τt υu χx εe');
const LATIN_TO_GREEK = table('aα oο pρ vν iι kκ tτ uυ xχ eε');

/** The script of one character (letters only; everything else is 'other'). */
export function scriptOf(ch: string): Script {
  const c = ch.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  return 'other';
}

function outgoing(script: Script): Map<string, string> | undefined {
  if (script === 'latin') return LATIN_TO_CYRILLIC;
  if (script === 'cyrillic') return CYRILLIC_TO_LATIN;
  if (script === 'greek') return GREEK_TO_LATIN;
  return undefined;
}

/** Maps one character to its look-alike in the target script, or returns it unchanged. */
export function foldChar(ch: string, target: Script): string {
  const from = scriptOf(ch);
  if (from === target || from === 'other') return ch;
  if (target === 'cyrillic') {
    const latin = from === 'greek' ? (GREEK_TO_LATIN.get(ch) ?? ch) : ch;
    return LATIN_TO_CYRILLIC.get(latin) ?? ch;
  }
  if (target === 'latin') {
    return (from === 'cyrillic' ? CYRILLIC_TO_LATIN : GREEK_TO_LATIN).get(ch) ?? ch;
  }
  if (target === 'greek') {
    const latin = from === 'cyrillic' ? (CYRILLIC_TO_LATIN.get(ch) ?? ch) : ch;
    return LATIN_TO_GREEK.get(latin.toLowerCase()) ?? ch;
  }
  return ch;
}

/** Letter counts per script; distinctive letters (no look-alike elsewhere) count double. */
function scriptVotes(word: string): { latin: number; cyrillic: number; greek: number; scripts: number } {
  const votes = { latin: 0, cyrillic: 0, greek: 0, scripts: 0 };
  for (const ch of word) {
    const script = scriptOf(ch);
    if (script === 'other') continue;
    if (votes[script] === 0) votes.scripts += 1;
    votes[script] += outgoing(script)?.has(ch) ? 1 : 2;
  }
  return votes;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && scriptOf(ch) !== 'other';
}

function fullyIn(word: string, script: Script): boolean {
  for (const ch of word) {
    const s = scriptOf(ch);
    if (s !== 'other' && s !== script) return false;
  }
  return true;
}

/** Whether every letter of a single-script word has a look-alike in the target script. */
function fullyMappable(word: string, target: Script): boolean {
  let letters = 0;
  for (const ch of word) {
    const script = scriptOf(ch);
    if (script === 'other') continue;
    letters += 1;
    if (script !== target && foldChar(ch, target) === ch) return false;
  }
  return letters > 0;
}

/** The script most letters of a text are written in (ignoring look-alike ambiguity). */
export function dominantScript(text: string): Script {
  let latin = 0;
  let cyrillic = 0;
  let greek = 0;
  for (let i = 0; i < text.length; i++) {
    const script = scriptOf(text[i] ?? '');
    if (script === 'latin') latin++;
    else if (script === 'cyrillic') cyrillic++;
    else if (script === 'greek') greek++;
  }
  if (cyrillic > latin && cyrillic >= greek) return 'cyrillic';
  if (greek > latin && greek > cyrillic) return 'greek';
  return latin > 0 ? 'latin' : 'other';
}

const NON_LATIN = /[\u0370-\u052f]/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Result of folding a text: the folded text and how many words mixed scripts. */
export interface FoldResult {
  text: string;
  mixedScriptWords: number;
}

/**
 * Folds look-alike letters word by word. A word mixing scripts goes to its majority script; a
 * single-script word made only of look-alikes goes to the text's dominant script ("u" → "и" in
 * Russian text).
 */
export function foldHomoglyphs(text: string): FoldResult {
  if (!NON_LATIN.test(text)) return { text, mixedScriptWords: 0 };
  const dominant = dominantScript(text);
  let mixedScriptWords = 0;
  const folded = text.replace(WORD, (word) => {
    const votes = scriptVotes(word);
    let target: Script;
    if (votes.scripts > 1) {
      mixedScriptWords += 1;
      const best = Math.max(votes.latin, votes.cyrillic, votes.greek);
      const tied = [votes.latin, votes.cyrillic, votes.greek].filter((v) => v === best).length > 1;
      if (tied && dominant !== 'other') target = dominant;
      else if (votes.cyrillic === best) target = 'cyrillic';
      else if (votes.latin === best) target = 'latin';
      else target = 'greek';
    } else if (dominant !== 'other' && !fullyIn(word, dominant) && fullyMappable(word, dominant)) {
      target = dominant;
    } else {
      return word;
    }
    const chars = [...word];
    let out = '';
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] ?? '';
      // Digits between letters of a Cyrillic word ("pa6oта") are look-alikes too.
      const digitLetter =
        target === 'cyrillic' && ch >= '0' && ch <= '9' && isLetter(chars[i - 1]) && isLetter(chars[i + 1]);
      out += digitLetter ? (LATIN_TO_CYRILLIC.get(ch) ?? ch) : foldChar(ch, target);
    }
    return out;
  });
  return { text: folded, mixedScriptWords };
}
