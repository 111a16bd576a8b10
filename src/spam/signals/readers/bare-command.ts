// Links in a command a reader pasted without backticks (issue 15, genuine-gaps, 2026-12-07;
// genuine-gap-examples.ts). pasted-code.ts finds a pasted command's link inside a code span only;
// readers paste commands as plain text ("git clone https://gitlab.com/…/kz-tenders.git && cd
// kz-tenders && make run", "Try curl -s https://api…/latest?base=KZT | jq …", «запустите python
// fetch.py --url https://…»), and their link counted in full for `links` and `link-density`: the
// git clone line went to spam (0.57), the curl line was held. A link here counts as pasted
// (pasted-links.ts leaves it out of those two signals, only in a comment that sells, promotes and
// contacts nothing, and the `links` reason says so) when its fragment (from a line break, ':', ',',
// ';', '|', '&&', '。' or '，') ends in a command (curl, wget, git, pip, python, npm, docker …, at a
// word's start or after a Chinese character) followed by only arguments up to the link (flags,
// paths, ports, key=value, a subcommand such as install, clone, run, POST),
// no prose word; and its host is not a shortener nor on a top-level domain spam favours. Looked for
// only in a text with a link, no backtick (code spans are pasted-code.ts's) and a command's name,
// and not beside a seller's words (free, claim, bonus, BTC, crack, followers, «бесплатно», 免费).
import { foldChar } from '../../text/homoglyph.ts';
import type { NormalizedText } from '../../text/normalize.ts';
import { HOST, spamFavouredHost, unreachableHost } from './pasted-code.ts';

const URL_MARK = '\uE000';
const CYRILLIC = /[\u0400-\u04ff]/;

// The cheap trigger: a command's name somewhere in the text.
const TRIGGER =
  /curl|wget|git|pip|python|node|npm|npx|yarn|pnpm|docker|podman|kubectl|helm|ssh|scp|rsync|ping|nslookup|dig|telnet|openssl|http|go |cargo|apt|brew|conda|composer|gem |yt-dlp|ffmpeg|рір|руthоn/;

const COMMAND =
  '(?:[$#>]\\s*)?(?:sudo\\s+)?(?:curl|wget|git|pip3?|python3?|node|npm|npx|yarn|pnpm|docker|podman|kubectl|helm|ssh|scp|rsync|ping|nslookup|dig|telnet|openssl|http|httpie|go\\s+(?:get|install|run|mod)|cargo|apt(?:-get)?|brew|conda|composer|gem|yt-dlp|ffmpeg)';
// An argument: a flag, a token with a digit or punctuation (fetch.py, 8080:80, ./conf, KEY=v), or a
// subcommand; no prose word.
const ARG =
  '(?:-{1,2}[a-z0-9][\\w.-]*(?:=\\S*)?|[^\\s\\uE000-\\uE002]*[0-9./:=@_~+\\\\-][^\\s\\uE000-\\uE002]*|install|clone|run|pull|push|get|post|put|patch|delete|head|fetch|add|config|set|exec|build|start|up|download|update|upgrade|init|remote|submodule|checkout|login|registry|apply|create|serve|open)';
// From the command to the link: the command at a word's start (or after a Chinese character) and
// only arguments after it; whatever the fragment says before the command is the reader's prose. The
// link may be quoted (curl -s "https://api.telegram.org/bot$TOKEN/getUpdates"): a shell user quotes
// a URL holding a variable or a query.
const COMMAND_LINE = new RegExp(
  `(?:^|\\s|\\p{Script=Han})${COMMAND}(?:\\s+${ARG}){0,8}(?:\\s+|(?<==))(?:["']\\s*)?$`,
  'u',
);

/** Whether the link placeholder at `offset` ends a bare command fragment. */
function endsBareCommand(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    // a line break, ':' ',' ';' '|' (full-width ones are folded), '。', '&&'
    if (c === 0x0a || c === 0x3a || c === 0x2c || c === 0x3b || c === 0x7c || c === 0x3002) break;
    if (c === 0x26 && text.charCodeAt(start - 2) === 0x26) break;
    start--;
  }
  let fragment = text.slice(start, offset);
  // In a Russian comment normalisation folds an all-look-alike word to Cyrillic ("pip" → "рір").
  if (CYRILLIC.test(fragment)) fragment = Array.from(fragment, (c) => foldChar(c, 'latin')).join('');
  return COMMAND_LINE.test(fragment);
}

// What a seller's "command" says beside its link (a free coin, a crack, followers, a bonus): no
// reader's paste says it, and then no link of the comment is read as pasted.
const SELLING =
  /\b(?:free|claim|bonus|airdrop|giveaway|btc|bitcoin|crypto|usdt|earn|win|prize|cheap|buy|discount|promo|crack\w*|keygen|premium|unlimited|followers|likes|backlinks?|casino|bet|spins?|offer|limited|now)\b|бесплатн|бонус|заработ|крипт|скидк|купи|взлом|кряк|халяв|免费|免費|领取|領取|赚|賺|优惠|優惠|破解|加微信|福利/u;

/** How many of a comment's links (on public hosts) end a command pasted without backticks, and
 * their characters; none in a text with a backtick (its code spans are pasted-code.ts's). */
export function bareCommandLinks(n: NormalizedText, docCounted: boolean): { links: number; chars: number } {
  const none = { links: 0, chars: 0 };
  const text = n.text;
  if (n.urls.length === 0 || text.includes('`') || !TRIGGER.test(text)) return none;
  let links = 0;
  let chars = 0;
  let at = text.indexOf(URL_MARK);
  for (let k = 0; k < n.domains.length && at >= 0; k++) {
    const host = n.domains[k] as string;
    // (a private host is uncounted anyway, a documentation name when `docCounted`)
    const kind = unreachableHost(host);
    const open = kind === HOST.public || (kind === HOST.documentation && !docCounted);
    if (open && !spamFavouredHost(host) && endsBareCommand(text, at)) {
      links++;
      chars += (n.urls[k] as string).length;
    }
    at = text.indexOf(URL_MARK, at + 1);
  }
  return links > 0 && SELLING.test(text) ? none : { links, chars };
}
