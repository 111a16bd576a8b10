// The roles/permissions matrix (pure). Every admin route asks `can` or `canOnArticle` on the
// server; the navigation only hides what these already forbid.
import type { Role } from './user.ts';

/** Things a role may do, independent of any one article. */
export type Permission =
  /** Open the admin at all (dashboard, own profile). */
  | 'admin.access'
  /** Create, change role, deactivate and reset passwords of accounts. */
  | 'users.manage'
  /** Site settings (title, language, timezone…). */
  | 'settings.manage'
  /** Read the audit log. */
  | 'audit.view'
  /** Write own posts (drafts) and submit them for review. */
  | 'posts.write'
  /** Publish, schedule and unpublish own posts. */
  | 'posts.publishOwn'
  /** Edit, publish, schedule, unpublish and trash anyone's posts. */
  | 'posts.manageAll'
  /** Delete posts and pages permanently (from the trash). */
  | 'posts.deletePermanently'
  /** Static pages (About, Privacy…). */
  | 'pages.manage'
  /** Moderate comments on own posts. */
  | 'comments.moderateOwn'
  /** Moderate every comment. */
  | 'comments.moderateAll';

const matrix: Record<Role, readonly Permission[]> = {
  owner: [
    'admin.access',
    'users.manage',
    'settings.manage',
    'audit.view',
    'posts.write',
    'posts.publishOwn',
    'posts.manageAll',
    'posts.deletePermanently',
    'pages.manage',
    'comments.moderateOwn',
    'comments.moderateAll',
  ],
  editor: [
    'admin.access',
    'posts.write',
    'posts.publishOwn',
    'posts.manageAll',
    'posts.deletePermanently',
    'pages.manage',
    'comments.moderateOwn',
    'comments.moderateAll',
  ],
  author: ['admin.access', 'posts.write', 'posts.publishOwn', 'comments.moderateOwn'],
  contributor: ['admin.access', 'posts.write'],
};

/** Who is acting: enough of a user to decide. */
export interface Actor {
  id: number;
  role: Role;
}

/** True when `actor`'s role grants `permission`. */
export function can(actor: Actor, permission: Permission): boolean {
  return matrix[actor.role]?.includes(permission) ?? false;
}

/** Every permission of a role (for display and tests). */
export function permissionsOf(role: Role): readonly Permission[] {
  return matrix[role] ?? [];
}

/** What someone wants to do to one article or page. */
export type ArticleAction =
  | 'view'
  | 'edit'
  | 'submitForReview'
  | 'publish'
  | 'unpublish'
  | 'trash'
  | 'deletePermanently'
  | 'moderateComments';

/** The facts about an article that decide access. */
export interface ArticleAccess {
  kind: 'post' | 'page' | string;
  authorId: number;
  status: string;
}

// Once a contributor's post is published or scheduled, only someone who may publish changes it.
const LOCKED_FOR_CONTRIBUTORS = new Set(['published', 'scheduled']);

/** True when `actor` may do `action` to `article`. */
export function canOnArticle(actor: Actor, action: ArticleAction, article: ArticleAccess): boolean {
  if (action === 'moderateComments') {
    return (
      can(actor, 'comments.moderateAll') ||
      (article.authorId === actor.id && can(actor, 'comments.moderateOwn'))
    );
  }
  if (action === 'deletePermanently') return can(actor, 'posts.deletePermanently');
  if (article.kind === 'page') return can(actor, 'pages.manage');
  if (can(actor, 'posts.manageAll')) return true;
  const own = article.authorId === actor.id;
  if (!own || !can(actor, 'posts.write')) return false;
  switch (action) {
    case 'view':
    case 'submitForReview':
      return true;
    case 'publish':
    case 'unpublish':
      return can(actor, 'posts.publishOwn');
    case 'edit':
    case 'trash':
      return can(actor, 'posts.publishOwn') || !LOCKED_FOR_CONTRIBUTORS.has(article.status);
  }
}
