// Links that are no seller's channel (issue 15, "stop flagging real readers", 2026-12-07 late): a
// private host nobody's site can be on (localhost, 10.x, 127.0.0.1, *.local: pasted-code.ts)
// and a link at the end of a command line a reader pasted without backticks ("国内用镜像:pip install
// -i https://mirrors.aliyun.com/pypi/simple/ numpy"; normalisation finds those inside backticks
// only). A VPN's or a shop's words beside such links only (offers.ts) and the Chinese and Russian
// advert grammar (advert-grammar.ts) do not count them as a way to buy.
import type { NormalizedText } from '../../text/normalize.ts';
import { foldChar } from '../../text/homoglyph.ts';
import { HOST, spamFavouredHost, unreachableHost } from './pasted-code.ts';
import { isReferenceLink } from '../../text/url.ts';

const URL_MARK = '\uE000';
const CYRILLIC = /[\u0400-\u04ff]/;
// A package manager's or a download tool's command, from the start of its fragment (after a line
// break, a colon or a backtick) up to the link, with no other placeholder between.
const COMMAND_TO_LINK =
  /^\s*(?:[$#>]\s*)?(?:sudo\s+)?(?:pip3?|python3?\s+-m\s+pip|npm|npx|yarn|pnpm|conda|cargo|gem|composer|go\s+(?:get|install|env)|git|curl|wget|docker|apt(?:-get)?|brew)\s[^\uE000-\uE002]*$/;

/** Whether the placeholder at `offset` ends a command line (cheap first: the fragment must hold a
 * space-separated word before it). */
function endsCommand(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    // a line break, ':' (a full-width colon is folded to ':'), a backtick, '，' folded to ','
    if (c === 0x0a || c === 0x3a || c === 0x60 || c === 0x2c || c === 0x3002) break;
    start--;
  }
  let fragment = text.slice(start, offset);
  // In a Russian comment normalisation folds an all-look-alike word to Cyrillic ("pip" → "рір").
  if (CYRILLIC.test(fragment)) fragment = Array.from(fragment, (c) => foldChar(c, 'latin')).join('');
  return COMMAND_TO_LINK.test(fragment);
}

/** How many of the comment's links are no seller's channel: on an unreachable host, or ending a
 * pasted command line (not on a shortener or a spam-favoured domain); with `references`, a public
 * reference (url.ts) too. */
export function quietLinks(n: NormalizedText, references = false): number {
  const text = n.text;
  let quiet = 0;
  let at = text.indexOf(URL_MARK);
  for (let k = 0; k < n.domains.length; k++) {
    const host = n.domains[k] as string;
    if (
      (references && isReferenceLink(n.urls[k] as string, host)) ||
      unreachableHost(host) === HOST.private ||
      (at >= 0 && !spamFavouredHost(host) && endsCommand(text, at))
    )
      quiet++;
    if (at >= 0) at = text.indexOf(URL_MARK, at + 1);
  }
  return quiet;
}

/** Whether every link is a reader's (a public reference, an unreachable host, a pasted command's)
 * and there is no e-mail address or phone number: an offer's words beside them have no way to buy. */
export function onlyReaderLinks(n: NormalizedText): boolean {
  return n.urls.length > 0 && n.emails + n.phones === 0 && quietLinks(n, true) === n.urls.length;
}
