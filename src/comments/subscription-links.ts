// What the links in reply-notification mail do. Opening a link (GET) only reads: mail scanners
// prefetch links, so the change happens when the reader presses the page's button (POST) or
// their mail client sends RFC 8058's one-click POST. A link used before says so.
import type { CommentRepo } from './comment-repo.ts';
import type { ArticleLookup } from './ports.ts';
import type { SubscriptionRepo } from './subscription-repo.ts';

type Subscriptions = Pick<SubscriptionRepo, 'findByToken' | 'findById' | 'confirm' | 'unsubscribe'>;

/** What finding a subscription's language reads. */
export interface SubscriptionLanguageDeps {
  subscriptions: Pick<SubscriptionRepo, 'findByToken' | 'findById'>;
  comments: Pick<CommentRepo, 'findById'>;
  articles: ArticleLookup;
}

/**
 * The language of the article a subscription's comment is on: its comment section's, in which its
 * mail was written, so the pages its links open speak it too. Null when the subscription, its
 * comment or its article is gone (erased at its owner's request): the site's language then.
 */
export async function subscriptionLanguage(
  deps: SubscriptionLanguageDeps,
  ref: { tokenHash: string } | { id: number },
): Promise<string | null> {
  const sub =
    'id' in ref
      ? await deps.subscriptions.findById(ref.id)
      : await deps.subscriptions.findByToken(ref.tokenHash);
  const comment = sub ? await deps.comments.findById(sub.commentId) : null;
  const article = comment ? await deps.articles.findById(comment.articleId) : null;
  return article?.language ?? null;
}

/** Where a link stands: unknown, waiting for the button, or already carried out. */
export type LinkState = 'invalid' | 'ready' | 'done';

/** The state of a confirmation link (an ended subscription's link is no longer valid). */
export async function confirmLinkState(subs: Subscriptions, tokenHash: string): Promise<LinkState> {
  const sub = await subs.findByToken(tokenHash);
  if (!sub || sub.unsubscribedAt) return 'invalid';
  return sub.confirmedAt ? 'done' : 'ready';
}

/** Confirms through a confirmation link; 'done' when it had been confirmed before. */
export async function confirmByLink(
  subs: Subscriptions,
  tokenHash: string,
  now: Date,
): Promise<'invalid' | 'confirmed' | 'done'> {
  const sub = await subs.findByToken(tokenHash);
  if (!sub || sub.unsubscribedAt) return 'invalid';
  return (await subs.confirm(sub.id, now)) ? 'confirmed' : 'done';
}

/**
 * The state of a (signed, so genuine) unsubscribe link: 'done' when the subscription ended or is
 * gone (erased at its owner's request): either way no more mail is sent.
 */
export async function unsubscribeLinkState(subs: Subscriptions, id: number): Promise<LinkState> {
  const sub = await subs.findById(id);
  return sub && !sub.unsubscribedAt ? 'ready' : 'done';
}

/** Ends a subscription through its signed link; 'done' when it had ended before. */
export async function unsubscribeByLink(subs: Subscriptions, id: number): Promise<'unsubscribed' | 'done'> {
  return (await subs.unsubscribe(id)) ? 'unsubscribed' : 'done';
}
