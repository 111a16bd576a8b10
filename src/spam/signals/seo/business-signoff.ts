// A business's name signing off a comment (issue 15, 2026-12-07): "Regards, Summit Roofing
// Contractors Denver", "Cheers, the team at Bright Smile Dental", "— Harper Plumbing & Heating
// Ltd", "Best wishes from Swift Movers Chicago", "Regards, Mike from Apex Pest Control Phoenix",
// «С уважением, компания «СтройДом»», ——广州顺达物流有限公司, 来自杭州美家家政服务. The SEO comment
// puts it under praise that fits any article, with the business's site as the form's website.
// seo.ts counts it as an anchor only beside praise, and analyze.ts lets it make the author an
// anchor (`keyword-author`) only when the author's name or website is the business it names. A
// person signing ("Regards, Tom", «С уважением, Ирина», ——小李), a place ("Best wishes from
// Chicago!"), a press office or a spokesperson ("Sarah Lee, Communications Manager, Northwind
// Motors", «пресс-служба акимата», 新闻发言人) is no such sign-off.
import { NAME_TRADES, RUSSIAN_TRADES } from './business-name.ts';
import { PUBLIC_BODY } from '../commercial.ts';
import { isPraiseOnly, MAX_PRAISE_ONLY_CHARS } from './praise-only.ts';
import { countPraise, endsCapitalised, SIGNS_WITH_ROLE, TRADE_WORDS } from './seo.ts';
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';

/** A business's sign-off: where it starts in the text, and the words of the name it signs with. */
export interface BusinessSignoff {
  /** Index in the text where the closing (its cue, or the name itself) starts. */
  start: number;
  /** The signed name and place as written ("Smile Plus Dental Clinic Karachi", «СтройДом»). */
  name: string;
}

// The closings that open a sign-off: a greeting or thanks, "from", "posted by", or a dash opening
// the line. Case-insensitive: the name after one is checked for capitals word by word.
const EN_CLOSING =
  /(?<![A-Za-z])(?:(?:(?:kind|best|warm|warmest|many|with)\s+)?(?:regards|wishes)|cheers|best|sincerely|thanks|thank you|greetings|all the best|yours(?:\s+truly)?|posted by|from)(?![A-Za-z])[,:!]?\s*|(?<=^|[\s.!])[—–]\s*|(?<=\s)-\s+/gi;
// Who signs within the business, dropped before the name is read: "from", "the team at",
// "everyone at", "all of us at", "Team", and a person's name before "from", "at", "@", "|" or a
// comma ("Mike from", "Jenna @", "Martin |", "Dr. Shah,").
const EN_TEAM =
  /^(?:from\s+)?(?:(?:the\s+)?(?:team|folks|staff|crew)\s+(?:at|from|of)\s+|(?:everyone|all(?:\s+of\s+us)?)\s+(?:at|from)\s+|team\s+)?/iu;
const EN_PERSON = /^(?:(?:dr|mr|mrs|ms)\.\s*)?[^,|@.!?]{1,30}?\s*(?:[,|@]|\s(?:from|at)\s)\s*/iu;
const EN_CONNECTOR = /^(?:&|and|of|the|'s|’s|\+)$/iu;
// Trades and business words a name ends or turns on ("… Dental", "… Law Firm", "… Ltd").
const EN_BUSINESS = new Set(
  `${TRADE_WORDS}|${NAME_TRADES}|dentistry|maids|law|firm|motors|auto|studio|clinic|ltd|llc|inc|co|plc|pty|gmbh|group|services`
    .split('|')
    .flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w]))
    .filter((w) => /^[a-z-]+$/.test(w)),
);
// Two-word trades ("Pest Control", "Law Firm", "Driving School", "Real Estate").
const EN_BUSINESS_PHRASE = new RegExp(
  withCheapLetters(
    `(?<![\\p{L}])(?:${`${TRADE_WORDS}|${NAME_TRADES}`
      .split('|')
      .filter((t) => t.includes(' '))
      .join('|')})(?![\\p{L}])`,
  ),
  'iu',
);
// Russian: a closing, then a firm: «С уважением, компания «СтройДом»», «Команда клининговой
// компании «Чистый дом»», «Ваш «Грузовичок» — грузоперевозки …», «— компания «Уютный дом»».
// Cheap tests first, on the lower-cased tail (no case-insensitive Unicode matching): a closing
// or a firm's word, and a trade or firm's stem.
const RU_CUES =
  /уважени|наилучш|всего|ваш|команд|коллектив|—|–|компани|агентств|студи|клиник|салон|автосервис|бюро/;
