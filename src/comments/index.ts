// Public entry of the comments feature: the comment types and the mail outbox port other
// features (the WXR importer, the mail transport) use.
export type { CommentTextRenderer } from './comment-text.ts';
export type { CommentStatus, CommentType } from './comment.ts';
export {
  headerSafe,
  quote,
  type ReaderMailFacts,
  type ReaderMailWriter,
  type StaffMailFacts,
  type StaffMailWriter,
} from './notifications.ts';
export type { OutboxMessage } from './outbox-repo.ts';
export type { MailTransport } from './send-outbox.ts';
