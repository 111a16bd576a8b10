// A reader's submission of the "Leave a Reply" form, from the untrusted fields to an outcome: find
// the post, validate the form, post the comment (postComment: open? parent? flood? duplicate? spam
// verdict, status, storing, mail, change keys) and find the thread page that shows it. It knows
// nothing of HTTP: the route turns the outcome into a redirect or the form again, and every refusal
// carries the reader's text so that it is never lost (DESIGN.md §4).
import type { Article } from '../content/index.ts';
import { storageFailure, type StorageFailure } from '../db/storage-errors.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Comment } from './comment.ts';
import { type CommentFormValues, type FieldErrors, parseCommentForm } from './comment-input.ts';
import type { CommentRepo } from './comment-repo.ts';
import type { CommentSettings } from './comment-settings.ts';
import { type PostCommentDeps, postComment, type RequestFacts } from './post-comment.ts';
import { pageOfComment } from './thread-page.ts';

/** Finds the post a form was sent to (the article repositories). */
export interface PostLookup {
  findPublishedBySlug(kind: 'post', slug: string, now: Date): Promise<Article | null>;
  /** The post's current slug when `slug` is one it had before, else null. */
  movedSlug(kind: 'post', slug: string, now: Date): Promise<string | null>;
}

/** What a submission needs. */
export interface SubmitCommentDeps {
  posts: PostLookup;
  /** The approved thread's outline, to find the page a new comment is on. */
  comments: Pick<CommentRepo, 'listApprovedOutline'>;
  clock: Clock;
  settings(): Promise<CommentSettings>;
  /** Posting's deps, built only when a valid form gets that far (they read the site's settings). */
  posting(): Promise<PostCommentDeps>;
}

/** A submitted form with the facts of its request (no signed-in user: this is the reader's form). */
export interface CommentSubmission {
  slug: string;
  /** The posted fields, untrusted. */
  body: unknown;
  facts: Omit<RequestFacts, 'user'>;
}

/** The name, email and website a reader asked the site to remember for the next comment. */
export interface RememberedAuthor {
  author: string;
  email: string;
  url: string;
}

/** Why the form was refused; the reader sees it again, with their words. */
export type Refusal =
  | { reason: 'invalid'; errors: FieldErrors }
  | { reason: 'closed' }
  /** The comment replied to is gone, hidden or on another article: the form drops the reply. */
  | { reason: 'bad-parent' }
  | { reason: 'flood'; retryAfterSeconds: number }
  | { reason: 'duplicate' };

/** A stored comment, and where its author finds it. */
interface Stored {
  article: Article;
  comment: Comment;
  /** The page of the article's thread that shows the comment (1 for the first). */
  page: number;
  remember: RememberedAuthor | null;
}

/** What became of a submission. */
export type SubmitOutcome =
  | { kind: 'no-article' }
  /** The post has another slug now: the form belongs at its new address. */
  | { kind: 'moved'; slug: string }
  /** Stored and approved: everyone sees it. */
  | ({ kind: 'accepted' } & Stored)
  /** Stored, waiting for a moderator (or judged spam): only its author sees it. */
  | ({ kind: 'held' } & Stored)
  /** Blatant spam, not stored: the sender is told it awaits moderation, as for a held comment. */
  | { kind: 'discarded'; article: Article; values: CommentFormValues }
  | { kind: 'refused'; article: Article; values: CommentFormValues; refusal: Refusal }
  /** The database cannot store anything right now: the reader is asked to send it again. */
  | {
      kind: 'unavailable';
      article: Article;
      values: CommentFormValues;
      failure: StorageFailure;
      cause: unknown;
    };

/** Submits a reader's comment form to the post at `submission.slug`. */
export async function submitComment(
  deps: SubmitCommentDeps,
  submission: CommentSubmission,
): Promise<SubmitOutcome> {
  const article = await deps.posts.findPublishedBySlug('post', submission.slug, deps.clock.now());
  // A page opened before its slug changed posts to the old address.
  if (!article) {
    const moved = await deps.posts.movedSlug('post', submission.slug, deps.clock.now());
    return moved ? { kind: 'moved', slug: moved } : { kind: 'no-article' };
  }
  const parsed = parseCommentForm(submission.body);
  const { values } = parsed;
  if (!parsed.ok)
    return { kind: 'refused', article, values, refusal: { reason: 'invalid', errors: parsed.errors } };

  const settings = await deps.settings();
  let posted;
  try {
    posted = await postComment(await deps.posting(), settings, article, parsed.form, submission.facts);
  } catch (err) {
    // A full disk or a lost database: nothing was stored, and the reader keeps the text.
    const failure = storageFailure(err);
    if (!failure) throw err;
    return { kind: 'unavailable', article, values, failure, cause: err };
  }
  switch (posted.kind) {
    case 'discarded':
      return { kind: 'discarded', article, values };
    case 'closed':
    case 'duplicate':
      return { kind: 'refused', article, values, refusal: { reason: posted.kind } };
    case 'bad-parent':
      return {
        kind: 'refused',
        article,
        values: { ...values, parentId: '' },
        refusal: { reason: 'bad-parent' },
      };
    case 'flood':
      return {
        kind: 'refused',
        article,
        values,
        refusal: { reason: 'flood', retryAfterSeconds: posted.retryAfterSeconds },
      };
    case 'posted':
      break;
  }
  // From here the comment is stored: a failure is an error page, never "send it again" (a resent
  // form would be refused as a duplicate).
  const { comment } = posted;
  const { form } = parsed;
  return {
    kind: comment.status === 'approved' ? 'accepted' : 'held',
    article,
    comment,
    page: await pageOfStored(deps, settings, comment),
    remember: form.remember ? { author: form.author, email: form.email, url: form.url } : null,
  };
}

// The page of the thread that shows a new comment (its top-level ancestor's page). A held comment
// is placed as its author will see it: among the approved ones plus their own.
async function pageOfStored(
  deps: SubmitCommentDeps,
  settings: CommentSettings,
  comment: Comment,
): Promise<number> {
  const outline = await deps.comments.listApprovedOutline(comment.articleId);
  if (comment.status !== 'approved')
    outline.push({ id: comment.id, parentId: comment.parentId, createdAt: comment.createdAt });
  return pageOfComment(outline, settings, comment.id);
}