const RU_STEMS = new RegExp(
  `компани|агентств|студи|клиник|салон|сервис|магазин|фирм|бюро|ооо|грузоперевоз|${RUSSIAN_TRADES.replaceAll('\\p{L}*', '')}`,
);
const RU_CLOSING = cheapLetters(
  /(?<![\p{L}])(с уважением|с наилучшими пожеланиями|всего доброго|всего наилучшего|ваш[аеи]?|команда|коллектив)(?![\p{L}])[,:!]?\s*|(?<=^|[\s.!])[—–]\s*/giu,
);
const RU_BUSINESS = new RegExp(
  withCheapLetters(
    `(?<![\\p{L}])(?:компани\\p{L}*|агентств\\p{L}*|студи\\p{L}*|клиник\\p{L}*|салон\\p{L}*|автосервис\\p{L}*|магазин\\p{L}*|фирм\\p{L}*|бюро|ооо|грузоперевоз\\p{L}*|${RUSSIAN_TRADES})(?![\\p{L}])`,
  ),
  'iu',
);
// A sentence that is a firm's name by itself: «Юридическая компания «Право и Закон», Екатеринбург».
const RU_NAME_SENTENCE = cheapLetters(
  /(?:^|[.!?]\s+)((?:\p{L}+\s+)?(?:компани|агентств|студи|клиник|салон|автосервис|бюро)\p{L}*\s+«[^»]{2,40}»[^.!?]{0,40})[\s.!]*$/iu,
);
// A reader's own words beside a firm: «я работаю в …», «сам работаю …».
const RU_READER = cheapLetters(/(?<![\p{L}])(?:я|сам|сама|мы)\s+(?:работаю|работаем|тружусь)/iu);

// Chinese: a closing dash or 来自, or the comment's last clause, naming a firm by its suffix:
// ——广州顺达物流有限公司, 来自杭州美家家政服务, 上海诚信装修公司.
const ZH_END = /(?:公司|事务所|事務所|工作室|服务|服務|商行)[\s。！!.]*$/u;
const ZH_SIGNOFF =
  /(?:——|—|－－|来自|來自|[。！？!?，,；;\s])\s*(\p{Script=Han}{2,16}(?:公司|事务所|事務所|工作室|服务|服務|商行))[\s。！!.]*$/u;
const ZH_READER = /我|员工|員工|读者|讀者/u;

const CJK = /[\u2e80-\u9fff]/;

/** The script of the text's last letter, past closing punctuation: where a sign-off would be. */
// A firm named first after a dash or «ваш» (the cheaper letter classes of letter-class.ts).
const FIRM_FIRST = cheapLetters(/^(?:«|\p{L}*\s*(?:компани|агентств|студи|клиник|салон|автосервис|бюро))/iu);

function lastScript(tail: string): 'han' | 'cyrillic' | 'latin' | null {
  for (let i = tail.length - 1; i >= 0; i--) {
    const c = tail.charCodeAt(i);
    // spaces, . ! " » ” 。 ！
    if (
      c <= 32 ||
      c === 46 ||
      c === 33 ||
      c === 34 ||
      c === 0xbb ||
      c === 0x201d ||
      c === 0x3002 ||
      c === 0xff01
    )
      continue;
    if (c >= 0x2e80 && c <= 0x9fff) return 'han';
    if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'latin' : null;
  }
  return null;
}

