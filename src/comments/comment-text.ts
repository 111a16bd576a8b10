// Comment text → safe HTML: plain text with paragraphs and line breaks, auto-linked URLs
// (rel="nofollow ugc noopener"), and a small Markdown subset (emphasis, inline code, quotes).
// Everything else, raw HTML included, comes out escaped as the reader typed it.
import MarkdownIt from 'markdown-it';
import type { StateCore } from 'markdown-it';
import { BoundedMemo } from '../kernel/bounded-memo.ts';
import { ASCII_TLDS, IDN_TLDS, isBareDomainLink } from '../spam/index.ts';

/** The rel every link written by a commenter carries. */
export const COMMENTER_LINK_REL = 'nofollow ugc noopener';

/** Renders comment text; memoises recent results (the same text always renders the same). */
export interface CommentTextRenderer {
  toHtml(text: string): string;
  /**
   * The HTML of a stored comment's text, memoised by the comment's id: looking a long text up
   * by itself hashes all of it (a fresh string from the database, every render), an id is a number.
   * An edited text renders afresh.
   */
  commentHtml(id: number, text: string): string;
}

/**
 * The same string, stored in one piece. markdown-it builds its output by concatenation, which V8
 * keeps as a tree of pieces and walks every time the string is read (joined into a page: 50 µs
 * per 500-comment page); a memoised result is read on every render, so it is copied flat once.
 */
const flat = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/** Builds a renderer with memos of about `memoEntries` texts and comments (kernel/bounded-memo.ts). */
export function createCommentTextRenderer(memoEntries = 5000): CommentTextRenderer {
  const md = new MarkdownIt('zero', { html: false, linkify: true, breaks: true, typographer: false });
  md.enable(['blockquote', 'emphasis', 'backticks', 'newline', 'escape', 'linkify']);
  // Only http(s) links; e-mail addresses stay text (a commenter's address is not a link target).
  md.linkify.set({ fuzzyEmail: false });
  md.validateLink = (url) => /^https?:\/\//i.test(url);
  // A bare domain ("example.com", no scheme, no "www.") is a link exactly when the spam filter
  // reads it as one: on its top-level domains, and not when it reads as a file name, code or a
  // run-on sentence ("README.md", "setup.py", "obj.store", "soon.Today"). A reader never gets a
  // link the filter did not count, nor a link to http://README.md. linkify-it keeps its own list
  // too (with ours added), so "www.example.name" stays a link, as the filter reads every www. host.
  md.linkify.tlds([...ASCII_TLDS, ...IDN_TLDS], true);
  md.core.ruler.after('linkify', 'bare-domains-as-the-filter-reads-them', unlinkBareWords);
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx]?.attrSet('rel', COMMENTER_LINK_REL);
    return self.renderToken(tokens, idx, options);
  };
  const byText = new BoundedMemo<string, string>(memoEntries);
  const byComment = new BoundedMemo<number, { text: string; html: string }>(memoEntries);
  const toHtml = (text: string): string => {
    let html = byText.get(text);
    if (html === undefined) byText.set(text, (html = flat(md.render(text))));
    return html;
  };
  return {
    toHtml,
    commentHtml(id, text) {
      const hit = byComment.get(id);
      if (hit !== undefined && hit.text === text) return hit.html;
      const html = toHtml(text);
      byComment.set(id, { text, html });
      return html;
    },
  };
}

const SCHEME_OR_WWW = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const FILTER_TLDS = new Set([...ASCII_TLDS, ...IDN_TLDS]);

/** Turns back into text each bare-domain autolink the spam filter would not read as a link. */
function unlinkBareWords(state: StateCore): void {
  for (const block of state.tokens) {
    const children = block.type === 'inline' ? block.children : null;
    if (!children) continue;
    for (let i = 0; i + 2 < children.length; i++) {
      const open = children[i];
      const label = children[i + 1];
      const close = children[i + 2];
      if (open?.type !== 'link_open' || open.markup !== 'linkify' || !label || close?.type !== 'link_close')
        continue;
      const raw = label.content;
      if (SCHEME_OR_WWW.test(raw)) continue;
      const end = raw.search(/[/?#:]/);
      const host = end === -1 ? raw : raw.slice(0, end);
      const next = children[i + 3];
      const after = next?.type === 'text' ? next.content : '';
      const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
      if (FILTER_TLDS.has(tld) && isBareDomainLink(host, after, end !== -1 && raw[end] === '/')) continue;
      children.splice(i, 3, label);
    }
  }
}
