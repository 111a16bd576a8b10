// One comment and its replies, WordPress-like markup: avatar, author (linked nofollow ugc),
// permalink date, "In reply to" for a reply shown below the depth limit, body, and a Reply link
// (works without JS through ?replyto=ID#respond) except at the deepest level.
import { COMMENTER_LINK_REL } from '../../comments/comment-text.ts';
import type { ThreadNode } from '../../comments/threading.ts';
import type { Translator } from '../../i18n/index.ts';
import { BoundedMemo } from '../../kernel/bounded-memo.ts';
import { escapeHtml } from '../escape-html.ts';
import { html } from '../html.ts';
import type { FormatIsoDate } from '../format-date.ts';
import { messageHtml } from '../message-html.ts';
import type { CommentView } from './types.ts';

/** Options shared by every comment of a thread. */
export interface CommentItemOptions {
  /** The discussion's language (the article's). */
  ui: Translator;
  /** Text written once per thread: see commentItemText. */
  text: CommentItemText;
  /** The dates of comments, as the site writes them (views/format-date.ts). */
  formatDate: FormatIsoDate;
  /** Comments at this depth get no Reply link (WordPress: replies go no deeper than the setting). */
  maxDepth: number;
  open: boolean;
}

/** The fixed pieces of every comment, translated and escaped once per thread. */
export interface CommentItemText {
  awaiting: string;
  reply: string;
}

const itemTexts = new WeakMap<Translator, CommentItemText>();

/** The fixed pieces of a comment in `ui`'s language (made once per translator). */
export function commentItemText(ui: Translator): CommentItemText {
  let text = itemTexts.get(ui);
  if (text === undefined) {
    text = {
      awaiting: `<p class="comment-awaiting notice" role="status">${escapeHtml(ui.t('comment.awaiting'))}</p>`,
      reply: escapeHtml(ui.t('comment.reply')),
    };
    itemTexts.set(ui, text);
  }
  return text;
}

/**
 * A comment's own markup (from `<li …>` to `</article>`) as last written, with every input it was
 * written from. The same comments are drawn on every render of a page with the page cache off
 * (the 500-comment bench page: 500 items, some 25 pieces, three escapes and a message each);
 * an item whose inputs are all the same as last time is the same markup, so it is reused.
 */
interface WrittenItem {
  ui: Translator;
  formatDate: FormatIsoDate;
  awaiting: string;
  reply: string;
  depth: number;
  pending: boolean;
  replyable: boolean;
  authorName: string;
  authorUrl: string | null;
  avatarUrl: string;
  createdAt: string;
  bodyHtml: string;
  inReplyToId: number | undefined;
  inReplyToName: string | undefined;
  markup: string;
}

/**
 * Written items by comment id, at most 2,000 (kept as comments/comment-text.ts keeps rendered
 * bodies, the 1,000 used last always among them). About 1 KB of markup each: at most some 2 MB
 * per process.
 */
const writtenItems = new BoundedMemo<number, WrittenItem>(2000);

/** Whether `item` was written from exactly these inputs (every value the markup shows). */
function sameInputs(
  item: WrittenItem,
  node: ThreadNode<CommentView>,
  o: CommentItemOptions,
  replyable: boolean,
): boolean {
  const c = node.comment;
  return (
    item.ui === o.ui &&
    item.formatDate === o.formatDate &&
    item.awaiting === o.text.awaiting &&
    item.reply === o.text.reply &&
    item.depth === node.depth &&
    item.pending === c.pending &&
    item.replyable === replyable &&
    item.authorName === c.authorName &&
    item.authorUrl === c.authorUrl &&
    item.avatarUrl === c.avatarUrl &&
    item.createdAt === c.createdAt &&
    item.bodyHtml === c.bodyHtml &&
    item.inReplyToId === c.inReplyTo?.id &&
    item.inReplyToName === c.inReplyTo?.authorName
  );
}