/** Whether an English sign-off's rest (after its closing) is a business's name. */
function isEnglishBusiness(name: string): boolean {
  const words = name.split(/[\s,|@]+/u).filter((w) => w !== '');
  if (words.length < 2 || words.length > 9) return false;
  let business = false;
  for (const w of words) {
    if (EN_CONNECTOR.test(w)) continue;
    const first = w[0] ?? '';
    if (first === first.toLowerCase()) return false; // a sentence, not a name
    const bare = w.replace(/(?:'s|’s)$|[.'’]+$/u, '').toLowerCase();
    if (EN_BUSINESS.has(bare)) business = true;
  }
  return business || EN_BUSINESS_PHRASE.test(name);
}

/** The first English closing in the tail whose rest is a business's name. */
function englishSignoff(tail: string): { start: number; name: string } | null {
  EN_CLOSING.lastIndex = 0;
  for (let m = EN_CLOSING.exec(tail); m !== null; m = EN_CLOSING.exec(tail)) {
    const rest = tail.slice(m.index + m[0].length).replace(/[\s.!]+$/u, '');
    const team = rest.slice(EN_TEAM.exec(rest)?.[0].length ?? 0);
    const person = EN_PERSON.exec(team);
    for (const name of person ? [team.slice(person[0].length), team] : [team])
      if (isEnglishBusiness(name)) return { start: m.index, name };
  }
  return null;
}

