// Words shared by the editor's templates: action and status labels, URLs per kind.
import { type Html, html } from '../../html.ts';
import type { ArticleKind, ArticleStatus } from '../../../content/article.ts';
import type { EditorialAction } from '../../../content/workflow.ts';

/** `/admin/posts` or `/admin/pages`. */
export function kindBase(kind: ArticleKind): string {
  return kind === 'page' ? '/admin/pages' : '/admin/posts';
}

/** "Posts" or "Pages". */
export function kindPlural(kind: ArticleKind): string {
  return kind === 'page' ? 'Pages' : 'Posts';
}

const ACTION_LABELS: Record<EditorialAction, string> = {
  save: 'Save',
  submit: 'Submit for review',
  publish: 'Publish now',
  schedule: 'Schedule',
  unpublish: 'Unpublish',
  trash: 'Move to trash',
  restore: 'Restore',
  delete: 'Delete permanently',
};

/** The button text of an action. */
export function actionLabel(action: EditorialAction, _kind: ArticleKind, status?: ArticleStatus): string {
  if (action === 'save') return !status || status === 'draft' ? 'Save draft' : 'Save';
  if (action === 'publish' && status === 'published') return 'Update';
  return ACTION_LABELS[action];
}

const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  trash: 'In trash',
};

/** A status as a small badge. */
export function statusBadge(status: ArticleStatus): Html {
  return html`<span class="admin-badge editor-status editor-status--${status}"
    >${STATUS_LABELS[status] ?? status}</span
  >`;
}

/** The name of a status in running text. */
export function statusText(status: ArticleStatus): string {
  return STATUS_LABELS[status] ?? status;
}
