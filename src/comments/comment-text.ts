// Comment text → safe HTML: plain text with paragraphs and line breaks, auto-linked URLs
// (rel="nofollow ugc noopener"), and a small Markdown subset (emphasis, inline code, quotes).
// Everything else, raw HTML included, comes out escaped as the reader typed it.
import MarkdownIt from 'markdown-it';
import { LRUCache } from 'lru-cache';

/** The rel every link written by a commenter carries. */
export const COMMENTER_LINK_REL = 'nofollow ugc noopener';

/** Renders comment text; memoises recent results (the same text always renders the same). */
export interface CommentTextRenderer {
  toHtml(text: string): string;
}

/** Builds a renderer with its own memo of `memoEntries` texts. */
export function createCommentTextRenderer(memoEntries = 5000): CommentTextRenderer {
  const md = new MarkdownIt('zero', { html: false, linkify: true, breaks: true, typographer: false });
  md.enable(['blockquote', 'emphasis', 'backticks', 'newline', 'escape', 'linkify']);
  // Only http(s) links; e-mail addresses stay text (a commenter's address is not a link target).
  md.linkify.set({ fuzzyEmail: false });
  md.validateLink = (url) => /^https?:\/\//i.test(url);
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx]?.attrSet('rel', COMMENTER_LINK_REL);
    return self.renderToken(tokens, idx, options);
  };
  const memo = new LRUCache<string, string>({ max: Math.max(1, memoEntries) });
  return {
    toHtml(text) {
      const hit = memo.get(text);
      if (hit !== undefined) return hit;
      const html = md.render(text);
      memo.set(text, html);
      return html;
    },
  };
}
