// Links that promote nobody, found (pasted-links.ts uncounts them) (issue 15, "stop flagging real
// readers", 2026-12-07 late; docs/spam.md,
// "Technical pastes"). Readers paste what they ran or saw: a command or an API call in backticks or a
// code block, a log line with an internal host, a documentation URL. Two kinds of link in them are
// not a promotional link:
// - a link to a host that cannot be anybody's site: the documentation domains (example.com, .net,
//   .org; RFC 2606/6761: .example, .test, .invalid, .localhost), names for private networks
//   (.local, .internal, .lan, .corp, .home, home.arpa), localhost, and private, loopback,
//   link-local, shared and documentation IP addresses (10.x, 127.x, 172.16–31.x, 192.168.x,
//   169.254.x, 100.64–127.x, 0.x, 192.0.2.x, 198.51.100.x, 203.0.113.x; ::1, fe80::, fc00::/7,
//   2001:db8::). Normalisation leaves it out of the links (normalize.ts), anywhere in the text: a
//   spammer gains nothing by it, nobody can be sent there.
// - a link in a command or code a reader pasted: inside a code span (`…` on one line, or a fenced
//   ``` block), on a line that starts with a command (curl, wget, git, pip, docker, ping, an HTTP
//   method …) or where the link is a value in code (KEY=…, "url": "…", requests.get("…")), to a
//   host that is not a shortener and not on a top-level domain spam favours (.top, .xyz, .shop …).
//   It is counted as a link (its domain, a channel for an offer) but the `links` and `link-density`
//   signals leave it out, and only in a comment that sells, promotes and contacts nothing
//   (analyze.ts). "`buy cheap pills at rx-store.top`" is no command; its link counts in full.
import { isShortener } from '../../text/url.ts';

const DOC_DOMAINS = ['example.com', 'example.net', 'example.org'];
const DOC_TLDS = new Set(['test', 'example', 'invalid']);
const PRIVATE_TLDS = new Set(['localhost', 'local', 'internal', 'lan', 'corp', 'home']);
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6_LOCAL = /^(?:fe[89ab][0-9a-f]?:|f[cd][0-9a-f]{0,2}:|2001:0?db8:)/;

/** A host that is a public site, a private network's or loopback (localhost, 10.x, 127.0.0.1,
 * *.local), or a documentation name (example.com, *.example, *.test, *.invalid). */
export const HOST = { public: 0, private: 1, documentation: 2 } as const;

/** Whether an IPv4 address (its first three octets) is private, loopback, link-local, shared,
 * unspecified or for documentation. */
function isPrivateIpv4(a: number, b: number, c: number): boolean {
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 192 && b === 0 && c === 2) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  );
}

/** What kind of host a link's host is (domainOf: lower case, no port, no "www."): `HOST`. */
export function unreachableHost(host: string): number {
  if (host === '') return HOST.public;
  const first = host.charCodeAt(0);
  if (first === 0x5b) {
    // [::1], [fe80::…], [fd12:…], [2001:db8::…]
    const close = host.indexOf(']');
    const ip = host.slice(1, close < 0 ? host.length : close);
    return ip === '::1' || ip === '::' || IPV6_LOCAL.test(ip) ? HOST.private : HOST.public;
  }
  if (first >= 0x30 && first <= 0x39) {
    const ip = IPV4.exec(host);
    if (ip) return isPrivateIpv4(Number(ip[1]), Number(ip[2]), Number(ip[3])) ? HOST.private : HOST.public;
  }
  if (host === 'localhost') return HOST.private;
  const dot = host.lastIndexOf('.');
  if (dot < 0) return HOST.public;
  const tld = host.slice(dot + 1);
  if (PRIVATE_TLDS.has(tld) || host.endsWith('.home.arpa')) return HOST.private;
  if (DOC_TLDS.has(tld)) return HOST.documentation;
  for (const doc of DOC_DOMAINS) {
    if (host === doc || (host.endsWith(doc) && host.charCodeAt(host.length - doc.length - 1) === 0x2e))
      return HOST.documentation;
  }
  return HOST.public;
}

