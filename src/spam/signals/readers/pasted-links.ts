// What the links left out (pasted-code.ts finds them) change in a comment's signals (issue 15,
// 2026-12-07 late; docs/spam.md, "Technical pastes"): the `links` and `link-density` signals leave
// them out, and only in a comment that sells, promotes and contacts nothing (analyze.ts).
import { bareCommandLinks } from './bare-command.ts';
import { devReferenceLinks } from './dev-references.ts';
import type { NormalizedText } from '../../text/normalize.ts';
import type { SignalNote } from '../../signal-note.ts';
import { linkDensity, linkSignal } from '../../signal-values.ts';
import { SIGNAL_CODES, type SignalCode } from '../signals.ts';

/** What the `links` reason says when links were left out (analyze.ts gives it as a note). */
export function linkNote(counted: number, unreachable: number, pasted: number, references = 0): string {
  const parts: string[] = [];
  if (references > 0)
    parts.push(
      `${references} to ${references === 1 ? 'a code host or developer documentation' : 'code hosts or developer documentation'}`,
    );
  if (unreachable > 0)
    parts.push(
      `${unreachable} to ${unreachable === 1 ? 'a documentation, private or loopback address' : 'documentation, private or loopback addresses'}`,
    );
  if (pasted > 0) parts.push(`${pasted} in a pasted command or code`);
  return `${counted === 1 ? '1 link' : `${counted} links`} (not counted as promotion: ${parts.join('; ')})`;
}

/** The reasons' notes with one for `links` when links were left out of it (`counted` are those
 * still counted), so the verdict says why; `notes` as it was otherwise. */
function pastedLinkNotes(
  notes: Map<SignalCode, SignalNote> | null,
  counted: number,
  unreachable: number,
  pasted: number,
  references: number,
): Map<SignalCode, SignalNote> | null {
  if (unreachable + pasted + references === 0) return notes;
  const out = notes ?? new Map<SignalCode, SignalNote>();
  const values: Record<string, number> =
    references > 0 ? { unreachable, pasted, references } : { unreachable, pasted };
  out.set('links', { message: linkNote(counted, unreachable, pasted, references), values });
  return out;
}

// Words that show a comment is about an API, its documentation or a test set-up: a documentation
// name (api.example.com, *.test) outside code counts as a reader's paste only beside them or beside
// code and log markers (technical.ts). Spam examples stand in for a shop's domain with the same names.
const TECH_WORDS =
  /\b(?:apis?|endpoints?|sandbox|staging|placeholder|docs|documentation|sample request|mock|stub|test server|test environment|dev build)\b|接口|示例|文档|测试环境|测试服务器|占位|调试|документаци|(?<![а-яё])пример|заглушк|тестов\S* (?:стенд|сервер|сред)/;

// Whether the last comment `mayUncount` saw counts its documentation names as pasted, and its
// links in a command pasted without backticks (bare-command.ts).
let docTechnical = false;
let bare = { links: 0, chars: 0 };
// and its links to code hosts and developer documentation (dev-references.ts).
let references = { links: 0, chars: 0 };

/** Whether a comment has links `uncountLinks` may leave out (a cheap test first: most have none);
 * called for every comment before `uncountLinks`, which reads what it found. */
export function mayUncount(n: NormalizedText, technical: number): boolean {
  docTechnical = n.docLinks > 0 && (technical > 0 || TECH_WORDS.test(n.text));
  bare = bareCommandLinks(n, docTechnical);
  references = n.urls.length > 0 ? devReferenceLinks(n) : { links: 0, chars: 0 };
  return n.unreachableLinks + n.pastedLinks + bare.links + references.links > 0 || docTechnical;
}

const LINKS_AT = SIGNAL_CODES.indexOf('links');
const DENSITY_AT = SIGNAL_CODES.indexOf('link-density');

/** In a comment that sells nothing and for which `mayUncount` said yes, leaves out of `links` and
 * `link-density` the links to a private or loopback host, to a documentation name in code (or,
 * outside code, beside technical markers or technical words) and those in a pasted command
 * (`urlChars`: the characters of all its links); returns the reasons' notes, with one for `links`
 * saying why. */
export function uncountLinks(
  n: NormalizedText,
  urlChars: number,
  set: (index: number, value: number, count: number) => void,
  notes: Map<SignalCode, SignalNote> | null,
): Map<SignalCode, SignalNote> | null {
  let uncounted = n.unreachableLinks + n.pastedLinks + bare.links;
  let chars = n.quietLinkChars + bare.chars;
  if (docTechnical) {
    uncounted += n.docLinks;
    chars += n.docLinkChars;
  }
  // A developer reference counts as such only where no link was left out otherwise (a link to a
  // code host in a pasted command is the command's already).
  const refs = uncounted === 0 ? references.links : 0;
  if (uncounted + refs === 0) return notes;
  const counted = n.urls.length - uncounted - refs;
  const density = linkDensity(urlChars - chars - (refs > 0 ? references.chars : 0), n.textLength);
  set(LINKS_AT, linkSignal(counted), counted);
  set(DENSITY_AT, density, density);
  const pasted = n.pastedLinks + bare.links;
  return pastedLinkNotes(notes, counted, uncounted - pasted, pasted, refs);
}
