// The edit form at the HTTP boundary: the raw body becomes the strings to show again (always,
// so nothing typed is lost) and, when valid, the typed EditorForm the domain takes.
import { z } from 'zod';
import { parseRecordId } from '../../../kernel/record-id.ts';
import type { Article } from '../../../content/article.ts';
import type { EditorForm } from '../../../content/editor.ts';
import { utcToLocal } from '../../../content/schedule-time.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import type { EditorFields } from '../../../views/admin/posts/editor-page.ts';
import type { AdminT } from '../../../views/admin/types.ts';
import { isAdminMessageKey } from '../../../i18n/index.ts';

/** The longest each field may be (its message says the number). */
const MAX = {
  title: 300,
  slug: 200,
  excerpt: 1000,
  bodyMarkdown: 500_000,
  tags: 1000,
  featureImageSrc: 500,
  featureImageAlt: 300,
  seoTitle: 200,
  seoDescription: 400,
  scheduleDate: 20,
  scheduleTime: 10,
} as const;

const text = (max: number) => z.string().max(max, 'editor.tooLong');

const schema = z.object({
  title: text(MAX.title),
  slug: text(MAX.slug),
  excerpt: text(MAX.excerpt),
  bodyMarkdown: text(MAX.bodyMarkdown),
  tags: text(MAX.tags),
  authorId: z.string().refine((v) => v === '' || parseRecordId(v) !== null, 'editor.chooseAuthor'),
  language: z.string().regex(/^(|[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, 'editor.languageTag'),
  featureImageSrc: text(MAX.featureImageSrc),
  featureImageAlt: text(MAX.featureImageAlt),
  seoTitle: text(MAX.seoTitle),
  seoDescription: text(MAX.seoDescription),
  scheduleDate: text(MAX.scheduleDate),
  scheduleTime: text(MAX.scheduleTime),
  version: z.string().regex(/^\d{0,9}$/, 'editor.formDamaged'),
});

/** A schema message (a catalog key) in the admin's language, naming the field and its limit. */
function word(ui: AdminT, message: string, field: string): string {
  if (message === 'editor.tooLong')
    return ui.t('editor.tooLong', { field, max: MAX[field as keyof typeof MAX] ?? 0 });
  return isAdminMessageKey(message) ? ui.t(message) : message;
}

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
export function parseEditorFields(
  fields: EditorFields,
  ui: AdminT,
): { form: EditorForm } | { errors: FieldErrors } {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      errors[field] ??= word(ui, issue.message, field);
    }
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
