// The deps the comment use cases take (posting, moderating, privacy requests), built from AppServices
// and the comments feature: the public comment routes and the moderation console share them.
import type { EventDeps } from '../../comments/comment-events.ts';
import type { CommentRepo } from '../../comments/comment-repo.ts';
import type { PostCommentDeps } from '../../comments/post-comment.ts';
import type { PrivacyDeps } from '../../comments/privacy-service.ts';
import type { SubmitCommentDeps } from '../../comments/submit-comment.ts';
import { signValue } from '../../comments/signing.ts';
import type { CommentsFeature } from '../../compose/comments.ts';
import { spamCheckPort } from '../../compose/spam-port.ts';
import type { AppServices } from '../../compose/app-services.ts';
import { readerMailWriter } from '../../views/comments/reader-mail.ts';
import { staffMailWriter } from '../../views/admin/staff-mail.ts';

/** Builds the comment use cases' deps, per call. */
export interface CommentUseCaseDeps {
  /** Posting's deps, with the whole comment repository (the moderation console's use cases take it). */
  postDeps(): Promise<PostCommentDeps & { comments: CommentRepo }>;
  privacyDeps(): Promise<PrivacyDeps>;
  /** The reader's comment form's deps. */
  submitDeps: SubmitCommentDeps;
}

/** The signature authorising the one-click unsubscribe link of a subscription. */
export function unsubscribeSignature(secret: string, subscriptionId: number): string {
  return signValue(secret, `unsubscribe:${subscriptionId}`).split('.')[1]!;
}

/**
 * The use cases' deps (site settings are read per call, so a renamed site, or another language or
 * timezone, shows in new mail).
 */
export function commentUseCaseDeps(deps: AppServices, feature: CommentsFeature): CommentUseCaseDeps {
  const facts = async () => {
    const s = await feature.site();
    return {
      site: { siteUrl: deps.siteUrl, siteTitle: s.title, language: s.language },
      mailWriter: readerMailWriter({ language: s.language, timeZone: s.timezone, dateStyle: s.dateFormat }),
      staffMailWriter: staffMailWriter({ language: s.language }),
    };
  };
  const eventDeps = async (): Promise<EventDeps> => ({
    staff: deps.users,
    subscriptions: feature.subscriptions,
    comments: feature.comments,
    ...(await facts()),
    unsubscribeUrl: (id, language) =>
      `${deps.siteUrl}/comments/subscriptions/unsubscribe?${new URLSearchParams({
        s: String(id),
        sig: unsubscribeSignature(feature.secret, id),
        lang: language,
      }).toString()}`,
  });
  const postDeps = async (): Promise<PostCommentDeps & { comments: CommentRepo }> => ({
    ...(await eventDeps()),
    comments: feature.comments,
    subscriptions: feature.subscriptions,
    outbox: feature.outbox,
    changes: deps.changes,
    clock: deps.clock,
    confirmUrl: (token) =>
      `${deps.siteUrl}/comments/subscriptions/confirm?token=${encodeURIComponent(token)}`,
    spam: spamCheckPort(deps.spam),
  });
  return {
    postDeps,
    async privacyDeps() {
      return {
        privacy: feature.privacy,
        outbox: feature.outbox,
        articles: deps.articles,
        changes: deps.changes,
        clock: deps.clock,
        ...(await facts()),
      };
    },
    submitDeps: {
      posts: {
        findPublishedBySlug: (kind, slug, now) => deps.articles.findPublishedBySlug(kind, slug, now),
        movedSlug: (kind, slug, now) => deps.articleIdentity.movedSlug(kind, slug, now),
      },
      comments: feature.comments,
      clock: deps.clock,
      settings: () => feature.settings(),
      posting: postDeps,
    },
  };
}
