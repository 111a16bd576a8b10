// The fields a comment's writer supplies, as every caller and the upstream protocol name them. A
// leaf module: the analyser's input (comment-input.ts) and the upstream client (network/upstream.ts)
// both build on it, and neither has to import the other.

/** What the writer sent: the text and who says they wrote it, from where. */
export interface CommentFields {
  content: string;
  author?: string | null;
  email?: string | null;
  /** The author's website. */
  url?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}
