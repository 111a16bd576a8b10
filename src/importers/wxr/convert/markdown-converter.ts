// HTML → Markdown with turndown, plus rules for what WordPress content holds: figures and
// captions, media, embeds, iframes, strikethrough, plain <pre>, footnote references.
import TurndownService from 'turndown';
import type { FootnoteNumbering } from './footnotes.ts';
import { addTableRules } from './markdown-tables.ts';
import { escapeMarkdownLine, escapeMarkdownText } from './plain-text.ts';

/** Callbacks that collect what the conversion finds. */
export interface MarkdownContext {
  rewriteUrl: (url: string) => string;
  addMedia: (url: string) => void;
  warn: (warning: string) => void;
  footnotes: FootnoteNumbering;
}

const MEDIA_FILE =
  /\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?|mp4|m4v|webm|ogv|mov|mp3|m4a|ogg|oga|wav|flac|pdf|zip)$/i;
/** A text that is only an http(s) URL. */
export const BARE_URL = /^https?:\/\/[^\s<>]+$/;
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DETAILS DIV DL FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE UL'.split(
    ' ',
  ),
);

/** The nearest sibling that is not blank text, in one direction. */
function sibling(node: Node, direction: 'nextSibling' | 'previousSibling'): Node | null {
  let n = node[direction];
  while (n && n.nodeType === 3 && (n.nodeValue ?? '').trim() === '') n = n[direction];
  return n;
}

/** A <br> that starts or ends a block, or sits next to one, shows nothing (as in a browser). */
function isEdgeBreak(node: Node): boolean {
  const next = sibling(node, 'nextSibling');
  const previous = sibling(node, 'previousSibling');
  return !next || !previous || BLOCKS.has(next.nodeName) || BLOCKS.has(previous.nodeName);
}

/** True for uploads and links to media files, which an import may copy and rewrite. */
export function isMediaUrl(url: string): boolean {
  return url.includes('/wp-content/uploads/') || MEDIA_FILE.test(url.replace(/[?#].*$/, ''));
}

/** A URL as a Markdown link destination. */
export function destination(url: string): string {
  return url
    .trim()
    .replace(/ /g, '%20')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/([()])/g, '\\$1');
}

function title(node: HTMLElement): string {
  const t = node.getAttribute('title')?.replace(/\s+/g, ' ').trim();
  return t ? ` "${t.replace(/"/g, '\\"')}"` : '';
}

function fileName(url: string): string {
  return (
    url
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? url
  );
}

/** Builds a turndown service with Silkpress's Markdown style and the WordPress rules. */
export function createMarkdownConverter(ctx: MarkdownContext): TurndownService {
  const media = (url: string): string => {
    if (isMediaUrl(url)) {
      ctx.addMedia(url);
      return ctx.rewriteUrl(url);
    }
    return url;
  };
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    br: '\\',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
  });
  service.escape = escapeMarkdownText;
  service.remove(['style', 'noscript', 'template', 'head']);
  service.addRule('script', {
    filter: ['script'],
    replacement: () => (ctx.warn('a <script> in the content was removed'), ''),
  });
  service.addRule('lineBreak', {
    filter: 'br',
    replacement: (_c, node) => (isEdgeBreak(node) ? '' : '\\\n'),
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_c, node) => {
      const src = node.getAttribute('src')?.trim() ?? '';
      if (src === '') return '';
      ctx.addMedia(src);
      const alt = escapeMarkdownLine(node.getAttribute('alt')?.replace(/\s+/g, ' ').trim() ?? '');
      return `![${alt}](${destination(ctx.rewriteUrl(src))}${title(node)})`;
    },
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && Boolean(node.getAttribute('href')?.trim()),
    replacement: (content, node) => {
      const href = node.getAttribute('href')?.trim() ?? '';
      if (/^\s*(javascript|vbscript|data):/i.test(href)) return content;
      if (content.trim() === '') return '';
      const target = media(href);
      if (node.textContent?.trim() === href && BARE_URL.test(target)) return `<${target}>`;
      // Autolinks cannot nest inside a link's text.
      const text = content.replace(/<(https?:\/\/[^\s<>]+)>/g, '$1');
      return `[${text}](${destination(target)}${title(node)})`;
    },
  });
  service.addRule('strikethrough', {
    filter: ['del', 's', 'strike' as keyof HTMLElementTagNameMap],
    replacement: (content) => (content.trim() === '' ? content : `~~${content}~~`),
  });
  service.addRule('figure', { filter: 'figure', replacement: (content) => `\n\n${content.trim()}\n\n` });
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) =>
      content.trim() === '' ? '' : `\n\n_${content.trim().replace(/\n+/g, ' ')}_\n\n`,
  });
  service.addRule('mediaElement', {
    filter: ['video', 'audio', 'iframe', 'embed'],
    replacement: (_c, node) => {
      const src = (
        node.getAttribute('src') ??
        node.querySelector('source[src]')?.getAttribute('src') ??
        ''
      ).trim();
      if (src === '') return '';
      const label = node.nodeName === 'VIDEO' ? 'Video: ' : node.nodeName === 'AUDIO' ? 'Audio: ' : '';
      const target = media(src);
      if (label === '' && BARE_URL.test(target)) return `\n\n<${target}>\n\n`;
      const text = escapeMarkdownLine(label === '' ? src : label + fileName(src));
      return `\n\n[${text}](${destination(target)})\n\n`;
    },
  });
  service.addRule('bareUrlBlock', {
    filter: (node) =>
      (node.nodeName === 'P' || node.classList.contains('wp-block-embed__wrapper')) &&
      node.children.length === 0 &&
      BARE_URL.test(node.textContent?.trim() ?? ''),
    replacement: (_c, node) => `\n\n<${node.textContent?.trim() ?? ''}>\n\n`,
  });
  service.addRule('plainPre', {
    filter: (node) => node.nodeName === 'PRE' && !node.querySelector('code'),
    replacement: (_c, node) => {
      const code = (node.textContent ?? '').replace(/^\n/, '').replace(/\n$/, '');
      const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      return `\n\n${fence}\n${code}\n${fence}\n\n`;
    },
  });
  service.addRule('footnoteRef', {
    filter: (node) => node.nodeName === 'SUP' && node.hasAttribute('data-fn'),
    replacement: (content, node) => {
      const n = ctx.footnotes.refer(node.getAttribute('data-fn') ?? '');
      if (n === null) ctx.warn('a footnote reference has no note in the footnotes meta: kept as text');
      return n === null ? content : `[^${n}]`;
    },
  });
  addTableRules(service);
  return service;
}
