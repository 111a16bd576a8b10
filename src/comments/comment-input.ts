// The comment form at the boundary: a zod schema (trimmed; lengths; email; http(s) website)
// and prepareUntrusted, which keeps only what a reader may set (DESIGN.md §3.8). A refused field
// is named with a problem code ('required', 'too-long', 'invalid'); the view words it in the
// reader's language, so no sentence of any language lives here.
import { z } from 'zod';
import { cleanText } from '../kernel/clean-text.ts';
import { parseRecordId } from '../kernel/record-id.ts';

/** Limits shared by the schema, the form's maxlength attributes and the messages. */
export const COMMENT_LIMITS = { content: 10_000, name: 100, email: 254, url: 500 } as const;

const trimmed = <T extends z.ZodType>(field: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), field);

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};

const checkbox = z.preprocess((v) => v === 'on' || v === '1' || v === 'yes' || v === true, z.boolean());

/** Why a field was refused: missing, longer than COMMENT_LIMITS allows, or malformed. */
export type FieldProblem = 'required' | 'too-long' | 'invalid';

const PROBLEMS: ReadonlySet<string> = new Set<FieldProblem>(['required', 'too-long', 'invalid']);

/** The fields of the "Leave a Reply" form as posted (issue messages are FieldProblem codes). */
export const commentFormSchema = z.object({
  comment: trimmed(
    z.string({ error: 'required' }).min(1, 'required').max(COMMENT_LIMITS.content, 'too-long'),
  ),
  author: trimmed(z.string({ error: 'required' }).min(1, 'required').max(COMMENT_LIMITS.name, 'too-long')),
  email: trimmed(
    z
      .string({ error: 'required' })
      .min(1, 'required')
      .max(COMMENT_LIMITS.email, 'too-long')
      .pipe(z.email({ error: 'invalid' })),
  ),
  url: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z
      .string()
      .max(COMMENT_LIMITS.url, 'too-long')
      .refine((v) => v === '' || isHttpUrl(v), 'invalid'),
  ),
  // Not an id at all (blank, `0`, `abc`, `1e999`, out of range) → a top-level comment.
  parentId: z.preprocess(parseRecordId, z.number().nullable()),
  remember: checkbox,
  notify: checkbox,
});

/** A parsed, trusted comment form. */
export type CommentForm = z.infer<typeof commentFormSchema>;

/** What a reader typed, as strings, to re-render the form with nothing lost. */
export interface CommentFormValues {
  comment: string;
  author: string;
  email: string;
  url: string;
  parentId: string;
  remember: boolean;
  notify: boolean;
}

/** The fields a reader types. */
export type CommentField = 'comment' | 'author' | 'email' | 'url';

/** Field name → what is wrong with it, for the form's inline errors. */
export type FieldErrors = Partial<Record<CommentField, FieldProblem>>;

/** Result of parsing a posted form. */
export type ParsedCommentForm =
  | { ok: true; form: CommentForm; values: CommentFormValues }
  | { ok: false; errors: FieldErrors; values: CommentFormValues };

const str = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) ? str(v[0]) : '');
// Characters XML forbids (NUL, other controls) are dropped here, before validation: a comment of
// nothing else is empty, and neither the database nor a feed ever sees them.
const text = (v: unknown): string => cleanText(str(v));

/** Keeps the raw strings a reader sent (for re-rendering), whatever their validity. */
export function formValuesOf(body: unknown): CommentFormValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const flag = (v: unknown) => ['on', '1', 'yes'].includes(str(v));
  return {
    comment: text(b.comment).slice(0, COMMENT_LIMITS.content * 2),
    author: text(b.author).slice(0, 1000),
    email: text(b.email).slice(0, 1000),
    url: text(b.url).slice(0, 2000),
    parentId: str(b.parentId).slice(0, 20),
    remember: flag(b.remember),
    notify: flag(b.notify),
  };
}

/** Parses a posted form (`unknown` until here); errors are keyed by field. */
export function parseCommentForm(body: unknown): ParsedCommentForm {
  const values = formValuesOf(body);
  const parsed = commentFormSchema.safeParse(values);
  if (parsed.success) return { ok: true, form: parsed.data, values };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'comment' || field === 'author' || field === 'email' || field === 'url') {
      errors[field] ??= PROBLEMS.has(issue.message) ? (issue.message as FieldProblem) : 'invalid';
    }
  }
  return { ok: false, errors, values };
}

/** A new comment as the domain takes it: only reader-settable fields plus request facts. */
export interface UntrustedComment {
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  content: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Keeps only the fields a reader may set and normalises them; anything server-owned (id,
 * status, dates, score, user id) that might ride along on the object is dropped here.
 */
export function prepareUntrusted(input: UntrustedComment & Record<string, unknown>): UntrustedComment {
  // Line endings are normalised so duplicate detection and rendering see one form of the text;
  // the form cleaned its fields already, other writers (the moderation console) are cleaned here.
  const content = cleanText(input.content).replace(/\r\n?/g, '\n').trim();
  const url = input.authorUrl ? cleanText(input.authorUrl).trim() : '';
  return {
    articleId: input.articleId,
    parentId: input.parentId ?? null,
    authorName: cleanText(input.authorName)
      .replace(/[\r\n\t]+/g, ' ')
      .trim(),
    authorEmail: cleanText(input.authorEmail).trim().toLowerCase(),
    authorUrl: url !== '' ? url : null,
    content,
    ip: input.ip ? input.ip.slice(0, 64) : null,
    userAgent: input.userAgent ? input.userAgent.slice(0, 500) : null,
  };
}
