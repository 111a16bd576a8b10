// Words shared by the editor's templates: action and status labels, URLs per kind, in the admin's
// language.
import { type Html, html } from '../../html.ts';
import type { ArticleKind, ArticleStatus } from '../../../content/article.ts';
import type { EditorialAction } from '../../../content/workflow.ts';
import type { AdminT } from '../types.ts';

/** `/admin/posts` or `/admin/pages`. */
export function kindBase(kind: ArticleKind): string {
  return kind === 'page' ? '/admin/pages' : '/admin/posts';
}

/** "Posts" or "Pages". */
export function kindPlural(ui: AdminT, kind: ArticleKind): string {
  return ui.t(kind === 'page' ? 'nav.pages' : 'nav.posts');
}

/** The button text of an action. */
export function actionLabel(
  ui: AdminT,
  action: EditorialAction,
  _kind: ArticleKind,
  status?: ArticleStatus,
): string {
  if (action === 'save')
    return ui.t(!status || status === 'draft' ? 'article.action.saveDraft' : 'article.action.save');
  if (action === 'publish' && status === 'published') return ui.t('article.action.update');
  return ui.t(`article.action.${action}`);
}

/** The name of a status in running text. */
export function statusText(ui: AdminT, status: ArticleStatus): string {
  return ui.t(`article.status.${status}`);
}

/** A status as a small badge. */
export function statusBadge(ui: AdminT, status: ArticleStatus): Html {
  return html`<span class="admin-badge editor-status editor-status--${status}"
    >${statusText(ui, status)}</span
  >`;
}
