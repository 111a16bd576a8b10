// One comment and its replies, WordPress-like markup: avatar, author (linked nofollow ugc),
// permalink date, body, Reply link (works without JS through ?replyto=ID#respond).
import { html } from 'ghtml';
import { COMMENTER_LINK_REL } from '../../comments/comment-text.ts';
import type { ThreadNode } from '../../comments/threading.ts';
import { formatDate } from '../format-date.ts';
import type { CommentView } from './types.ts';

/** Options shared by every comment of a thread. */
export interface CommentItemOptions {
  language: string;
  maxDepth: number;
  open: boolean;
  replyUrl(id: number): string;
}

/**
 * `<li class="comment">` with nested replies. A 500-comment page is mostly this markup, so it is
 * written without indentation (every byte is rendered, hashed for the ETag and sent per page).
 */
export function renderCommentItem(node: ThreadNode<CommentView>, o: CommentItemOptions): string {
  const c = node.comment;
  const author = c.authorUrl
    ? html`<a class="comment-author-link" href="${c.authorUrl}" rel="${COMMENTER_LINK_REL}"
        >${c.authorName}</a
      >`
    : html`${c.authorName}`;
  const awaiting = c.pending
    ? '<p class="comment-awaiting notice" role="status">Your comment is awaiting moderation.</p>'
    : '';
  // prettier-ignore
  const reply =
    o.open && !c.pending
      ? html`<p class="comment-reply"><a class="reply-link" href="${o.replyUrl(c.id)}" data-reply-to="${c.id}" data-author="${c.authorName}" aria-label="Reply to ${c.authorName}">Reply</a></p>`
      : '';
  const children = node.replies.length
    ? `<ol class="comment-children">${node.replies.map((r) => renderCommentItem(r, o)).join('')}</ol>`
    : '';
  // prettier-ignore
  return html`<li id="comment-${c.id}" class="comment depth-${node.depth}${c.pending ? ' comment--pending' : ''}">
<article class="comment-body"><footer class="comment-meta"><img class="comment-avatar" src="${c.avatarUrl}" alt="" width="40" height="40" loading="lazy" decoding="async"> <b class="comment-author">!${author}</b> <a class="comment-permalink" href="#comment-${c.id}"><time datetime="${c.createdAt}">${formatDate(c.createdAt, o.language, true)}</time></a></footer>
!${awaiting}<div class="comment-content">!${c.bodyHtml}</div>!${reply}</article>!${children}</li>`;
}