/**
 * Appends `<li class="comment">` with nested replies to `out`, as pieces.
 *
 * A 500-comment page is mostly this markup, so it is written for speed: without indentation
 * (every byte is rendered, encoded, checksummed for the ETag and sent), and as pieces that the
 * comment section joins a few hundred at a time rather than as concatenated strings. Concatenation
 * leaves a tree of small strings that must be walked and copied before it can be encoded; a join
 * writes the characters once. A comment's own markup is reused while its inputs stay the same
 * (see WrittenItem). Every value from a reader is escaped here, with ghtml's rules.
 */
export function writeCommentItem(node: ThreadNode<CommentView>, o: CommentItemOptions, out: string[]): void {
  const c = node.comment;
  const replyable = o.open && !c.pending && node.depth < o.maxDepth;
  let item = writtenItems.get(c.id);
  if (item === undefined || !sameInputs(item, node, o, replyable)) {
    item = {
      ui: o.ui,
      formatDate: o.formatDate,
      awaiting: o.text.awaiting,
      reply: o.text.reply,
      depth: node.depth,
      pending: c.pending,
      replyable,
      authorName: c.authorName,
      authorUrl: c.authorUrl,
      avatarUrl: c.avatarUrl,
      createdAt: c.createdAt,
      bodyHtml: c.bodyHtml,
      inReplyToId: c.inReplyTo?.id,
      inReplyToName: c.inReplyTo?.authorName,
      markup: itemMarkup(node, o, replyable),
    };
    writtenItems.set(c.id, item);
  }
  out.push(item.markup);
  if (node.replies.length) {
    out.push('<ol class="comment-children">');
    for (const reply of node.replies) writeCommentItem(reply, o, out);
    out.push('</ol>');
  }
  out.push('</li>');
}

/** A comment's own markup, from `<li …>` to `</article>`, as one flat string. */
function itemMarkup(node: ThreadNode<CommentView>, o: CommentItemOptions, replyable: boolean): string {
  const c = node.comment;
  const id = String(c.id);
  const name = escapeHtml(c.authorName);
  const out: string[] = [];
  out.push(
    '<li id="comment-',
    id,
    '" class="comment depth-',
    String(node.depth),
    c.pending ? ' comment--pending">\n' : '">\n',
    '<article class="comment-body"><footer class="comment-meta"><img class="comment-avatar" src="',
    escapeHtml(c.avatarUrl),
    '" alt="" width="40" height="40" loading="lazy" decoding="async"> <b class="comment-author">',
  );
  if (c.authorUrl)
    out.push(
      '<a class="comment-author-link" href="',
      escapeHtml(c.authorUrl),
      `" rel="${COMMENTER_LINK_REL}">`,
      name,
      '</a>',
    );
  else out.push(name);
  out.push(
    '</b> <a class="comment-permalink" href="#comment-',
    id,
    '"><time datetime="',
    escapeHtml(c.createdAt),
    '">',
    escapeHtml(o.formatDate(c.createdAt)),
    '</time></a></footer>\n',
    c.pending ? o.text.awaiting : '',
  );
  // Shown at the deepest level under an ancestor, a reply says whom it answers.
  if (c.inReplyTo)
    out.push(
      '<p class="comment-in-reply-to">',
      messageHtml(o.ui, 'comment.inReplyTo', {
        name: html`<a href="#comment-${c.inReplyTo.id}">${c.inReplyTo.authorName}</a>`,
      }).text,
      '</p>',
    );
  out.push('<div class="comment-content">', c.bodyHtml, '</div>');
  if (replyable)
    out.push(
      // Relative to the article's own URL: the path is not repeated in every comment.
      '<p class="comment-reply"><a class="reply-link" href="?replyto=',
      id,
      '#respond" aria-label="',
      escapeHtml(o.ui.t('comment.replyTo', { name: c.authorName })),
      '">',
      o.text.reply,
      '</a></p>',
    );
  out.push('</article>');
  return out.join('');
}
