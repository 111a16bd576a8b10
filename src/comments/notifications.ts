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

/** A staff member mail goes to, and the admin language they chose (null: the site's). */
export interface StaffRecipient {
  email: string;
  name: string;
  adminLanguage: string | null;
}

/** What a mail to a staff member says, as facts: the words come from the admin catalogs. */
export type StaffMailFacts =
  | {
      kind: 'comment-held';
      siteTitle: string;
      articleTitle: string;
      /** Name, address and IP note of the commenter (the IP purge finds the note again). */
      commenter: string;
      content: string;
      consoleUrl: string;
      settingsUrl: string;
    }
  | {
      kind: 'comment-approved';
      siteTitle: string;
      articleTitle: string;
      commenter: string;
      content: string;
      commentUrl: string;
      settingsUrl: string;
    };

/**
 * Words a staff member's mail in their admin language (`adminLanguage`, else the site's, else
 * English: views/admin/staff-mail.ts); `language` is the tag it was written in (Content-Language).
 */
export interface StaffMailWriter {
  write(
    adminLanguage: string | null,
    facts: StaffMailFacts,
  ): { subject: string; text: string; language: string };
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
  to: StaffRecipient,
  c: { authorName: string; authorEmail: string; ip: string | null; content: string },
  consoleUrl: string,
  settingsUrl: string,
  writer: StaffMailWriter,
): OutgoingMail {
  const words = writer.write(to.adminLanguage, {
    kind: 'comment-held',
    siteTitle: ctx.siteTitle,
    articleTitle: ctx.articleTitle,
    commenter: `${c.authorName} <${c.authorEmail}>${c.ip ? ipNote(c.ip) : ''}`,
    content: c.content,
    consoleUrl,
    settingsUrl,
  });
  return {
    kind: 'comment-held',
    to: to.email,
    toName: headerSafe(to.name),
    subject: headerSafe(words.subject),
    text: words.text,
    headers: { 'Content-Language': words.language },
  };
}

/** To an article's author: a comment on their post was approved. */
export function approvedOnYourPostMail(
  ctx: MailContext,
  to: StaffRecipient,
  c: { authorName: string; content: string },
  settingsUrl: string,
  writer: StaffMailWriter,
): OutgoingMail {
  const words = writer.write(to.adminLanguage, {
    kind: 'comment-approved',
    siteTitle: ctx.siteTitle,
    articleTitle: ctx.articleTitle,
    commenter: c.authorName,
    content: c.content,
    commentUrl: ctx.commentUrl,
    settingsUrl,
  });
  return {
    kind: 'comment-approved',
    to: to.email,
    toName: headerSafe(to.name),
    subject: headerSafe(words.subject),
    text: words.text,
    headers: { 'Content-Language': words.language },
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
