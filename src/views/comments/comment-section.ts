// The comment section under an article: "N responses to “Headline”", the threaded list with
// page links (no JS needed), then the form, or a notice that comments are closed.
import { html } from 'ghtml';
import type { HtmlParts } from '../html-parts.ts';
import { dateFormatter } from '../format-date.ts';
import { countOf } from '../plural.ts';
import { renderCommentForm } from './comment-form.ts';
import { writeCommentItem } from './comment-item.ts';
import type { CommentSectionProps } from './types.ts';

/** About 20 KB of comment markup per part (a comment is some 30 pieces, ~1 KB). */
const PIECES_PER_PART = 800;

const pageLinks = (p: CommentSectionProps): string => {
  if (p.totalPages <= 1) return '';
  const prev =
    p.page > 1
      ? html`<a class="pagination-link pagination-prev" href="${p.pageUrl(p.page - 1)}#comments"
          ><span aria-hidden="true">←</span> Older comments</a
        >`
      : '';
  const next =
    p.page < p.totalPages
      ? html`<a class="pagination-link pagination-next" href="${p.pageUrl(p.page + 1)}#comments"
          >Newer comments <span aria-hidden="true">→</span></a
        >`
      : '';
  return html`<nav class="pagination comment-pagination" aria-label="Comment pages">
    !${prev}
    <p class="pagination-status">Comment page ${p.page} of ${p.totalPages}</p>
    !${next}
  </nav>`;
};

/**
 * The section's inner HTML (the article page wraps it in `<section id="comments">`), as parts:
 * the markup before the list, the comments in parts of some tens of kilobytes, then the markup
 * after it. A long thread is never joined into one string (see html-parts.ts).
 */
export function renderCommentSection(p: CommentSectionProps): HtmlParts {
  const heading =
    p.count > 0
      ? html`<h2 class="comments-title">
          ${countOf(p.count, 'response', 'responses', p.language)} to “<span>${p.articleTitle}</span>”
        </h2>`
      : '';
  const options = {
    formatDate: dateFormatter({ language: p.language, timeZone: p.timeZone, withTime: true }),
    maxDepth: p.maxDepth,
    open: p.open,
  };
  // Pieces are joined a few hundred comments at a time: into strings long enough to encode in
  // one go, short enough to stay out of V8's large-object space (as does the array of pieces).
  const parts: string[] = [];
  const pieces: string[] = [];
  for (const thread of p.threads) {
    writeCommentItem(thread, options, pieces);
    if (pieces.length >= PIECES_PER_PART) {
      parts.push(pieces.join(''));
      pieces.length = 0;
    }
  }
  if (pieces.length) parts.push(pieces.join(''));
  const form = p.open
    ? renderCommentForm(p.form)
    : html`<p class="comments-closed notice">Comments are closed.</p>`;
  const links = pageLinks(p);
  const after = html`!${links} !${form}
    <p class="comments-feed form-hint"><a href="${p.feedUrl}">Comments feed (RSS)</a></p>`;
  if (!parts.length) return [`${heading} ${links} `, after];
  // Plain template strings (the pieces are HTML already): the list's tags open in the first part
  // and close in the last, which an html`` template (and the formatter reading it as HTML) would
  // not allow.
  return [`${heading} ${links} <ol class="comment-list">`, ...parts, `</ol> ${after}`];
}
