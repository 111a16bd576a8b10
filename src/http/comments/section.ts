// The comment section under an article, for AppDeps.commentSection: the approved thread (plus
// the reader's own held comments when their signed cookie says so), page links, the form
// (pre-filled from the remember-me cookie), JSON-LD comments and the change keys.
import { issueFormToken } from './form-token.ts';
import type { Article } from '../../content/article.ts';
import { articlePath } from '../../content/article.ts';
import { changeKey } from '../../content/change-keys.ts';
import { avatarPath } from '../../comments/avatar.ts';
import { commentKey } from '../../comments/change-keys.ts';
import type { PublicComment } from '../../comments/comment.ts';
import type { CommentFormValues } from '../../comments/comment-input.ts';
import { commentsOpen } from '../../comments/comment-settings.ts';
import type { ThreadNode } from '../../comments/threading.ts';
import { type ShownThreadPage, showThreadPage } from '../../comments/show-thread-page.ts';
import { parseRecordId } from '../../kernel/record-id.ts';
import { renderCommentSection } from '../../views/comments/comment-section.ts';
import { SerializedJsonLdList, serializeJsonLd } from '../../views/json-ld.ts';
import { BoundedMemo } from '../../kernel/bounded-memo.ts';
import type { CommentFormState, CommentView } from '../../views/comments/types.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { CommentSectionRequest } from '../deps.ts';
import { AppError } from '../../kernel/app-error.ts';
import { parseCookies, pendingPassOf, rememberedOf } from './cookies.ts';
import type { CommentsFeature } from '../../compose/comments.ts';

/** Articles with up to this many approved comments have their thread read in one query. */
export const WHOLE_THREAD_LIMIT = 1000;

/** Empty form values (or the remembered commenter's). */
export function initialFormValues(cookies: Record<string, string>): CommentFormValues {
  const who = rememberedOf(cookies);
  return {
    comment: '',
    author: who?.author ?? '',
    email: who?.email ?? '',
    url: who?.url ?? '',
    parentId: '',
    remember: who !== null,
    notify: false,
  };
}

/**
 * The `cpage` query parameter: 1 when absent, null when it is not a page number (zero, negative,
 * leading zeros, words), so every comment page has exactly one URL.
 */
export function commentPageOf(query: Record<string, string>): number | null {
  const raw = query.cpage;
  if (raw === undefined || raw === '') return 1;
  return /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null;
}

/** A comment ready for the view. */
export function toCommentView(feature: CommentsFeature, c: PublicComment): CommentView {
  return {
    id: c.id,
    parentId: c.parentId,
    authorName: c.authorName,
    authorUrl: c.authorUrl,
    avatarUrl: avatarPath(c.authorName),
    bodyHtml: feature.text.commentHtml(c.id, c.content),
    createdAt: c.createdAt,
    pending: c.status !== 'approved',
    inReplyTo: undefined,
  };
}

/** The renderer and the check for personal (uncacheable) pages. */
export function createCommentSection(feature: CommentsFeature, deps: SectionDeps) {
  const isPersonal = (request: CommentSectionRequest): boolean => {
    const cookies = parseCookies(request.cookieHeader);
    return (
      rememberedOf(cookies) !== null || pendingPassOf(cookies, feature.secret, deps.clock.now()) !== null
    );
  };
  const render = (
    article: Article,
    request: CommentSectionRequest = { query: {}, cookieHeader: undefined },
    formState?: CommentFormState,
  ) => renderSection(feature, deps, article, request, formState);
  return { render, isPersonal };
}

/** What the section needs besides the comments feature. */
interface SectionDeps {
  siteUrl: string;
  clock: Clock;
  wholeThreadLimit?: number;
}

