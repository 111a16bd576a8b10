// The comment section under an article: "N responses to “Headline”", the threaded list with
// page links (no JS needed), then the form, or a notice that comments are closed.
import { html } from 'ghtml';
import { countOf } from '../plural.ts';
import { renderCommentForm } from './comment-form.ts';
import { renderCommentItem } from './comment-item.ts';
import type { CommentSectionProps } from './types.ts';

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

/** The section's inner HTML (the article page wraps it in `<section id="comments">`). */
export function renderCommentSection(p: CommentSectionProps): string {
  const heading =
    p.count > 0
      ? html`<h2 class="comments-title">
          ${countOf(p.count, 'response', 'responses', p.language)} to “<span>${p.articleTitle}</span>”
        </h2>`
      : '';
  const list = p.threads.length
    ? html`<ol class="comment-list">
        !${p.threads.map((n) =>
          renderCommentItem(n, {
            language: p.language,
            maxDepth: p.maxDepth,
            open: p.open,
            replyUrl: (id) => `${p.form.articlePath}?replyto=${id}#respond`,
          }),
        )}
      </ol>`
    : '';
  const form = p.open
    ? renderCommentForm(p.form)
    : html`<p class="comments-closed notice">Comments are closed.</p>`;
  return html`!${heading} !${pageLinks(p)} !${list} !${pageLinks(p)} !${form}
    <p class="comments-feed form-hint"><a href="${p.feedUrl}">Comments feed (RSS)</a></p>`;
}
