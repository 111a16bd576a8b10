// Text normalisation for spam scoring: HTML out, invisible characters out (counted), NFKC,
// homoglyphs folded, URLs/emails/phones replaced by placeholder tokens, case folded.
import { DISGUISE, scanDisguises } from './disguise-scan.ts';
import {
  joinSpelled,
  readDefangedLinks,
  readNumberWords,
  readPlusV,
  readSpamWords,
  readSymbols,
} from './deobfuscate.ts';
import { replaceDisguisedEmails } from './disguised-email.ts';
import { foldHomoglyphs } from './homoglyph.ts';
import { readMessengerAliases } from './messenger-alias.ts';
import { readMessengerStandIns } from './messenger-standins.ts';
import { joinTaggedWords } from './html-words.ts';
import { readRussianSpelledDots } from './spelled-dot-ru.ts';
import {
  clearCodeSpans,
  findCodeSpans,
  HOST,
  inCodeSpan,
  isPastedCodeLink,
  unreachableHost,
} from '../signals/readers/pasted-code.ts';
import { replacePhoneNumbers } from '../signals/phone.ts';
import { ASCII_TLDS, IDN_TLDS, isBareDomainLink } from './tld.ts';
import { domainOf } from './url.ts';

/** Placeholder characters (Unicode private use) standing for what normalisation replaced. */
export const PLACEHOLDER = { url: '\uE000', email: '\uE001', phone: '\uE002' } as const;

/** A comment's text after normalisation, with the counts the signals need. */
export interface NormalizedText {
  /** Folded, lower-cased text with placeholders for URLs, emails and phone numbers. */
  text: string;
  /** The text as written (NFKC, HTML out, case kept, not folded) with placeholders for URLs and
   * emails but with its numbers: what the phone-number and place-name patterns read. */
  plain: string;
  /** Every URL found (from the text and from `<a href>`), as written. */
  urls: string[];
  /** The domain of each URL (lower case, without "www."), in order. */
  domains: string[];
  /** Links in `urls` to a host that can be nobody's site (localhost, 10.x, 127.0.0.1, *.local; a
   * documentation name such as example.com or *.test inside code), and those that sit in a command
   * or code a reader pasted (pasted-links.ts), and the characters of both: `links` and
   * `link-density` may leave them out (analyze.ts). */
  unreachableLinks: number;
  pastedLinks: number;
  quietLinkChars: number;
  /** Links to a documentation name outside code, and their characters (left out only in a
   * technical comment, pasted-links.ts). */
  docLinks: number;
  docLinkChars: number;
  /** E-mail addresses, the disguised ones included. */
  emails: number;
  /** Free-mail addresses written to dodge filters ("name [at] gmail [dot] com"; disguised-email.ts). */
  disguisedEmails: number;
  /** Phone numbers (phone.ts: shaped like one; dates, versions, IPs, counts are not). */
  phones: number;
  /** Toll-free and service numbers among them (1-8xx, 0800, 1800, 8-800, 400). */
  tollFree: number;
  /** Zero-width and bidi-control characters found between visible characters. */
  invisible: number;
  /** Words mixing Latin, Cyrillic or Greek letters. */
  mixedScriptWords: number;
  /** Letters in the visible text (URLs excluded) and how many of them were upper case. */
  letters: number;
  upper: number;
  /** Longest run of one repeated character (e.g. 6 for "!!!!!!"). */
  longestRun: number;
  /** Visible characters of text that is not a URL, email or phone number. */
  textLength: number;
}

// The invisible ones too (&shy; &zwj; …), so that "cas&shy;ino" is read as the soft hyphen it draws:
// removed and counted like one typed (removeInvisible).
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '\u00ad',
  zwsp: '\u200b',
  zerowidthspace: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  nobreak: '\u2060',
  invisibletimes: '\u2062',
  invisibleseparator: '\u2063',
};
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const HREF = /<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)[^>]*>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;
/** Markdown's marks at a dot between two letters or digits ("pills\\.com", "*pills*.com",
 * "pills.**com**"): the comment renderer shows "pills.com", so the dot is read bare. */
