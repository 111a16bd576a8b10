// The tree side of fast-markdown.ts: a tokeniser and tree builder for the subset of HTML the fast
// path handles (paragraphs, headings, lists, quotes, links, images, inline formatting, line
// breaks). It accepts only well-formed, explicitly closed markup of that subset, where an HTML5
// parser builds exactly the tree the markup spells; anything else returns null.
import { NAMED_ENTITIES } from './html-text.ts';

const enum Kind {
  Inline, // STRONG B EM I A DEL S SPAN U SUP SUB SMALL: phrasing content only
  Phrasing, // P H1–H6: phrasing content only
  List, // UL OL: LI children only
  Flow, // LI BLOCKQUOTE (and the root): anything but LI
  Void, // BR IMG
}

const KINDS: Record<string, Kind> = {
  strong: Kind.Inline,
  b: Kind.Inline,
  em: Kind.Inline,
  i: Kind.Inline,
  a: Kind.Inline,
  del: Kind.Inline,
  s: Kind.Inline,
  span: Kind.Inline,
  u: Kind.Inline,
  sup: Kind.Inline,
  sub: Kind.Inline,
  small: Kind.Inline,
  img: Kind.Void,
  p: Kind.Phrasing,
  h1: Kind.Phrasing,
  h2: Kind.Phrasing,
  h3: Kind.Phrasing,
  h4: Kind.Phrasing,
  h5: Kind.Phrasing,
  h6: Kind.Phrasing,
  ul: Kind.List,
  ol: Kind.List,
  li: Kind.Flow,
  blockquote: Kind.Flow,
  br: Kind.Void,
};
// turndown's block elements among ours, and markdown-converter's BLOCKS for the <br> rule (same).
export const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE']);

/** An element of the subset (name in upper case, like a DOM nodeName). */
export class El {
  first: Nd | null = null;
  last: Nd | null = null;
  prev: Nd | null = null;
  next: Nd | null = null;
  readonly type = 1;
  constructor(
    readonly name: string, // upper case, like DOM nodeName
    readonly kind: Kind,
    readonly parent: El | null,
    readonly attrs: Record<string, string> | null,
  ) {}
}
/** A text node. */
export class Tx {
  prev: Nd | null = null;
  next: Nd | null = null;
  readonly type = 3;
  constructor(
    public data: string,
    public parent: El,
  ) {}
}
export type Nd = El | Tx;

function append(parent: El, node: Nd): void {
  node.prev = parent.last;
  if (parent.last) parent.last.next = node;
  else parent.first = node;
  parent.last = node;
}

/** Unlinks a node from its parent. */
export function removeNode(node: Nd): void {
  const parent = node.parent as El;
  if (node.prev) node.prev.next = node.next;
  else parent.first = node.next;
  if (node.next) node.next.prev = node.prev;
  else parent.last = node.prev;
}

// ---------------------------------------------------------------------------------------------
// Tokenising and building the tree (null: not in the subset)

/** Characters an HTML5 parser would treat specially or report (NUL, CR, FF, other controls). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const ODD_CHAR = /[\x00-\x08\x0b-\x1f\x7f]/;

function codePointOk(c: number): boolean {
  if (c < 0x20) return false;
  if (c < 0x7f) return true;
  if (c < 0xa0) return false; // DEL and the C1 range (HTML maps some of it to windows-1252)
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfdd0 && c <= 0xfdef) return false;
  if ((c & 0xfffe) === 0xfffe) return false;
  return c <= 0x10ffff;
}

/** Decodes character references in `s` (text or an attribute value); null when one is unknown. */
function decode(s: string): string | null {
  let at = s.indexOf('&');
  if (at === -1) return s;
  let out = '';
  let last = 0;
  while (at !== -1) {
    const c = s.charCodeAt(at + 1);
    const isAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (c === 35 /* # */) {
      const m = /^&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/.exec(s.slice(at, at + 12));
      if (!m) return null;
      const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2] as string, 10);
      if (!codePointOk(code)) return null;
      out += s.slice(last, at) + String.fromCodePoint(code);
      last = at + m[0].length;
    } else if (isAlnum) {
      const m = /^&([A-Za-z][A-Za-z0-9]{1,31});/.exec(s.slice(at, at + 35));
      const value = m ? NAMED_ENTITIES[m[1] as string] : undefined;
      if (!m || value === undefined) return null;
      out += s.slice(last, at) + value;
      last = at + m[0].length;
    } // else: a bare '&' is text
    at = s.indexOf('&', at + 1);
  }
  return out + s.slice(last);
}

