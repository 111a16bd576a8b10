// Public entry of the users feature: people, roles and permissions, and the repository types
// other features take.
export type { AuditRepo } from './audit-repo.ts';
export type { Actor, ArticleAction } from './permissions.ts';
export { can, canOnArticle } from './permissions.ts';
export type { UserRepo } from './user-repo.ts';
export type { Author, NotificationPrefs, Role } from './user.ts';
export { isRole } from './user.ts';
