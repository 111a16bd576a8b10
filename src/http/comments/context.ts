// What every comment route module receives, and the deps the domain functions take, built
// from AppDeps and the feature once per app.
import { spamCheckPort } from './spam-port.ts';
import type { EventDeps } from '../../comments/comment-events.ts';
import type { PostCommentDeps } from '../../comments/post-comment.ts';
import type { PrivacyDeps } from '../../comments/privacy-service.ts';
import { signValue } from '../../comments/signing.ts';
import type { AppDeps } from '../deps.ts';
import type { PageCache } from '../page-cache.ts';
import type { SiteViewProvider } from '../site-view.ts';
import type { CommentsFeature } from './feature.ts';

/** Options every comment route module takes. */
export interface CommentRoutesContext {
  deps: AppDeps;
  feature: CommentsFeature;
  cache: PageCache;
  site: SiteViewProvider;
  secure: boolean;
  postDeps(): Promise<PostCommentDeps>;
  privacyDeps(): Promise<PrivacyDeps>;
}

/** The signature authorising the one-click unsubscribe link of a subscription. */
export function unsubscribeSignature(secret: string, subscriptionId: number): string {
  return signValue(secret, `unsubscribe:${subscriptionId}`).split('.')[1]!;
}

/** Builds the context (site facts are read per call, so a renamed site shows in new mail). */
export function commentRoutesContext(
  deps: AppDeps,
  feature: CommentsFeature,
  cache: PageCache,
  site: SiteViewProvider,
): CommentRoutesContext {
  const facts = async () => ({ siteUrl: deps.siteUrl, siteTitle: (await feature.site()).title });
  const eventDeps = async (): Promise<EventDeps> => ({
    staff: deps.users,
    subscriptions: feature.subscriptions,
    comments: feature.comments,
    site: await facts(),
    unsubscribeUrl: (id) =>
      `${deps.siteUrl}/comments/subscriptions/unsubscribe?s=${id}&sig=${unsubscribeSignature(feature.secret, id)}`,
  });
  return {
    deps,
    feature,
    cache,
    site,
    secure: deps.siteUrl.startsWith('https:'),
    async postDeps() {
      return {
        ...(await eventDeps()),
        comments: feature.comments,
        subscriptions: feature.subscriptions,
        outbox: feature.outbox,
        changes: deps.changes,
        clock: deps.clock,
        confirmUrl: (token) =>
          `${deps.siteUrl}/comments/subscriptions/confirm?token=${encodeURIComponent(token)}`,
        ...(deps.spam ? { spam: spamCheckPort(deps.spam) } : {}),
      };
    },
    async privacyDeps() {
      return {
        privacy: feature.privacy,
        outbox: feature.outbox,
        articles: deps.articles,
        changes: deps.changes,
        clock: deps.clock,
        site: await facts(),
      };
    },
  };
}