const isWs = (c: number): boolean => c === 32 || c === 10 || c === 9;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Parses the attributes of a start tag from `i` (after the name); [attrs, index after '>', selfClosing]. */
function readAttributes(html: string, i: number): [Record<string, string> | null, number, boolean] | null {
  let attrs: Record<string, string> | null = null;
  const n = html.length;
  for (;;) {
    while (i < n && isWs(html.charCodeAt(i))) i++;
    if (i >= n) return null;
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return [attrs, i + 1, false];
    if (c === 47 /* / */) return html.charCodeAt(i + 1) === 62 ? [attrs, i + 2, true] : null;
    // Attribute name.
    const start = i;
    while (i < n) {
      const d = html.charCodeAt(i);
      if (isWs(d) || d === 47 || d === 62 || d === 61) break;
      if (d === 34 || d === 39 || d === 60) return null; // " ' < in a name: a parse error
      i++;
    }
    if (i === start) return null; // '=' first
    const name = html.slice(start, i).toLowerCase();
    while (i < n && isWs(html.charCodeAt(i))) i++;
    let value = '';
    if (html.charCodeAt(i) === 61 /* = */) {
      i++;
      while (i < n && isWs(html.charCodeAt(i))) i++;
      const q = html.charCodeAt(i);
      if (q === 34 || q === 39) {
        const end = html.indexOf(q === 34 ? '"' : "'", i + 1);
        if (end === -1) return null;
        value = html.slice(i + 1, end);
        i = end + 1;
        const after = html.charCodeAt(i);
        if (!(isWs(after) || after === 47 || after === 62)) return null;
      } else {
        const vs = i;
        while (i < n) {
          const d = html.charCodeAt(i);
          if (isWs(d) || d === 62) break;
          if (d === 34 || d === 39 || d === 60 || d === 61 || d === 96) return null;
          i++;
        }
        if (i === vs) return null; // missing value
        value = html.slice(vs, i);
      }
      if (ODD_CHAR.test(value)) return null;
      const decoded = decode(value);
      if (decoded === null) return null;
      value = decoded;
    }
    attrs ??= {};
    if (!Object.prototype.hasOwnProperty.call(attrs, name)) attrs[name] = value; // first one wins
  }
}

/** True when an element of `kind`/`name` may open inside `parent` without the parser moving it. */
function allowedIn(parent: El, kind: Kind, name: string): boolean {
  switch (parent.kind) {
    case Kind.Inline:
    case Kind.Phrasing:
      if (kind !== Kind.Inline && kind !== Kind.Void) return false;
      // No <a> in <a> (adoption agency), no <b> in <b> (formatting element bookkeeping).
      for (let p: El | null = parent; p; p = p.parent) if (p.name === name) return false;
      return true;
    case Kind.List:
      return name === 'LI';
    default:
      return name !== 'LI';
  }
}

/** Rules that read attributes of these elements; their presence sends the input to turndown. */
function attributesOk(name: string, attrs: Record<string, string> | null): boolean {
  if (attrs === null) return name !== 'A';
  if ((attrs['class'] ?? '').includes('wp-block-embed__wrapper')) return false;
  if (name === 'OL' && 'start' in attrs) return false;
  if (name === 'SUP' && 'data-fn' in attrs) return false; // a footnote reference
  if (name === 'A') {
    const href = attrs['href'];
    if (href === undefined || href.trim() === '') return false;
  }
  return true;
}

export function parseSubset(html: string): El | null {
  if (ODD_CHAR.test(html)) return null;
  const root = new El('X-TURNDOWN', Kind.Flow, null, null);
  let current = root;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const text = decode(html.slice(i, textEnd));
      if (text === null) return null;
      if (current.kind === Kind.List && !/^[ \t\n]*$/.test(text)) return null;
      // Consecutive character tokens make one text node.
      if (current.last && current.last.type === 3) current.last.data += text;
      else append(current, new Tx(text, current));
    }
    if (lt === -1) break;
    i = lt + 1;
    let c = html.charCodeAt(i);
    const closing = c === 47; /* / */
    if (closing) c = html.charCodeAt(++i);
    if (!isAlpha(c)) return null; // comments, <!DOCTYPE>, '<' as text: leave to the real parser
    const nameStart = i;
    while (i < n) {
      const d = html.charCodeAt(i);
      if (isWs(d) || d === 47 || d === 62) break;
      i++;
    }
    const lower = html.slice(nameStart, i).toLowerCase();
    const kind = KINDS[lower];
    if (kind === undefined) return null;
    const name = lower.toUpperCase();
    if (closing) {
      while (i < n && isWs(html.charCodeAt(i))) i++;
      if (html.charCodeAt(i) !== 62 || current.name !== name || kind === Kind.Void) return null;
      i++;
      current = current.parent as El;
      continue;
    }
    const read = readAttributes(html, i);
    if (read === null) return null;
    const [attrs, after, selfClosing] = read;
    i = after;
    if (selfClosing && kind !== Kind.Void) return null;
    if (!allowedIn(current, kind, name) || !attributesOk(name, attrs)) return null;
    const el = new El(name, kind, current, attrs);
    append(current, el);
    if (kind !== Kind.Void) current = el;
  }
  return current === root ? root : null; // unclosed elements: the parser would close them for us
}

/** True for BR and IMG (elements without content). */
export function isVoid(node: El): boolean {
  return node.kind === Kind.Void;
}
