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
  /** Absolute URL of the comment on the article page. */
  commentUrl: string;
}

const quote = (text: string) =>
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
): OutgoingMail {
  return {
    kind: 'subscription-confirm',
    to: to.email,
    toName: headerSafe(to.name),
    subject: headerSafe(`[${ctx.siteTitle}] Confirm reply notifications for “${ctx.articleTitle}”`),
    text: [
      `You asked to be told by email when someone replies to your comment on “${ctx.articleTitle}”.`,
      '',
      `Confirm: ${confirmUrl}`,
      '',
      'If you did not ask for this, ignore this message: nothing will be sent.',
    ].join('\n'),
    headers: {},
  };
}

/** To a confirmed subscriber: someone replied to their comment. */
export function replyMail(
  ctx: MailContext,
  to: { email: string; name: string },
  reply: { authorName: string; content: string },
  unsubscribeUrl: string,
): OutgoingMail {
  return {
    kind: 'comment-reply',
    to: to.email,
    toName: headerSafe(to.name),
    subject: headerSafe(
      `[${ctx.siteTitle}] ${reply.authorName} replied to your comment on “${ctx.articleTitle}”`,
    ),
    text: [
      `${reply.authorName} replied to your comment on “${ctx.articleTitle}”:`,
      '',
      quote(reply.content),
      '',
      `Read and reply: ${ctx.commentUrl}`,
      '',
      `Stop these emails (one click): ${unsubscribeUrl}`,
    ].join('\n'),
    headers: unsubscribeHeaders(unsubscribeUrl),
  };
}

/** To someone who asked for a copy or erasure of their comment data: confirm it's them. */
export function privacyConfirmMail(
  site: { siteTitle: string },
  email: string,
  kind: 'export' | 'erase',
  confirmUrl: string,
  validHours: number,
): OutgoingMail {
  const what = kind === 'export' ? 'a copy of' : 'erasure of';
  return {
    kind: `privacy-${kind}`,
    to: email,
    toName: '',
    subject: headerSafe(`[${site.siteTitle}] Confirm your request for ${what} your comment data`),
    text: [
      `Someone (hopefully you) asked for ${what} the comment data stored for ${email}.`,
      '',
      `Confirm within ${validHours} hours: ${confirmUrl}`,
      '',
      'If you did not ask for this, ignore this message: nothing will happen.',
    ].join('\n'),
    headers: {},
  };
}
