// A fast path for the HTML most posts are made of (paragraphs, headings, lists, quotes, links,
// images, bold, italic and other inline formatting, line breaks): the Markdown turndown would give,
// without a DOM (domino + turndown cost ~0.7 ms per post; this is ~15× less). fast-markdown-tree.ts
// reads only well-formed, explicitly closed markup of that subset, where an HTML5 parser builds
// exactly the tree the markup spells; anything else (another element, an attribute a rule would
// read, an entity it does not know, a comment, an implied end tag) returns null and the caller
// uses turndown.
// The tree walk below is turndown 7.2's own (collapseWhitespace, process, join, flanking
// whitespace, blank nodes) restricted to these elements, with our rules from markdown-converter.ts;
// test/wxr/fast-markdown.test.ts compares both on generated and real content.
import { BARE_URL, destination, isMediaUrl } from './markdown-converter.ts';
import { BLOCK, type El, isVoid, type Nd, parseSubset, removeNode, type Tx } from './fast-markdown-tree.ts';
import { escapeMarkdownLine, escapeMarkdownText } from './plain-text.ts';

/** What a link rule needs: media URLs are collected and rewritten like turndown's path does. */
export interface FastMarkdownContext {
  rewriteUrl: (url: string) => string;
  addMedia: (url: string) => void;
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
  if (isVoid(node) || node.name === 'A') return false;
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