const MAYBE_MARKED_DOT = /[*_\\]\.|\.[*_]/;
const MARKED_DOT =
  /(?:([\p{L}\p{N}])(?:\*{1,3}|_{1,3}|\\)\.(?:\*{1,3}|_{1,3})?|([\p{L}\p{N}])\.(?:\*{1,3}|_{1,3}))(?=[\p{L}\p{N}])/gu;
/** An address in angle brackets (`<https://…>`, `<www.…>`, `<name@host>`): the comment renderer
 * shows it as a link, so it is text to read, not a tag to drop. */
const BRACKETED_ADDRESS =
  /<((?:https?|ftp):\/\/[^\s<>]+|www\.[^\s<>]+|mailto:[^\s<>]+|[^\s<>@/]+@[^\s<>@/]+\.[^\s<>@/]+)>/gi;
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]|\u034f|\u17b4|\u17b5/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
// A link, or a bare domain on a listed top-level domain (tld.ts: the common and spam-favoured
// generic ones, the country codes that are not also file extensions or code, punycode). A link
// ends at a space, a backtick (inline code's end) or at full-width punctuation (Chinese text runs on
// without a space). A bare domain that reads as code or prose is left as text (`isBareDomainLink`).
const LINK_END = `[^\\s<>"'\`，。！？、；：（）【】《》「」]`;
const URL = new RegExp(
  `\\b(?:https?:\\/\\/|www\\.)${LINK_END}+|\\b(?:[a-z0-9-]+\\.)+(?:xn--[a-z0-9-]+|${ASCII_TLDS.join('|')})\\b(?:\\/${LINK_END}*)?`,
  'gi',
);
const SCHEME_OR_WWW = /^(?:https?:\/\/|www\.)/i;
// A bare domain in another script: a label of letters of any script before an internationalised
// top-level domain (займы.рф, сайт.қаз, 例子.中国, zaymy.рф). Tried only when a dot is followed by a
// letter outside ASCII.
const IDN_URL = new RegExp(
  `(?<![\\p{L}\\p{N}_.@-])(?:[\\p{L}\\p{N}-]+\\.)+(?:${IDN_TLDS.join('|')})(?![\\p{L}\\p{N}_-])(?:\\/${LINK_END}*)?`,
  'giu',
);
const MAYBE_IDN = /\.[\u0080-\uffff]/;
const SPACED_DOT = /([a-z0-9])\s*(?:\(dot\)|\[dot\]|\s+\.)\s*(com|net|org|ru|info)\b/gi;
const MAYBE_URL = /[a-z0-9]\.[a-z]|:\/\//i;
// Punctuation that ends the sentence around a link, not the link ("see https://www.caa.gov.kz, …",
// "(www.un.org)", «…на сайте egov.kz.», 详见 https://www.gov.cn。): a closing bracket only when the
// link opened none of its own ("…/wiki/Tea_(drink)").
const URL_TAIL = /[.,;:!?'"»”’…，。！？、；：）】》」』)\]]+$/u;

/** A link as matched, split into the link and the sentence's punctuation that followed it. */
export function splitUrlTail(match: string): [url: string, tail: string] {
  const tail = URL_TAIL.exec(match);
  if (tail === null) return [match, ''];
  let cut = tail.index;
  // Give back a closing bracket the link itself opened.
  const url = match.slice(0, cut);
  let open = 0;
  for (let i = 0; i < url.length; i++)
    if (url[i] === '(') open++;
    else if (url[i] === ')') open--;
  while (open > 0 && match[cut] === ')') {
    cut++;
    open--;
  }
  return [match.slice(0, cut), match.slice(cut)];
}
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** Decodes the HTML entities that appear in comments (&amp;, &#39;, &#x27;, …). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// A timestamp link: `<a href="…?v=…&t=2m19s">2:19</a>`, what a video site makes of a time a reader
// types ("2:19 best part"); its text is the moment its address points at (t= in seconds, 1m00s,
// 1h2m3s). It quotes a moment of the video under discussion, so it is read as the time typed, not
// as a link (docs/spam.md, "Timestamp links").
const TIMESTAMP_LINK =
  /<a\b[^>]*?\bhref\s*=\s*["']?[^"'\s>]*?[?&#]t=(?:(\d+)h)?(?:(\d+)m)?(\d+)s?(?=["'\s>&#])[^>]*>\s*((?:\d{1,2}:)?\d{1,2}:\d{2})\s*<\/a>/gi;

/** Seconds of "1:02:03" or "2:19". */
function clockSeconds(clock: string): number {
  return clock.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

/** Timestamp links (`TIMESTAMP_LINK`) whose text is the moment they point at become that text. */
function unlinkTimestamps(text: string): string {
  if (!text.includes('t=')) return text;
  return text.replace(TIMESTAMP_LINK, (whole, h?: string, m?: string, s?: string, clock?: string) => {
    const seconds = Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
    return clock !== undefined && clockSeconds(clock) === seconds ? ` ${clock} ` : whole;
  });
}

/** Removes HTML tags, keeping each link's href (and an address in angle brackets) as text so it
 * still counts as a URL; a timestamp
 * link (its text the moment it points at) keeps only its text; inline tags and comments inside a
 * word go without a space ("vi<b></b>agra" is "viagra", html-words.ts). */
export function stripHtml(text: string): string {
  if (!text.includes('<')) return text;
  return joinTaggedWords(unlinkTimestamps(text.replace(BRACKETED_ADDRESS, ' $1 ')))
    .replace(HREF, ' $1 ')
    .replace(TAG, ' ');
}

/** Whether a UTF-16 code unit is one INVISIBLE matches. */
function isInvisibleCode(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x34f ||
    c === 0x61c ||
    c === 0x115f ||
    c === 0x1160 ||
    c === 0x17b4 ||
    c === 0x17b5 ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff
  );
}

/** HAS_INVISIBLE.test(text) as a scan of code units: most text has none, and nearly every code
 * unit is below U+00AD, so one comparison rules it out. */
function hasInvisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xad && isInvisibleCode(c)) return true;
  }
  return false;
}

