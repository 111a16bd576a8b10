// An earnings claim that leaves no way to reach its writer (issue 15, genuine-gaps, 2026-12-07;
// genuine-gap-examples.ts). The reply chain's seed (testimonial-patterns.ts: a claim of the
// writer's own earnings, the hook inviting replies and "no experience needed", all three) counted
// three `earnings-offer` phrases (+5), so a driver's or a courier's own account «заработал 80 000 за
// месяц без опыта, спрашивайте, если интересно, как оформиться в парк» went to spam (0.55) with no
// link, no handle and no number in it. A moderator wants to see such a comment (the seed's
// contact comes in the replies), but it sends nobody anywhere: with no link, e-mail, phone,
// messenger handle or messenger name, and no other offer family, the seed counts once and the
// comment is held: never published (analyze.ts gives `hold`, the floor a reputation list's `hold`
// action uses) and never sent to spam by the claim (its `earnings-offer` is marked hold-at-most for
// this comment, the rule a disposable address follows: verdict.ts), and a note on the reason says
// why.
import type { NormalizedText } from '../../text/normalize.ts';
import type { SignalNote } from '../../signal-note.ts';
import type { SignalCode } from '../signals.ts';
import { CLAIM_CONTEXT } from '../offers/testimonial-patterns.ts';
import { cheapLetters } from '../../text/letter-class.ts';

const CLAIM_PATTERNS = CLAIM_CONTEXT.patterns.map((p) => new RegExp(p, 'gu'));

// A way to reach the writer beyond links, e-mail and phone numbers (normalisation finds those): a
// handle, a messenger's name, "DM me", "link in bio", «в личку», «ссылка в профиле», 私信, 加我, 主页.
const MESSENGER = cheapLetters(
  /@[a-z0-9_.]{3,}|\b(?:whatsapp|telegram|viber|wechat|signal|dm|pm|inbox|direct|profile|bio|links?|channel|page)\b|телеграм|телега|вотсап|ватсап|вайбер|(?<!\p{L})(?:лс|личк\p{L}*|директ)(?!\p{L})|профил|шапк|ссылк|канал|страниц|微信|vx|qq|私信|私聊|加我|主页|主頁|简介|簡介|链接|鏈接|频道|頻道/u,
);

// A job the writer does, named: what a driver or a courier tells. The seed of a reply chain names
// a method instead ("this simple method", «простым способом», «схема», 这个方法), and stays spam.
const JOB = cheapLetters(
  /\b(?:taxi|cab|courier|driver|driving|drive|delivery|deliveries|fleet|warehouse|waiter|waitress|builder|construction|rider|shift|shifts)\b|такси|таксу|курьер|водител|доставк|таксопарк|(?<!\p{L})парк|склад|стройк|вахт|официант|смен|外卖|外賣|快递|快遞|网约车|網約車|司机|司機|骑手|騎手|送餐|跑单|跑單/u,
);
const METHOD =
  /\b(?:method|system|scheme|trick|secret|strategy|invest\w*|passive|from home|online|crypto|trading)\b|способ|схем|метод|вложени|инвест|пассивн|на дому|из дома|онлайн|в интернете|крипт|方法|项目|項目|在家|投资|投資|躺赚|副业|副業/u;

/** How many earnings-offer phrases the reply chain's seed counted in this text (its context's
 * own test), 0 when its context does not hold. */
function claimPhrases(text: string): number {
  if (!CLAIM_CONTEXT.when.test(text) || CLAIM_CONTEXT.unless?.test(text) === true) return 0;
  let n = 0;
  for (const re of CLAIM_PATTERNS) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

/**
 * In an offer count (OFFER_SIGNAL_CODES order; `earningsAt` the `earnings-offer` index), whether
 * the earnings phrases are the reply chain's seed and nothing else in a comment that leaves no way
 * to reach its writer; if so the seed is counted once (the array is changed) and true is returned:
 * the comment is to be held, never sent to spam. Cheap first: most comments count no earnings.
 */
export function trimContactlessClaim(n: NormalizedText, counts: number[], earningsAt: number): boolean {
  const earnings = counts[earningsAt] ?? 0;
  if (earnings < 2) return false;
  if (n.urls.length + n.emails + n.phones + n.disguisedEmails > 0) return false;
  for (let i = 0; i < counts.length; i++) if (i !== earningsAt && (counts[i] ?? 0) > 0) return false;
  if (MESSENGER.test(n.text) || !JOB.test(n.text) || METHOD.test(n.text)) return false;
  const seed = claimPhrases(n.text);
  // Every phrase counted must be the seed's: another earnings context (a pitch "from home") stays.
  if (seed < 2 || seed < earnings) return false;
  counts[earningsAt] = 1;
  return true;
}

/** The signal the contactless claim may hold by, never send to spam by (verdict.ts). */
export const CONTACTLESS_HOLD_AT_MOST: readonly SignalCode[] = ['earnings-offer'];

/** The reasons' notes with one for `earnings-offer` when the seed was counted once. */
export function contactlessClaimNote(notes: Map<SignalCode, SignalNote> | null): Map<SignalCode, SignalNote> {
  const out = notes ?? new Map<SignalCode, SignalNote>();
  out.set('earnings-offer', {
    message:
      'an earnings claim inviting questions, with no link, handle or number: counted once, held for a moderator (never spam by the claim)',
    values: { contactless: 1 },
  });
  return out;
}
