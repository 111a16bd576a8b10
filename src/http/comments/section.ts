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
import type { CommentOutline } from '../../comments/comment-repo.ts';
import type { ThreadNode } from '../../comments/threading.ts';
import { idsOnPage, pageThread, withHeld } from '../../comments/thread-page.ts';
import { parseRecordId } from '../../kernel/record-id.ts';
import { renderCommentSection } from '../../views/comments/comment-section.ts';
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
export function createCommentSection(
  feature: CommentsFeature,
  deps: { siteUrl: string; clock: Clock; wholeThreadLimit?: number },
) {
  const wholeLimit = deps.wholeThreadLimit ?? WHOLE_THREAD_LIMIT;
  const isPersonal = (request: CommentSectionRequest): boolean => {
    const cookies = parseCookies(request.cookieHeader);
    return (
      rememberedOf(cookies) !== null || pendingPassOf(cookies, feature.secret, deps.clock.now()) !== null
    );
  };

  const render = async (
    article: Article,
    request: CommentSectionRequest = { query: {}, cookieHeader: undefined },
    formState?: CommentFormState,
  ) => {
    const [settings, site] = await Promise.all([feature.settings(), feature.site()]);
    const now = deps.clock.now();
    const cookies = parseCookies(request.cookieHeader);
    const pass = pendingPassOf(cookies, feature.secret, now);
    const [first, pending] = await Promise.all([
      feature.comments.listApproved(article.id, wholeLimit + 1),
      pass ? feature.comments.listPendingByIds(article.id, pass.ids) : Promise.resolve([]),
    ]);
    // Threads of ordinary length are read whole in one query. A longer one is threaded and paged
    // on its outline (ids, parents, times), and full rows are loaded for the shown page only.
    const whole = first.length <= wholeLimit ? first : null;
    const outline: CommentOutline[] = whole ?? (await feature.comments.listApprovedOutline(article.id));
    // A page past the last (or no page at all) is a 404 like /page/N past the end: answering it
    // with the last page would let crawlers and caches multiply one page under endless URLs.
    const shownPage = pageThread(withHeld(outline, pending), settings, commentPageOf(request.query));
    if (!shownPage) throw new AppError('NOT_FOUND', 'There is no such page of comments.');
    const { page, totalPages, threads: shownOutline } = shownPage;
    const replyId = parseRecordId(request.query.replyto);
    const parentValue = parseRecordId(formState?.values.parentId);
    const wanted = new Set(idsOnPage(shownPage));
    for (const extra of [replyId, parentValue])
      if (extra !== null && outline.some((o) => o.id === extra)) wanted.add(extra);
    // A thread read whole holds its full comments already (as do the reader's held ones); a long
    // thread loads the shown page's.
    const loaded = whole
      ? whole.filter((c) => wanted.has(c.id))
      : await feature.comments.findPublicByIds(
          article.id,
          [...wanted].filter((id) => !pending.some((p) => p.id === id)),
        );
    const byId = new Map<number, PublicComment>();
    if (!whole) for (const c of loaded) byId.set(c.id, c);
    const fullOf = (c: CommentOutline | PublicComment): PublicComment | undefined =>
      'content' in c ? c : byId.get(c.id);
    const toView = (nodes: ThreadNode<CommentOutline | PublicComment>[]): ThreadNode<CommentView>[] => {
      const views: ThreadNode<CommentView>[] = [];
      for (const n of nodes) {
        const c = fullOf(n.comment);
        if (!c) continue;
        const view = toCommentView(feature, c);
        const answered = n.inReplyTo ? fullOf(n.inReplyTo) : undefined;
        if (answered) view.inReplyTo = { id: answered.id, authorName: answered.authorName };
        views.push({ comment: view, depth: n.depth, replies: toView(n.replies) });
      }
      return views;
    };
    const shown = toView(shownOutline);
    const path = articlePath(article);
    const state: CommentFormState = formState ?? { values: initialFormValues(cookies), errors: {} };
    const targetId = replyId ?? parentValue;
    const target = pending.find((c) => c.id === targetId) ?? loaded.find((c) => c.id === targetId);
    const replyTo =
      target && target.status === 'approved' && (replyId === target.id || formState)
        ? { id: target.id, authorName: target.authorName }
        : null;
    const approved = loaded.filter((c) => c.status === 'approved');
    const html = renderCommentSection({
      articleTitle: article.title,
      articlePath: path,
      language: article.language,
      siteLanguage: site.language,
      timeZone: site.timezone,
      count: outline.length,
      threads: shown,
      maxDepth: settings.threadDepth,
      page,
      totalPages,
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
    const canonical = `${deps.siteUrl}${path}`;
    const jsonLd = approved.slice(0, 50).map((c) => ({
      '@type': 'Comment',
      '@id': `${canonical}#comment-${c.id}`,
      url: `${canonical}#comment-${c.id}`,
      text: c.content,
      dateCreated: c.createdAt,
      author: { '@type': 'Person', name: c.authorName, ...(c.authorUrl ? { url: c.authorUrl } : {}) },
      ...(c.parentId !== null ? { parentItem: { '@id': `${canonical}#comment-${c.parentId}` } } : {}),
    }));
    return {
      html,
      deps: [commentKey.article(article.id), changeKey.settings],
      commentCount: outline.length,
      jsonLd,
    };
  };

  return { render, isPersonal };
}