/** Removes invisible characters; those between two visible characters are counted. */
export function removeInvisible(text: string): { text: string; invisible: number } {
  if (!hasInvisible(text)) return { text, invisible: 0 };
  let invisible = 0;
  const cleaned = text.replace(INVISIBLE, (_ch, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + 1];
    const visible = (ch: string | undefined): boolean =>
      ch !== undefined && /\S/.test(ch) && !HAS_INVISIBLE.test(ch);
    if (visible(before) && visible(after)) invisible++;
    return '';
  });
  return { text: cleaned, invisible };
}

// Whether a UTF-16 code unit is a letter (its lower and upper case differ) and whether it is upper
// case (it is not its own lower case), filled on first sight: a memo of a pure function, so the
// two case conversions run once per distinct character rather than once per character read.
const NOT_A_LETTER = 1;
const LOWER = 2;
const UPPER = 3;
const CASE_KIND = new Uint8Array(65_536);

function caseKind(ch: string): number {
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return NOT_A_LETTER;
  return lower !== ch ? UPPER : LOWER;
}

function letterStats(text: string): { letters: number; upper: number; longestRun: number; visible: number } {
  let letters = 0;
  let upper = 0;
  let longestRun = 0;
  let visible = 0;
  let run = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c === prev && c !== 0x20 ? run + 1 : 1;
    if (run > longestRun) longestRun = run;
    prev = c;
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || (c >= 0xe000 && c <= 0xe002)) continue;
    visible++;
    if (c < 128) {
      if (c >= 97 && c <= 122) letters++;
      else if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      }
      continue;
    }
    let kind = CASE_KIND[c] ?? 0;
    if (kind === 0) CASE_KIND[c] = kind = caseKind(text[i] ?? '');
    if (kind !== NOT_A_LETTER) {
      letters++;
      if (kind === UPPER) upper++;
    }
  }
  return { letters, upper, longestRun, visible };
}