/** Whether a code unit is what /\s/ matches. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether text[start, end) holds more than `max` words (runs of non-space): no array made. */
function moreWordsThan(text: string, start: number, end: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

/** The first Russian closing in the tail followed by a firm; or a closing sentence naming one. */
function russianSignoff(tail: string): { start: number; name: string } | null {
  const lower = tail.toLowerCase();
  if (!RU_STEMS.test(lower) || !RU_CUES.test(lower)) return null;
  // Every closing's name runs to the same end: the tail without its closing spaces, dots and "!".
  let end = tail.length;
  while (end > 0) {
    const c = tail.charCodeAt(end - 1);
    if (c !== 0x2e && c !== 0x21 && !isSpace(c)) break;
    end--;
  }
  RU_CLOSING.lastIndex = 0;
  for (let m = RU_CLOSING.exec(tail); m !== null; m = RU_CLOSING.exec(tail)) {
    const start = m.index + m[0].length;
    if (start >= end) continue;
    if (moreWordsThan(tail, start, end, 10)) continue;
    const rest = tail.slice(start, end);
    if (!RU_BUSINESS.test(rest)) continue;
    // After a dash or «ваш» the firm comes first: «— компания …», «Ваш «Грузовичок» …».
    const cue = (m[1] ?? '').toLowerCase();
    if ((cue === '' || cue.startsWith('ваш')) && !FIRM_FIRST.test(rest)) continue;
    return { start: m.index, name: rest };
  }
  const s = tail.includes('«') ? RU_NAME_SENTENCE.exec(tail) : null;
  return s ? { start: s.index + s[0].indexOf(s[1] ?? ''), name: s[1] ?? '' } : null;
}

/**
 * The business's sign-off that ends a comment, if any. `plain` is the normalised text before
 * case folding. A sign-off is a closing ("Regards,", "Cheers from", "—", «С уважением,», ——, 来自)
 * followed by a name in capitals with a trade or business word, at the very end; or, in Russian
 * and Chinese, a closing sentence that is a firm's name. Never a role or a public body's, nor a
 * reader's own words about their work («я работаю в компании …», 我是…公司的员工).
 */
export function businessSignoff(plain: string): BusinessSignoff | null {
  const offset = Math.max(0, plain.length - 180);
  const tail = plain.slice(offset).trimEnd();
  const script = lastScript(tail);
  if (script === null) return null;
  let found: { start: number; name: string } | null = null;
  if (script === 'han') {
    const m = ZH_END.test(tail) ? ZH_SIGNOFF.exec(tail) : null;
    if (m && !ZH_READER.test(m[1] ?? '')) found = { start: m.index, name: m[1] ?? '' };
  } else if (script === 'cyrillic') {
    found = russianSignoff(tail);
    if (found && RU_READER.test(tail.slice(Math.max(0, found.start - 60)))) found = null;
  } else if (endsCapitalised(tail)) {
    // An English name and its closing fit in 120 characters (nine words at most).
    const cut = Math.max(0, tail.length - 120);
    found = englishSignoff(tail.slice(cut));
    if (found) found = { start: cut + found.start, name: found.name };
  }
  if (found === null || SIGNS_WITH_ROLE.test(found.name) || PUBLIC_BODY.test(found.name)) return null;
  return { start: offset + found.start, name: found.name };
}

const LETTERS_ONLY = cheapLetters(/[^\p{L}\p{N}]+/gu);

/**
 * Whether the author's name or website is the business a sign-off names: the name's words all in
 * the signed name ("Summit Roofing" under "Summit Roofing Contractors Denver", «Грузовичок»,
 * 顺达物流), or the website's domain spelling two of its words in a row ("apexpestcontrol…" under
 * "Apex Pest Control Phoenix") or one of its trade words ("summitroofingdenver.com"). A person's
 * blog does not spell a business's name.
 */
export function signedByAuthor(
  signoff: BusinessSignoff,
  author: string | null | undefined,
  website: string | null | undefined,
): boolean {
  const signed = signoff.name.toLowerCase();
  const name = (author ?? '').trim().toLowerCase();
  if (name !== '') {
    if (CJK.test(name)) {
      if (name.length >= 2 && signed.includes(name)) return true;
    } else {
      const words = name.split(LETTERS_ONLY).filter((w) => w.length > 1);
      const inName = new Set(signed.split(LETTERS_ONLY));
      if (
        words.length > 0 &&
        words.every((w) => inName.has(w)) &&
        signed.split(LETTERS_ONLY).length > words.length
      )
        return true;
    }
  }
  const host = (website ?? '')
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '');
  if (host === '') return false;
  const label = host.split('.').slice(0, -1).join('').replace(LETTERS_ONLY, '');
  if (label.length < 5) return false;
  const words = signed.split(LETTERS_ONLY).filter((w) => w.length > 1 && /^[a-z0-9]+$/.test(w));
  for (let i = 0; i + 1 < words.length; i++) if (label.includes(`${words[i]}${words[i + 1]}`)) return true;
  return words.some((w) => w.length >= 5 && EN_BUSINESS.has(w) && label.includes(w));
}

/** What a comment's sign-off adds to the SEO evidence (analyze.ts). */
export interface SignoffEvidence {
  /** Praise (seo.ts's phrases, or praise and nothing else) before a business's sign-off: an anchor. */
  praised: boolean;
  /** The text before the sign-off is praise and nothing else (praise-only.ts). */
  praiseOnly: boolean;
  /** With that praise, the author's name or website is the business signing (a website given). */
  byAuthor: boolean;
}

const NO_SIGNOFF: SignoffEvidence = { praised: false, praiseOnly: false, byAuthor: false };

/**
 * The sign-off evidence of a comment (analyze.ts): praise, then a business's sign-off. `plain` is
 * its normalised text before case folding, `website` the form's website (null or blank if none).
 */
export function signoffEvidence(
  plain: string,
  author: string | null | undefined,
  website: string | null | undefined,
): SignoffEvidence {
  const signoff = businessSignoff(plain);
  if (signoff === null) return NO_SIGNOFF;
  const body = plain.slice(0, signoff.start).toLowerCase();
  const praiseOnly = body.length <= MAX_PRAISE_ONLY_CHARS && isPraiseOnly(body);
  const praised = praiseOnly || countPraise(body) > 0;
  const byAuthor = praised && (website ?? '').trim() !== '' && signedByAuthor(signoff, author, website);
  return { praised, praiseOnly, byAuthor };
}