// The code spans of the text being normalised, as start and end offsets ([start, end) pairs), found
// only when the text has a backtick; reused between comments (never more than the text's spans).
const spans: number[] = [];

/** Finds the code spans of a text: fenced blocks (``` … ```) and inline `…` on one line. Returns
 * whether there is any. */
export function findCodeSpans(text: string): boolean {
  spans.length = 0;
  let i = text.indexOf('`');
  while (i >= 0) {
    if (text.startsWith('```', i)) {
      const end = text.indexOf('```', i + 3);
      if (end < 0) break;
      spans.push(i + 3, end);
      i = text.indexOf('`', end + 3);
      continue;
    }
    const end = text.indexOf('`', i + 1);
    if (end < 0) break;
    const newline = text.indexOf('\n', i + 1);
    if (newline >= 0 && newline < end) {
      i = end;
      continue;
    }
    spans.push(i + 1, end);
    i = text.indexOf('`', end + 1);
  }
  return spans.length > 0;
}

/** Forgets the spans (after the text's links were read). */
export function clearCodeSpans(): void {
  spans.length = 0;
}

// A line of pasted code that runs a command (after an optional prompt or sudo), or an HTTP request
// as a log or a console writes it.
const COMMAND =
  /^(?:[$#>]\s*)?(?:sudo\s+)?(?:curl|wget|git|pip3?|python3?|npm|npx|yarn|pnpm|docker|podman|kubectl|helm|ssh|scp|rsync|ping|traceroute|tracert|mtr|nslookup|dig|telnet|nc|openssl|http|httpie|iwr|irm|invoke-webrequest|invoke-restmethod|go\s+(?:get|install)|cargo|apt(?:-get)?|brew|conda|composer|gem|proxy_pass|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s/i;
// The link as a value in code: an assignment (KEY=…, url = "…", base_url: …, "url": "…") or a call's
// argument (requests.get("…"), fetch('…'), pd.read_csv('…')).
const CODE_VALUE =
  /(?:(?:^|[\s{,;(])[A-Za-z_][\w.-]*\s*=\s*|(?:^|[\s{,;(])(?:"[\w.-]+"|'[\w.-]+'|[A-Za-z_]*_[\w-]*|url|uri|host|endpoint|server|proxy|upstream|registry|mirror|href|src|baseURL)\s*:\s*|[\w$]\(\s*)["']?$/;
// Top-level domains spam favours (tld.ts lists them among the common ones): a link on one is no
// reader's command, whatever surrounds it.
const SPAM_FAVOURED = new Set(
  (
    'xyz online site top club shop store link click live vip bet win casino poker date love dating ' +
    'finance exchange money cash loan loans credit space fun website today icu cyou buzz monster sbs ' +
    'cfd lol guru zone games porn xxx sex cam bid racing review party men ink ltd'
  ).split(' '),
);

/** The index in `spans` of the code span holding `offset`, or −1. */
function spanAt(offset: number): number {
  let k = 0;
  while (k < spans.length && (spans[k + 1] as number) <= offset) k += 2;
  return k < spans.length && (spans[k] as number) <= offset ? k : -1;
}

/** Whether `offset` is inside a code span (of `findCodeSpans`). */
export function inCodeSpan(offset: number): boolean {
  return spans.length > 0 && spanAt(offset) >= 0;
}

/** Whether a host is a shortener's or on a top-level domain spam favours: no reader's command. */
export function spamFavouredHost(host: string): boolean {
  return isShortener(host) || SPAM_FAVOURED.has(host.slice(host.lastIndexOf('.') + 1));
}

/** Whether the link at `offset` (host `host`) sits in a command or code a reader pasted (the spans
 * of `findCodeSpans` on the same text). */
export function isPastedCodeLink(text: string, offset: number, host: string): boolean {
  const k = spanAt(offset);
  if (k < 0) return false;
  if (spamFavouredHost(host)) return false;
  const lineStart = Math.max(spans[k] as number, text.lastIndexOf('\n', offset - 1) + 1);
  const before = text.slice(lineStart, offset);
  return COMMAND.test(before.trimStart()) || CODE_VALUE.test(before);
}
