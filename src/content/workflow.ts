// The editorial workflow as a state machine: which action moves an article from which status to
// which, and who may take it (roles from users/permissions.ts). Pure; the editor service applies it.
import { type Actor, type ArticleAction, can, canOnArticle } from '../users/index.ts';
import type { ArticleKind, ArticleStatus } from './article.ts';
import { EditorialError } from './editorial-error.ts';

/** What an editor can do from the edit form or the posts list. */
export type EditorialAction =
  'save' | 'submit' | 'publish' | 'schedule' | 'unpublish' | 'trash' | 'restore' | 'delete';

/** Every action, in the order forms show them. */
export const EDITORIAL_ACTIONS: readonly EditorialAction[] = [
  'save',
  'submit',
  'publish',
  'schedule',
  'unpublish',
  'trash',
  'restore',
  'delete',
];

/** The article an action applies to; null for one not yet created. */
export interface WorkflowSubject {
  kind: ArticleKind;
  status: ArticleStatus;
  authorId: number;
}

/** Where an action leads; `deleted` means the article is gone. */
export type WorkflowTarget = ArticleStatus | 'deleted' | 'unchanged';

// From-status → action → to-status. `new` is an article not saved yet. Missing = not allowed.
const transitions: Record<ArticleStatus | 'new', Partial<Record<EditorialAction, WorkflowTarget>>> = {
  new: { save: 'draft', submit: 'review', publish: 'published', schedule: 'scheduled' },
  draft: { save: 'unchanged', submit: 'review', publish: 'published', schedule: 'scheduled', trash: 'trash' },
  review: {
    save: 'unchanged',
    submit: 'unchanged',
    publish: 'published',
    schedule: 'scheduled',
    trash: 'trash',
  },
  scheduled: {
    save: 'unchanged',
    publish: 'published',
    schedule: 'scheduled',
    unpublish: 'draft',
    trash: 'trash',
  },
  published: { save: 'unchanged', publish: 'unchanged', unpublish: 'draft', trash: 'trash' },
  trash: { restore: 'draft', delete: 'deleted' },
};

const permissionFor: Record<EditorialAction, ArticleAction> = {
  save: 'edit',
  submit: 'submitForReview',
  publish: 'publish',
  schedule: 'publish',
  unpublish: 'unpublish',
  trash: 'trash',
  restore: 'trash',
  delete: 'deletePermanently',
};

const labels: Record<EditorialAction, string> = {
  save: 'save',
  submit: 'submit for review',
  publish: 'publish',
  schedule: 'schedule',
  unpublish: 'unpublish',
  trash: 'move to the trash',
  restore: 'restore',
  delete: 'delete permanently',
};

/** The status after `action`, or null when the action makes no sense from `status`. */
export function nextStatus(status: ArticleStatus | 'new', action: EditorialAction): WorkflowTarget | null {
  return transitions[status][action] ?? null;
}

/** True when `actor` may create a new article of this kind. */
export function canCreate(actor: Actor, kind: ArticleKind): boolean {
  return kind === 'page' ? can(actor, 'pages.manage') : can(actor, 'posts.write');
}

/** True when `actor` may credit someone else as the author. */
export function canChooseAuthor(actor: Actor, kind: ArticleKind): boolean {
  return kind === 'page' ? can(actor, 'pages.manage') : can(actor, 'posts.manageAll');
}

/** True when `actor` may take `action` on `subject` (null = new article of `kind`). */
export function mayTake(
  actor: Actor,
  action: EditorialAction,
  subject: WorkflowSubject | null,
  kind: ArticleKind,
): boolean {
  if (nextStatus(subject?.status ?? 'new', action) === null) return false;
  const target = subject ?? { kind, status: 'draft', authorId: actor.id };
  if (!subject && !canCreate(actor, kind)) return false;
  // Changing anything requires the right to edit as well as the action's own right.
  if (subject && action !== 'delete' && !canOnArticle(actor, 'edit', target)) return false;
  return canOnArticle(actor, permissionFor[action], target);
}

/** The actions `actor` may take on `subject`, in form order. */
export function allowedActions(
  actor: Actor,
  subject: WorkflowSubject | null,
  kind: ArticleKind,
): EditorialAction[] {
  return EDITORIAL_ACTIONS.filter((a) => mayTake(actor, a, subject, kind));
}

/** Returns the status `action` leads to, or throws a FORBIDDEN / VALIDATION_FAILED EditorialError. */
export function planTransition(
  actor: Actor,
  action: EditorialAction,
  subject: WorkflowSubject | null,
  kind: ArticleKind,
): WorkflowTarget {
  const from = subject?.status ?? 'new';
  const target = nextStatus(from, action);
  if (target === null) {
    const where = from === 'new' ? 'a new article' : `an article that is ${statusLabel(from)}`;
    throw new EditorialError('VALIDATION_FAILED', `You cannot ${labels[action]} ${where}.`, undefined, {
      code: 'action-not-allowed',
      values: { action, status: from },
    });
  }
  if (!mayTake(actor, action, subject, kind)) {
    throw new EditorialError(
      'FORBIDDEN',
      `Your role does not allow you to ${labels[action]} this ${kind}.`,
      undefined,
      { code: 'role-forbids', values: { action, kind } },
    );
  }
  return target;
}

/** A human name for a status ("in review", "scheduled"…). */
export function statusLabel(status: ArticleStatus): string {
  return status === 'review' ? 'in review' : status === 'trash' ? 'in the trash' : status;
}
