// HTML inside a word read as the word a reader sees (issue 15, second disguise round, 2026-12-07;
// docs/spam.md, "Disguises read as plain text"). A browser draws "vi<b></b>agra", "ca<span>si</span>no",
// "lo<!-- -->an" and 加<i>微</i>信 as one word, but a tag read as a space splits it ("vi agra"), so
// the spam vocabulary and the messenger patterns never see it. Inline formatting tags and HTML
// comments between two letters or digits are taken out without a space; every other tag (a link,
// a line break, a paragraph) and every tag beside a space still reads as a space, so a reader's
// <b>bold</b> or <i>italic</i> words and <a> links read as before.
import { cheapLetters, withCheapLetters } from './letter-class.ts';

// Tags a browser draws inside a line without breaking a word (no <a>: its address is kept as text,
// no <q>: it draws quotation marks, no <img>, <br>, <p>, <div>, <li> …).
const INLINE =
  'b|i|u|s|em|strong|span|font|small|big|sub|sup|mark|ins|del|strike|abbr|tt|wbr|code|kbd|var|dfn|cite|bdi|bdo|data|time';
// A run of inline tags and HTML comments with a letter or digit (any script) on both sides. A tag's
// attributes must have values (class="x"), so code ("if a<b and c>d") is not read as a tag; a
// comment is bounded (200 characters) so an unclosed "<!--" costs little.
const IN_WORD = new RegExp(
  withCheapLetters(
    `(?:<\\/?(?:${INLINE})(?:\\s+[a-z-]+\\s*=\\s*(?:"[^"<>]*"|'[^'<>]*'|[^\\s"'<>]+))*\\s*\\/?>|<!--[\\s\\S]{0,200}?-->)+(?=[\\p{L}\\p{N}])`,
  ),
  'giu',
);

const LETTER_OR_DIGIT = cheapLetters(/[\p{L}\p{N}]/u);

/** Inline tags and HTML comments between two letters or digits taken out ("vi<b></b>agra" →
 * "viagra"); the caller has checked that the text holds a "<". The letter before is looked at once
 * a run is found (the pattern starts with "<", which the engine scans for quickly). */
export function joinTaggedWords(text: string): string {
  return text.replace(IN_WORD, (run: string, offset: number) =>
    offset > 0 && LETTER_OR_DIGIT.test(text[offset - 1] as string) ? '' : run,
  );
}