/** The comment section of `article` for this request (its page of the thread, the form). */
async function renderSection(
  feature: CommentsFeature,
  deps: SectionDeps,
  article: Article,
  request: CommentSectionRequest,
  formState: CommentFormState | undefined,
) {
  const [settings, site] = await Promise.all([feature.settings(), feature.site()]);
  const now = deps.clock.now();
  const cookies = parseCookies(request.cookieHeader);
  const replyId = parseRecordId(request.query.replyto);
  const parentValue = parseRecordId(formState?.values.parentId);
  // A page past the last (or no page at all) is a 404 like /page/N past the end: answering it
  // with the last page would let crawlers and caches multiply one page under endless URLs.
  const shown = await showThreadPage(feature.comments, article.id, settings, {
    page: commentPageOf(request.query),
    heldIds: pendingPassOf(cookies, feature.secret, now)?.ids ?? [],
    extraIds: [replyId, parentValue],
    wholeLimit: deps.wholeThreadLimit ?? WHOLE_THREAD_LIMIT,
  });
  if (!shown) throw new AppError('NOT_FOUND', 'There is no such page of comments.');
  const path = articlePath(article);
  const state: CommentFormState = formState ?? { values: initialFormValues(cookies), errors: {} };
  const replyTo = replyTargetOf(shown, replyId, parentValue, formState !== undefined);
  const html = renderCommentSection({
    articleTitle: article.title,
    articlePath: path,
    language: article.language,
    siteLanguage: site.language,
    timeZone: site.timezone,
    count: shown.count,
    threads: threadViews(feature, shown.threads),
    maxDepth: settings.threadDepth,
    page: shown.page,
    totalPages: shown.totalPages,
    pageUrl: (p) => (p > 1 ? `${path}?cpage=${p}` : path),
    open: commentsOpen(article, settings, now),
    form: {
      action: `${path}/comments`,
      articlePath: path,
      replyTo,
      state,
      privacyUrl: '/privacy',
      replyNotifications: settings.replyNotifications,
      formToken: issueFormToken(feature.secret, now),
    },
    feedUrl: `${path}/comments/feed.xml`,
  });
  const approved = shown.loaded.filter((c) => c.status === 'approved');
  return {
    html,
    deps: [commentKey.article(article.id), changeKey.settings],
    commentCount: shown.count,
    jsonLd: commentsJsonLd(`${deps.siteUrl}${path}`, approved.slice(0, 50)),
  };
}

/** The threads as the view takes them (rendered bodies, avatars, whom a reply answers). */
function threadViews(
  feature: CommentsFeature,
  nodes: ThreadNode<PublicComment>[],
): ThreadNode<CommentView>[] {
  return nodes.map((n) => {
    const view = toCommentView(feature, n.comment);
    if (n.inReplyTo) view.inReplyTo = { id: n.inReplyTo.id, authorName: n.inReplyTo.authorName };
    return { comment: view, depth: n.depth, replies: threadViews(feature, n.replies) };
  });
}

/**
 * The approved comment the form answers: the one a "Reply" link named (`?replyto=`), or, when the
 * form comes back with the reader's text, the one it was sent as a reply to.
 */
function replyTargetOf(
  shown: ShownThreadPage,
  replyId: number | null,
  parentValue: number | null,
  formReturned: boolean,
): { id: number; authorName: string } | null {
  const targetId = replyId ?? parentValue;
  const target = shown.held.find((c) => c.id === targetId) ?? shown.loaded.find((c) => c.id === targetId);
  return target && target.status === 'approved' && (replyId === target.id || formReturned)
    ? { id: target.id, authorName: target.authorName }
    : null;
}

/** A comment's JSON-LD text and every input it was written from. */
interface CommentJsonLd {
  canonical: string;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  content: string;
  createdAt: string;
  text: string;
}

/**
 * Written JSON-LD by comment id, at most 2,000 (as the comments' markup is kept,
 * views/comments/comment-item.ts): a page with the cache off serialised and escaped the same 50
 * objects on every render (0.1 ms of a 50-comment page's 1.3-2 ms). A text is reused only when
 * every value it shows is the same, so an edit, an erasure or a move writes it afresh.
 */
const writtenJsonLd = new BoundedMemo<number, CommentJsonLd>(2000);

/** Schema.org Comment objects for the page's JSON-LD, each serialised once for its inputs. */
export function commentsJsonLd(canonical: string, comments: PublicComment[]): SerializedJsonLdList {
  return new SerializedJsonLdList(
    comments.map((c) => {
      const kept = writtenJsonLd.get(c.id);
      if (
        kept !== undefined &&
        kept.canonical === canonical &&
        kept.parentId === c.parentId &&
        kept.authorName === c.authorName &&
        kept.authorUrl === c.authorUrl &&
        kept.content === c.content &&
        kept.createdAt === c.createdAt
      )
        return kept.text;
      const text = serializeJsonLd(commentJsonLd(canonical, c));
      writtenJsonLd.set(c.id, {
        canonical,
        parentId: c.parentId,
        authorName: c.authorName,
        authorUrl: c.authorUrl,
        content: c.content,
        createdAt: c.createdAt,
        text,
      });
      return text;
    }),
  );
}

/** A schema.org Comment object. */
export function commentJsonLd(canonical: string, c: PublicComment): object {
  return {
    '@type': 'Comment',
    '@id': `${canonical}#comment-${c.id}`,
    url: `${canonical}#comment-${c.id}`,
    text: c.content,
    dateCreated: c.createdAt,
    author: { '@type': 'Person', name: c.authorName, ...(c.authorUrl ? { url: c.authorUrl } : {}) },
    ...(c.parentId !== null ? { parentItem: { '@id': `${canonical}#comment-${c.parentId}` } } : {}),
  };
}
