// Who hears about a comment: moderators when it is held, the article's author and reply
// subscribers when it is approved. Returns mails for the outbox; sends nothing itself.
import type { Article } from '../content/index.ts';
import { articlePath } from '../content/index.ts';
import type { Comment } from './comment.ts';
import type { CommentSettings } from './comment-settings.ts';
import {
  approvedOnYourPostMail,
  heldCommentMail,
  type MailContext,
  type OutgoingMail,
  type ReaderMailWriter,
  replyMail,
  type StaffMailWriter,
} from './notifications.ts';
import type { SiteFacts, StaffDirectory } from './ports.ts';
import type { SubscriptionRepo } from './subscription-repo.ts';
import type { CommentRepo } from './comment-repo.ts';

/** What the fan-out reads. */
export interface EventDeps {
  staff: StaffDirectory;
  subscriptions: Pick<SubscriptionRepo, 'activeFor'>;
  comments: Pick<CommentRepo, 'findById'>;
  site: SiteFacts;
  /**
   * Builds the signed one-click unsubscribe URL of a subscription; `language` (the mail's, an
   * article's language) only chooses the page's language once the subscription is gone.
   */
  unsubscribeUrl(subscriptionId: number, language: string): string;
  /** Words mail to readers in their language (the catalogs, views/comments/reader-mail.ts). */
  mailWriter: ReaderMailWriter;
  /** Words mail to staff in their admin language (the admin catalogs, views/admin/staff-mail.ts). */
  staffMailWriter: StaffMailWriter;
}

/** Mail context for a comment on an article. */
export function mailContext(site: SiteFacts, article: Article, commentId: number): MailContext {
  return {
    siteTitle: site.siteTitle,
    siteUrl: site.siteUrl,
    articleTitle: article.title,
    articleLanguage: article.language,
    commentUrl: `${site.siteUrl}${articlePath(article)}#comment-${commentId}`,
  };
}

const canModerateArticle = (role: string, userId: number, article: Article) =>
  role === 'owner' || role === 'editor' || (role === 'author' && article.author.id === userId);

/** Mails for a comment that was just held for moderation. */
export async function mailsForHeld(
  deps: EventDeps,
  settings: CommentSettings,
  article: Article,
  comment: Comment,
): Promise<OutgoingMail[]> {
  if (!settings.notifyModerators) return [];
  const staff = await deps.staff.list();
  const ctx = mailContext(deps.site, article, comment.id);
  return staff
    .filter(
      (u) =>
        u.status === 'active' && u.notifications.commentHeld && canModerateArticle(u.role, u.id, article),
    )
    .map((u) => ({
      ...heldCommentMail(
        ctx,
        u,
        comment,
        `${deps.site.siteUrl}/admin/comments?status=pending`,
        `${deps.site.siteUrl}/admin/profile`,
        deps.staffMailWriter,
      ),
      commentId: comment.id,
    }));
}

/** Mails for a comment that just became approved (first time only; the caller checks). */
export async function mailsForApproved(
  deps: EventDeps,
  settings: CommentSettings,
  article: Article,
  comment: Comment,
): Promise<OutgoingMail[]> {
  const ctx = mailContext(deps.site, article, comment.id);
  const out: OutgoingMail[] = [];
  if (settings.notifyAuthors) {
    const staff = await deps.staff.list();
    const author = staff.find((u) => u.id === article.author.id);
    if (
      author &&
      author.status === 'active' &&
      author.notifications.commentApprovedOnMyPost &&
      author.email.toLowerCase() !== comment.authorEmail
    ) {
      out.push(
        approvedOnYourPostMail(
          ctx,
          author,
          comment,
          `${deps.site.siteUrl}/admin/profile`,
          deps.staffMailWriter,
        ),
      );
    }
  }
  if (settings.replyNotifications && comment.parentId !== null) {
    const parent = await deps.comments.findById(comment.parentId);
    if (parent) {
      for (const sub of await deps.subscriptions.activeFor(parent.id)) {
        if (sub.email === comment.authorEmail) continue; // nobody needs mail about their own reply
        out.push(
          replyMail(
            ctx,
            { email: sub.email, name: parent.authorName },
            comment,
            deps.unsubscribeUrl(sub.id, ctx.articleLanguage),
            deps.mailWriter,
          ),
        );
      }
    }
  }
  return out.map((m) => ({ ...m, commentId: comment.id }));
}
