// Mail about comments, composed as plain data for the outbox. Every value that ends up in a
// header passes headerSafe, so a name or title can never inject headers (nodemailer also
// guards; this keeps the rule in the domain and testable).

/** A message ready for the outbox. */
export interface OutgoingMail {
  kind: string;
  to: string;
  toName: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
  /** The comment whose author's data the mail quotes (erasure and the IP purge reach it). */
  commentId?: number;
}

/** A header value with control characters (CR, LF, NUL…) removed, squeezed and capped. */
export function headerSafe(value: string, max = 200): string {
  const flat = value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Facts every comment mail mentions. */
export interface MailContext {
  siteTitle: string;
  siteUrl: string;
  articleTitle: string;
  /** The article's language: its comment section's, so the language of mail to its commenters. */
  articleLanguage: string;
  /** Absolute URL of the comment on the article page. */
  commentUrl: string;
}

/**
 * What a mail to a reader says, as facts: the words come from the reader-side catalogs
 * (views/comments/reader-mail.ts), so the domain holds no sentence of it.
 */
export type ReaderMailFacts =
  | { kind: 'subscription-confirm'; siteTitle: string; articleTitle: string; confirmUrl: string }
  | {
      kind: 'comment-reply';
      siteTitle: string;
      articleTitle: string;
      replyAuthor: string;
      replyText: string;
      /** When the reply was posted (ISO): the mail gives the day and time on the site's clock. */
      repliedAt: string;
      commentUrl: string;
      unsubscribeUrl: string;
    }
  | {
      kind: 'privacy-export' | 'privacy-erase';
      siteTitle: string;
      email: string;
      confirmUrl: string;
      validHours: number;
      /** When the link stops working (ISO). */
      expiresAt: string;
    };

/**
 * Words a reader's mail in `language` (an article's language, or the site's), falling back to the
 * site's language as the comment form does. The text is written when the mail is queued: the
 * outbox stores it as sent, and `language` is the tag it was written in (Content-Language).
 */
export interface ReaderMailWriter {
  write(language: string, facts: ReaderMailFacts): { subject: string; text: string; language: string };
}

/** A text quoted in a plain-text mail: every line behind "> ". */
export const quote = (text: string) =>
  text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

const unsubscribeHeaders = (url: string): Record<string, string> => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

/** How a held-comment notice names the commenter's IP (the retention purge removes it again). */
export function ipNote(ip: string): string {
  return ` (IP ${ip})`;
}

/** To a moderator: a comment waits for review (includes the private details moderators see). */
export function heldCommentMail(
  ctx: MailContext,
  to: { email: string; name: string },
  c: { authorName: string; authorEmail: string; ip: string | null; content: string },
  consoleUrl: string,
  settingsUrl: string,
): OutgoingMail {
  return {
    kind: 'comment-held',
    to: to.email,
    toName: headerSafe(to.name),
    subject: headerSafe(`[${ctx.siteTitle}] Please moderate: “${ctx.articleTitle}”`),
    text: [
      `A new comment on “${ctx.articleTitle}” is waiting for your approval.`,
      '',
      `Author: ${c.authorName} <${c.authorEmail}>${c.ip ? ipNote(c.ip) : ''}`,
      '',
      quote(c.content),
      '',
      `Moderate it: ${consoleUrl}`,
      '',
      `You receive this because you moderate comments on ${ctx.siteTitle}. Change it: ${settingsUrl}`,
    ].join('\n'),
    headers: {},
  };
}

/** To an article's author: a comment on their post was approved. */
export function approvedOnYourPostMail(
  ctx: MailContext,
  to: { email: string; name: string },
  c: { authorName: string; content: string },
  settingsUrl: string,
): OutgoingMail {
  return {
    kind: 'comment-approved',
    to: to.email,
    toName: headerSafe(to.name),
    subject: headerSafe(`[${ctx.siteTitle}] New comment on “${ctx.articleTitle}”`),
    text: [
      `${c.authorName} commented on your article “${ctx.articleTitle}”:`,
      '',
      quote(c.content),
      '',
      `Read it: ${ctx.commentUrl}`,
      '',
      `Change which comment emails you get: ${settingsUrl}`,
    ].join('\n'),
    headers: {},
  };
}

/** To a commenter who asked for reply notifications: please confirm (double opt-in). */
export function confirmSubscriptionMail(
  ctx: MailContext,
  to: { email: string; name: string },
  confirmUrl: string,
  writer: ReaderMailWriter,
): OutgoingMail {
  const words = writer.write(ctx.articleLanguage, {
    kind: 'subscription-confirm',
    siteTitle: ctx.siteTitle,
    articleTitle: ctx.articleTitle,
    confirmUrl,
  });
  return {
    kind: 'subscription-confirm',
    to: to.email,
    toName: headerSafe(to.name),
    subject: headerSafe(words.subject),
    text: words.text,
    headers: { 'Content-Language': words.language },
  };
}

/** To a confirmed subscriber: someone replied to their comment. */
export function replyMail(
  ctx: MailContext,
  to: { email: string; name: string },
  reply: { authorName: string; content: string; createdAt: string },
  unsubscribeUrl: string,
  writer: ReaderMailWriter,
): OutgoingMail {
  const words = writer.write(ctx.articleLanguage, {
    kind: 'comment-reply',
    siteTitle: ctx.siteTitle,
    articleTitle: ctx.articleTitle,
    replyAuthor: reply.authorName,
    replyText: reply.content,
    repliedAt: reply.createdAt,
    commentUrl: ctx.commentUrl,
    unsubscribeUrl,
  });
  return {
    kind: 'comment-reply',
    to: to.email,
    toName: headerSafe(to.name),
    subject: headerSafe(words.subject),
    text: words.text,
    headers: { ...unsubscribeHeaders(unsubscribeUrl), 'Content-Language': words.language },
  };
}

/** To someone who asked for a copy or erasure of their comment data: confirm it's them. */
export function privacyConfirmMail(
  site: { siteTitle: string; language: string },
  email: string,
  kind: 'export' | 'erase',
  link: { url: string; validHours: number; expiresAt: string },
  writer: ReaderMailWriter,
): OutgoingMail {
  const words = writer.write(site.language, {
    kind: `privacy-${kind}`,
    siteTitle: site.siteTitle,
    email,
    confirmUrl: link.url,
    validHours: link.validHours,
    expiresAt: link.expiresAt,
  });
  return {
    kind: `privacy-${kind}`,
    to: email,
    toName: '',
    subject: headerSafe(words.subject),
    text: words.text,
    headers: { 'Content-Language': words.language },
  };
}
