// The comment section under an article: "N responses to “Headline”", the threaded list with
// page links (no JS needed), then the form, or a notice that comments are closed.
import { EMPTY_HTML, type Html, html, unsafeRawHtml } from '../html.ts';
import { type Translator, translatorFor } from '../../i18n/index.ts';
import type { HtmlParts } from '../html-parts.ts';
import { dateFormatter } from '../format-date.ts';
import { messageHtml } from '../message-html.ts';
import { renderCommentForm } from './comment-form.ts';
import { commentItemText, writeCommentItem } from './comment-item.ts';
import type { CommentSectionProps } from './types.ts';

/**
 * About 20,000 characters of comment markup per part (some 20 comments): V8 keeps a string of
 * more than 128 KB (64 K characters written two bytes each) in its large-object space, mapped
 * and unmapped for each one, which costs page faults on every render.
 */
const CHARS_PER_PART = 20_000;

const pageLinks = (p: CommentSectionProps, ui: Translator): Html => {
  if (p.totalPages <= 1) return EMPTY_HTML;
  const prev =
    p.page > 1
      ? html`<a class="pagination-link pagination-prev" href="${p.pageUrl(p.page - 1)}#comments"
          ><span aria-hidden="true">←</span> ${ui.t('comments.older')}</a
        >`
      : EMPTY_HTML;
  const next =
    p.page < p.totalPages
      ? html`<a class="pagination-link pagination-next" href="${p.pageUrl(p.page + 1)}#comments"
          >${ui.t('comments.newer')} <span aria-hidden="true">→</span></a
        >`
      : EMPTY_HTML;
  return html`<nav class="pagination comment-pagination" aria-label="${ui.t('comments.pagesLabel')}">
    ${prev}
    <p class="pagination-status">${ui.t('comments.pageStatus', { page: p.page, total: p.totalPages })}</p>
    ${next}
  </nav>`;
};

/**
 * The section's inner HTML (the article page wraps it in `<section id="comments">`), as parts:
 * the markup before the list, the comments in parts of some tens of kilobytes, then the markup
 * after it. A long thread is never joined into one string (see html-parts.ts).
 */
export function renderCommentSection(p: CommentSectionProps): HtmlParts {
  const ui = translatorFor(p.language, p.siteLanguage);
  const heading =
    p.count > 0
      ? html`<h2 class="comments-title">
          ${messageHtml(ui, 'comments.heading', {
            count: p.count,
            title: html`<span>${p.articleTitle}</span>`,
          })}
        </h2>`
      : EMPTY_HTML;
  const options = {
    ui,
    text: commentItemText(ui),
    formatDate: dateFormatter({ language: ui.lang, timeZone: p.timeZone, withTime: true }),
    maxDepth: p.maxDepth,
    open: p.open,
  };
  // Pieces are joined some twenty comments at a time: into strings long enough to encode in
  // one go, short enough to stay out of V8's large-object space (as does the array of pieces).
  // The escape hatch: comment-item.ts escapes every value it writes (a comment's body is the
  // comment text renderer's markup, comments/comment-text.ts).
  const parts: Html[] = [];
  const pieces: string[] = [];
  let chars = 0;
  for (const thread of p.threads) {
    const from = pieces.length;
    writeCommentItem(thread, options, pieces);
    for (let i = from; i < pieces.length; i++) chars += (pieces[i] as string).length;
    if (chars >= CHARS_PER_PART) {
      parts.push(unsafeRawHtml(pieces.join('')));
      pieces.length = 0;
      chars = 0;
    }
  }
  if (pieces.length) parts.push(unsafeRawHtml(pieces.join('')));
  const form = p.open
    ? renderCommentForm(p.form, ui)
    : html`<p class="comments-closed notice">${ui.t('comments.closed')}</p>`;
  const links = pageLinks(p, ui);
  const after = html`${links} ${form}
    <p class="comments-feed form-hint"><a href="${p.feedUrl}">${ui.t('comments.feed')}</a></p>`;
  if (!parts.length) return [html`${heading} ${links} `, after];
  // The list's tags open in the first part and close in the last, which the formatter, reading
  // each template as HTML, would not allow.
  // prettier-ignore
  return [html`${heading} ${links} <ol class="comment-list">`, ...parts, html`</ol> ${after}`];
}