/** Normalises a comment's text for the classifier and the content signals. */
export function normalizeText(raw: string): NormalizedText {
  const { text: visible, invisible } = removeInvisible(stripHtml(decodeEntities(raw)));
  // Disguises read as the plain text (deobfuscate.ts): each step only when its characters occur.
  let text = readSymbols(visible).normalize('NFKC');
  const scan = scanDisguises(text);
  if (scan & DISGUISE.plus && scan & DISGUISE.cjk) text = readPlusV(text);
  if (scan & (DISGUISE.cjk | DISGUISE.cyrillic))
    text = readMessengerAliases(text, (scan & DISGUISE.cjk) !== 0, (scan & DISGUISE.cyrillic) !== 0);
  text = readMessengerStandIns(text, (scan & DISGUISE.cjk) !== 0, (scan & DISGUISE.cyrillic) !== 0);
  if (scan & DISGUISE.spelled) text = joinSpelled(text);
  const disguised = replaceDisguisedEmails(text, ` ${PLACEHOLDER.email} `);
  text = disguised.text;
  // Cheap guards first: most comments have no email, no spaced-out domain, no URL.
  if (text.includes(' .') || text.includes('dot')) text = text.replace(SPACED_DOT, '$1.$2');
  if (MAYBE_MARKED_DOT.test(text)) text = text.replace(MARKED_DOT, '$1$2.');
  if (scan & DISGUISE.link) text = readDefangedLinks(text).text;
  if (scan & DISGUISE.cyrillic) text = readRussianSpelledDots(text);
  const urls: string[] = [];
  const domains: string[] = [];
  let unreachableLinks = 0;
  let pastedLinks = 0;
  let quietLinkChars = 0;
  let docLinks = 0;
  let docLinkChars = 0;
  let code = false;
  let emails = disguised.count;
  if (text.includes('@')) {
    text = text.replace(EMAIL, () => {
      emails++;
      return ` ${PLACEHOLDER.email} `;
    });
  }
  // The link reader (a closure over the counts above) is made only for a text that may hold a
  // link: most comments hold none, and under tsx each closure made also costs a __name call (1% of
  // a verdict). Without a link-like text nothing changes before the IDN test, so it reads the same.
  const maybeUrl = MAYBE_URL.test(text);
  if (maybeUrl || MAYBE_IDN.test(text)) {
    const link = (match: string, offset: number, whole: string): string => {
      const [url, tail] = splitUrlTail(match);
      if (!SCHEME_OR_WWW.test(url)) {
        const slash = url.indexOf('/');
        const host = slash < 0 ? url : url.slice(0, slash);
        const after = slash < 0 ? whole.slice(offset + host.length, offset + host.length + 2) : '';
        if (!isBareDomainLink(host, after, slash >= 0)) return match;
      }
      const domain = domainOf(url);
      // A host nobody's site can be on, and a link in pasted code, are marked (pasted-links.ts).
      const kind = unreachableHost(domain);
      if (kind === HOST.private || (kind === HOST.documentation && code && inCodeSpan(offset))) {
        unreachableLinks++;
        quietLinkChars += url.length;
      } else if (kind === HOST.documentation) {
        docLinks++;
        docLinkChars += url.length;
      } else if (code && isPastedCodeLink(whole, offset, domain)) {
        pastedLinks++;
        quietLinkChars += url.length;
      }
      urls.push(url);
      domains.push(domain);
      return ` ${PLACEHOLDER.url} ${tail}`;
    };
    // Code spans only when there is a backtick; their offsets hold for the first pass only.
    if (maybeUrl) {
      code = text.includes('`') && findCodeSpans(text);
      text = text.replace(URL, link);
      if (code) clearCodeSpans();
      code = false;
    }
    if (MAYBE_IDN.test(text)) text = text.replace(IDN_URL, link);
  }
  if (scan & DISGUISE.word) text = readSpamWords(text);
  if (scan & DISGUISE.numberWords) text = readNumberWords(text);
  const plain = text;
  const phones = replacePhoneNumbers(text, PLACEHOLDER.phone);
  text = phones.text;
  const stats = letterStats(text);
  const folded = foldHomoglyphs(text);
  return {
    text: folded.text.toLowerCase(),
    plain,
    urls,
    domains,
    unreachableLinks,
    pastedLinks,
    quietLinkChars,
    docLinks,
    docLinkChars,
    emails,
    disguisedEmails: disguised.count,
    phones: phones.phones,
    tollFree: phones.tollFree,
    invisible,
    mixedScriptWords: folded.mixedScriptWords,
    letters: stats.letters,
    upper: stats.upper,
    longestRun: stats.longestRun,
    textLength: stats.visible,
  };
}
