// A fast path for the HTML most posts are made of (paragraphs, headings, lists, quotes, links,
// images, bold, italic and other inline formatting, line breaks): the Markdown turndown would give, without parsing into a DOM
// (domino + turndown cost ~0.7 ms per post; this is ~15× less). It reads only well-formed,
// explicitly closed markup of that subset, where an HTML5 parser builds exactly the tree the
// markup spells; anything else (another element, an attribute a rule would read, an entity it
// does not know, a comment, an implied end tag) returns null and the caller uses turndown.
// The tree walk below is turndown 7.2's own (collapseWhitespace, process, join, flanking
// whitespace, blank nodes) restricted to these elements, with our rules from markdown-converter.ts;
// test/wxr/fast-markdown.test.ts compares both on generated and real content.
import { NAMED_ENTITIES } from './html-text.ts';
import { BARE_URL, destination, isMediaUrl } from './markdown-converter.ts';
import { escapeMarkdownLine, escapeMarkdownText } from './plain-text.ts';

/** What a link rule needs: media URLs are collected and rewritten like turndown's path does. */
export interface FastMarkdownContext {
  rewriteUrl: (url: string) => string;
  addMedia: (url: string) => void;
}

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
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE']);

class El {
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
class Tx {
  prev: Nd | null = null;
  next: Nd | null = null;
  readonly type = 3;
  constructor(
    public data: string,
    public parent: El,
  ) {}
}
type Nd = El | Tx;

function append(parent: El, node: Nd): void {
  node.prev = parent.last;
  if (parent.last) parent.last.next = node;
  else parent.first = node;
  parent.last = node;
}

function removeNode(node: Nd): void {
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

function parseSubset(html: string): El | null {
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

// ---------------------------------------------------------------------------------------------
// turndown's algorithm on that tree

function textContent(node: Nd): string {
  if (node.type === 3) return node.data;
  let out = '';
  for (let c = node.first; c; c = c.next) out += c.type === 3 ? c.data : textContent(c);
  return out;
}

function hasDescendant(node: El, name: string): boolean {
  for (let c = node.first; c; c = c.next)
    if (c.type === 1 && (c.name === name || hasDescendant(c, name))) return true;
  return false;
}

function nextInOrder(prev: Nd | null, current: Nd): Nd | null {
  if (prev && prev.parent === current) return current.next ?? current.parent;
  return (current.type === 1 ? current.first : null) ?? current.next ?? current.parent;
}

/** turndown's collapseWhitespace (no <pre> in the subset). */
function collapseWhitespace(root: El): void {
  if (!root.first) return;
  let prevText: Tx | null = null;
  let keepLeadingWs = false;
  let prev: Nd | null = null;
  let node: Nd | null = nextInOrder(null, root);
  while (node !== root && node !== null) {
    if (node.type === 3) {
      let text = node.data.replace(/[ \r\n\t]+/g, ' ');
      if ((!prevText || / $/.test(prevText.data)) && !keepLeadingWs && text[0] === ' ') text = text.slice(1);
      if (!text) {
        const following: Nd | null = node.next ?? node.parent;
        removeNode(node);
        node = following;
        continue;
      }
      node.data = text;
      prevText = node;
    } else if (BLOCK.has(node.name) || node.name === 'BR') {
      if (prevText) prevText.data = prevText.data.replace(/ $/, '');
      prevText = null;
      keepLeadingWs = false;
    } else if (node.name === 'IMG') {
      // Spaces around an inline void element are kept.
      prevText = null;
      keepLeadingWs = true;
    } else if (prevText) {
      keepLeadingWs = false;
    }
    const following = nextInOrder(prev, node);
    prev = node;
    node = following;
  }
  if (prevText) {
    prevText.data = prevText.data.replace(/ $/, '');
    if (!prevText.data) removeNode(prevText);
  }
}

function isBlank(node: El): boolean {
  if (node.kind === Kind.Void || node.name === 'A') return false;
  return (
    /^\s*$/.test(textContent(node)) &&
    !hasDescendant(node, 'BR') &&
    !hasDescendant(node, 'IMG') &&
    !hasDescendant(node, 'A')
  );
}

const EDGES = /^(([ \t\r\n]*)(\s*))(?:(?=\S)[\s\S]*\S)?((\s*?)([ \t\r\n]*))$/;

function isFlankedByWhitespace(side: 'left' | 'right', node: El): boolean {
  const sibling = side === 'left' ? node.prev : node.next;
  const re = side === 'left' ? / $/ : /^ /;
  if (!sibling) return false;
  if (sibling.type === 3) return re.test(sibling.data);
  return !BLOCK.has(sibling.name) && re.test(textContent(sibling));
}

function flankingWhitespace(node: El): { leading: string; trailing: string } {
  if (BLOCK.has(node.name)) return { leading: '', trailing: '' };
  const m = EDGES.exec(textContent(node)) as RegExpExecArray;
  let leading = m[1] as string;
  let trailing = m[4] as string;
  if (m[2] && isFlankedByWhitespace('left', node)) leading = m[3] as string;
  if (m[6] && isFlankedByWhitespace('right', node)) trailing = m[5] as string;
  return { leading, trailing };
}

function trimLeadingNewlines(s: string): string {
  let i = 0;
  while (i < s.length && s[i] === '\n') i++;
  return s.slice(i);
}
function trimTrailingNewlines(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '\n') end--;
  return s.substring(0, end);
}

function join(output: string[], replacement: string): void {
  const tail = output.pop() || '';
  const s1 = trimTrailingNewlines(tail);
  const s2 = trimLeadingNewlines(replacement);
  const nls = Math.max(tail.length - s1.length, replacement.length - s2.length);
  const separator = '\n\n'.substring(0, nls);
  if (s1) output.push(s1);
  if (separator) output.push(separator);
  if (s2) output.push(s2);
}

/** The nearest sibling that is not blank text (markdown-converter's <br> rule). */
function sibling(node: El, forward: boolean): Nd | null {
  let n = forward ? node.next : node.prev;
  while (n && n.type === 3 && n.data.trim() === '') n = forward ? n.next : n.prev;
  return n;
}

function isEdgeBreak(node: El): boolean {
  const next = sibling(node, true);
  const previous = sibling(node, false);
  const block = (n: Nd): boolean => n.type === 1 && BLOCK.has(n.name);
  return !next || !previous || block(next) || block(previous);
}

function title(node: El): string {
  const t = node.attrs?.['title']?.replace(/\s+/g, ' ').trim();
  return t ? ` "${t.replace(/"/g, '\\"')}"` : '';
}

class Renderer {
  constructor(private readonly ctx: FastMarkdownContext) {}

  process(parent: El): string[] {
    const output: string[] = [];
    for (let node = parent.first; node; node = node.next) {
      join(output, node.type === 3 ? escapeMarkdownText(node.data) : this.replacementFor(node));
    }
    return output;
  }

  private replacementFor(node: El): string {
    const ws = flankingWhitespace(node);
    // A blank node's content is not used (and has no links, so no side effects to keep).
    if (isBlank(node)) return ws.leading + (BLOCK.has(node.name) ? '\n\n' : '') + ws.trailing;
    let content = this.process(node).join('');
    if (ws.leading || ws.trailing) content = content.trim();
    return ws.leading + this.rule(node, content) + ws.trailing;
  }

  private rule(node: El, content: string): string {
    switch (node.name) {
      case 'P': {
        // bareUrlBlock: a paragraph that is only a URL becomes an autolink.
        if (node.first === null || onlyText(node)) {
          const text = textContent(node).trim();
          if (BARE_URL.test(text)) return `\n\n<${text}>\n\n`;
        }
        return `\n\n${content}\n\n`;
      }
      case 'BR':
        return isEdgeBreak(node) ? '' : '\\\n';
      case 'A':
        return this.link(node, content);
      case 'STRONG':
      case 'B':
        return content.trim() ? `**${content}**` : '';
      case 'EM':
      case 'I':
        return content.trim() ? `_${content}_` : '';
      case 'DEL':
      case 'S':
        return content.trim() === '' ? content : `~~${content}~~`;
      case 'IMG':
        return this.image(node);
      case 'SPAN':
      case 'U':
      case 'SUP':
      case 'SUB':
      case 'SMALL':
        return content; // no rule: turndown's default for inline elements
      case 'UL':
      case 'OL': {
        const parent = node.parent as El;
        return parent.name === 'LI' && lastElementChild(parent) === node
          ? `\n${content}`
          : `\n\n${content}\n\n`;
      }
      case 'LI':
        return listItem(node, content);
      case 'BLOCKQUOTE':
        return `\n\n${trimTrailingNewlines(trimLeadingNewlines(content)).replace(/^/gm, '> ')}\n\n`;
      default: {
        const level = Number(node.name.charAt(1)); // H1–H6
        return `\n\n${'#'.repeat(level)} ${content}\n\n`;
      }
    }
  }

  private image(node: El): string {
    const src = node.attrs?.['src']?.trim() ?? '';
    if (src === '') return '';
    this.ctx.addMedia(src);
    const alt = escapeMarkdownLine(node.attrs?.['alt']?.replace(/\s+/g, ' ').trim() ?? '');
    return `![${alt}](${destination(this.ctx.rewriteUrl(src))}${title(node)})`;
  }

  private link(node: El, content: string): string {
    const href = (node.attrs?.['href'] ?? '').trim();
    if (/^\s*(javascript|vbscript|data):/i.test(href)) return content;
    if (content.trim() === '') return '';
    let target = href;
    if (isMediaUrl(href)) {
      this.ctx.addMedia(href);
      target = this.ctx.rewriteUrl(href);
    }
    if (textContent(node).trim() === href && BARE_URL.test(target)) return `<${target}>`;
    const text = content.replace(/<(https?:\/\/[^\s<>]+)>/g, '$1');
    return `[${text}](${destination(target)}${title(node)})`;
  }
}

function onlyText(node: El): boolean {
  for (let c = node.first; c; c = c.next) if (c.type === 1) return false;
  return true;
}

function lastElementChild(node: El): El | null {
  for (let c = node.last; c; c = c.prev) if (c.type === 1) return c;
  return null;
}

function listItem(node: El, body: string): string {
  const parent = node.parent as El;
  let prefix = '-   ';
  if (parent.name === 'OL') {
    let index = 0;
    for (let c = parent.first; c && c !== node; c = c.next) if (c.type === 1) index++;
    prefix = `${index + 1}.  `;
  }
  const isParagraph = /\n$/.test(body);
  let content = trimTrailingNewlines(trimLeadingNewlines(body)) + (isParagraph ? '\n' : '');
  content = content.replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
  return prefix + content + (node.next ? '\n' : '');
}

/**
 * Markdown for `html` when it uses only the simple subset, exactly as turndown with our rules
 * would write it (before the caller's trim); null otherwise.
 */
export function fastHtmlToMarkdown(html: string, ctx: FastMarkdownContext): string | null {
  if (html === '') return '';
  const root = parseSubset(html);
  if (root === null) return null;
  collapseWhitespace(root);
  const output = new Renderer(ctx).process(root);
  return output
    .join('')
    .replace(/^[\t\r\n]+/, '')
    .replace(/[\t\r\n\s]+$/, '');
}
