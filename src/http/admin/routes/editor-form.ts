// The edit form at the HTTP boundary: the raw body becomes the strings to show again (always,
// so nothing typed is lost) and, when valid, the typed EditorForm the domain takes.
import { z } from 'zod';
import { parseRecordId } from '../../../kernel/record-id.ts';
import type { Article } from '../../../content/article.ts';
import type { EditorForm } from '../../../content/editor.ts';
import { utcToLocal } from '../../../content/schedule-time.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import type { EditorFields } from '../../../views/admin/posts/editor-page.ts';

const text = (max: number, what: string) =>
  z.string().max(max, `${what} is too long (${max.toLocaleString('en')} characters at most).`);

const schema = z.object({
  title: text(300, 'The title'),
  slug: text(200, 'The slug'),
  excerpt: text(1000, 'The excerpt'),
  bodyMarkdown: text(500_000, 'The body'),
  tags: text(1000, 'The tag list'),
  authorId: z
    .string()
    .refine((v) => v === '' || parseRecordId(v) !== null, 'Choose an author from the list.'),
  language: z
    .string()
    .regex(/^(|[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, 'Use a language tag such as en, ru or zh-Hans.'),
  featureImageSrc: text(500, 'The image address'),
  featureImageAlt: text(300, 'The image description'),
  seoTitle: text(200, 'The SEO title'),
  seoDescription: text(400, 'The SEO description'),
  scheduleDate: text(20, 'The date'),
  scheduleTime: text(10, 'The time'),
  version: z.string().regex(/^\d{0,9}$/, 'The form is damaged; reload the page.'),
});

const str = (body: Record<string, unknown>, name: string) => {
  const v = body[name];
  return typeof v === 'string' ? v : '';
};

/** The fields exactly as typed (CRLF normalised, as browsers send textareas). */
export function fieldsFromBody(raw: unknown): EditorFields {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const get = (name: string) => str(body, name).replace(/\r\n/g, '\n');
  return {
    title: get('title'),
    slug: get('slug'),
    excerpt: get('excerpt'),
    bodyMarkdown: get('bodyMarkdown'),
    tags: get('tags'),
    authorId: get('authorId'),
    language: get('language'),
    featureImageSrc: get('featureImageSrc'),
    featureImageAlt: get('featureImageAlt'),
    seoTitle: get('seoTitle'),
    seoDescription: get('seoDescription'),
    commentsOpen: body.commentsOpen === '1' || body.commentsOpen === 'on',
    scheduleDate: get('scheduleDate'),
    scheduleTime: get('scheduleTime'),
    version: get('version'),
  };
}

/** Checks the typed fields; returns the domain form or the messages per field. */
export function parseEditorFields(fields: EditorFields): { form: EditorForm } | { errors: FieldErrors } {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
    return { errors };
  }
  const f = parsed.data;
  return {
    form: {
      title: f.title,
      slug: f.slug,
      excerpt: f.excerpt,
      bodyMarkdown: f.bodyMarkdown,
      tagNames: f.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      authorId: parseRecordId(f.authorId),
      language: f.language,
      featureImageSrc: f.featureImageSrc,
      featureImageAlt: f.featureImageAlt,
      seoTitle: f.seoTitle,
      seoDescription: f.seoDescription,
      commentsOpen: fields.commentsOpen,
      scheduleDate: f.scheduleDate,
      scheduleTime: f.scheduleTime,
      version: f.version ? Number(f.version) : null,
    },
  };
}

/** The fields of a stored article (opening the editor), schedule shown in the site timezone. */
export function fieldsFromArticle(a: Article, version: number, timeZone: string): EditorFields {
  const local = a.status === 'scheduled' && a.publishedAt ? utcToLocal(a.publishedAt, timeZone) : null;
  return {
    title: a.title,
    slug: a.slug,
    // The automatic excerpt is not typed text: the field stays empty and shows it as a placeholder.
    excerpt: a.excerptAuto ? '' : a.excerpt,
    bodyMarkdown: a.bodyMarkdown,
    tags: a.tags.map((t) => t.name).join(', '),
    authorId: String(a.author.id),
    language: a.language,
    featureImageSrc: a.featureImage?.src ?? '',
    featureImageAlt: a.featureImage?.alt ?? '',
    seoTitle: a.seoTitle ?? '',
    seoDescription: a.seoDescription ?? '',
    commentsOpen: a.commentsOpen,
    scheduleDate: local?.date ?? '',
    scheduleTime: local?.time ?? '',
    version: String(version),
  };
}

/** Empty fields for a new article. */
export function emptyFields(authorId: number, language: string): EditorFields {
  return {
    title: '',
    slug: '',
    excerpt: '',
    bodyMarkdown: '',
    tags: '',
    authorId: String(authorId),
    language,
    featureImageSrc: '',
    featureImageAlt: '',
    seoTitle: '',
    seoDescription: '',
    commentsOpen: true,
    scheduleDate: '',
    scheduleTime: '',
    version: '',
  };
}
