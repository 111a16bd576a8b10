// The comment section under an article, for AppDeps.commentSection: the approved thread (plus
// the reader's own held comments when their signed cookie says so), page links, the form
// (pre-filled from the remember-me cookie), JSON-LD comments and the change keys.
import { randomUUID } from 'node:crypto';
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
import { escapeHtml } from '../../views/escape-html.ts';
import { type Html, unsafeRawHtml } from '../../views/html.ts';
import type { HtmlParts } from '../../views/html-parts.ts';
import type { SiteSettings } from '../../settings/site-settings.ts';
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
  // One app's frames (its secret and address are its own).
  const frames: SectionFrames = new WeakMap();
  const render = (
    article: Article,
    request: CommentSectionRequest = { query: {}, cookieHeader: undefined },
    formState?: CommentFormState,
  ) => renderSection(feature, deps, frames, article, request, formState);
  return { render, isPersonal };
}

/** What the section needs besides the comments feature. */
interface SectionDeps {
  siteUrl: string;
  clock: Clock;
  wholeThreadLimit?: number;
}

/**
 * A rendered comment section with a mark where the form token goes, and everything it was drawn
 * from besides the thread it is kept with.
 */
interface SectionFrame {
  article: Article;
  site: SiteSettings;
  page: number;
  open: boolean;
  /** The section's parts; the one at `tokenPart` is cut at the form token (null: no form). */
  parts: HtmlParts;
  tokenPart: number;
  beforeToken: string;
  afterToken: string;
  commentCount: number;
  jsonLd: SerializedJsonLdList;
}

/** Stands for the form token while a frame is rendered: letters and digits, escaped as itself. */
const TOKEN_MARK = `formtoken${randomUUID().replaceAll('-', '')}`;

/**
 * Sections rendered for a reader with nothing of their own on the page (no held comments, no
 * remembered details, no reply target, no returned form), by the thread they show: the array
 * the comment storage keeps (CommentRepo.listApproved), so a frame lives as long as the thread is
 * kept and a thread read again (any change of the content) is a new array without one. The
 * article and the site settings are compared by identity, the page and whether comments are
 * open by value. 500 comments took 20-25% of the CPU of their page to thread, view and write on
 * every render, for the same markup each time but the token.
 */
type SectionFrames = WeakMap<readonly PublicComment[], SectionFrame>;

/** The section of a frame with this request's form token. */
function withToken(frame: SectionFrame, token: string): HtmlParts {
  if (frame.tokenPart < 0) return frame.parts;
  const parts = frame.parts.slice();
  parts[frame.tokenPart] = unsafeRawHtml(frame.beforeToken + escapeHtml(token) + frame.afterToken);
  return parts;
}

/**
 * Freshly rendered parts (TOKEN_MARK as the token) cut at the token; null when the mark is there
 * more than once, which no section renders (the caller then renders with the token itself).
 */
function cutAtToken(
  parts: HtmlParts,
): { parts: HtmlParts; tokenPart: number; beforeToken: string; afterToken: string } | null {
  let found: { parts: HtmlParts; tokenPart: number; beforeToken: string; afterToken: string } | null = null;
  for (let i = 0; i < parts.length; i++) {
    const text = (parts[i] as Html).text;
    const at = text.indexOf(TOKEN_MARK);
    if (at < 0) continue;
    if (found !== null || text.indexOf(TOKEN_MARK, at + TOKEN_MARK.length) >= 0) return null;
    found = {
      parts,
      tokenPart: i,
      beforeToken: text.slice(0, at),
      afterToken: text.slice(at + TOKEN_MARK.length),
    };
  }
  return found ?? { parts, tokenPart: -1, beforeToken: '', afterToken: '' };
}

/** The comment section of `article` for this request (its page of the thread, the form). */
async function renderSection(
  feature: CommentsFeature,
  deps: SectionDeps,
  sectionFrames: SectionFrames,
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
  const heldIds = pendingPassOf(cookies, feature.secret, now)?.ids ?? [];
  const shown = await showThreadPage(feature.comments, article.id, settings, {
    page: commentPageOf(request.query),
    heldIds,
    extraIds: [replyId, parentValue],
    wholeLimit: deps.wholeThreadLimit ?? WHOLE_THREAD_LIMIT,
  });
  if (!shown) throw new AppError('NOT_FOUND', 'There is no such page of comments.');
  const open = commentsOpen(article, settings, now);
  const sectionDeps = [commentKey.article(article.id), changeKey.settings];
  // Nothing of the reader's own on the page: a kept thread's frame serves it.
  const framable =
    formState === undefined &&
    replyId === null &&
    heldIds.length === 0 &&
    rememberedOf(cookies) === null &&
    shown.whole !== null &&
    Object.isFrozen(shown.whole) &&
    Object.isFrozen(article);
  if (framable) {
    const frame = sectionFrames.get(shown.whole!);
    if (
      frame !== undefined &&
      frame.article === article &&
      frame.site === site &&
      frame.page === shown.page &&
      frame.open === open
    )
      return {
        html: withToken(frame, issueFormToken(feature.secret, now)),
        deps: sectionDeps,
        commentCount: frame.commentCount,
        jsonLd: frame.jsonLd,
      };
  }
  const path = articlePath(article);
  const state: CommentFormState = formState ?? { values: initialFormValues(cookies), errors: {} };
  const replyTo = replyTargetOf(shown, replyId, parentValue, formState !== undefined);
  const token = issueFormToken(feature.secret, now);
  const draw = (formToken: string) =>
    renderCommentSection({
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
      open,
      form: {
        action: `${path}/comments`,
        articlePath: path,
        replyTo,
        state,
        privacyUrl: '/privacy',
        replyNotifications: settings.replyNotifications,
        formToken,
      },
      feedUrl: `${path}/comments/feed.xml`,
    });
  const html = draw(framable ? TOKEN_MARK : token);
  const approved = shown.loaded.filter((c) => c.status === 'approved');
  const jsonLd = commentsJsonLd(`${deps.siteUrl}${path}`, approved.slice(0, 50));
  if (!framable) return { html, deps: sectionDeps, commentCount: shown.count, jsonLd };
  const cut = cutAtToken(html);
  if (cut === null) return { html: draw(token), deps: sectionDeps, commentCount: shown.count, jsonLd };
  const frame: SectionFrame = {
    article,
    site,
    page: shown.page,
    open,
    ...cut,
    commentCount: shown.count,
    jsonLd,
  };
  sectionFrames.set(shown.whole!, frame);
  return { html: withToken(frame, token), deps: sectionDeps, commentCount: shown.count, jsonLd };
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
