// Access checks for admin routes. The plugin already refuses anonymous requests to any route not
// marked `adminPublic`; these add role checks (DESIGN.md: enforced on the server for every action).
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { ActingUser } from '../../users/account-deps.ts';
import {
  type Actor,
  type ArticleAccess,
  type ArticleAction,
  can,
  canOnArticle,
  type Permission,
} from '../../users/permissions.ts';
import type { User } from '../../users/user.ts';
import { AppError } from '../../kernel/app-error.ts';

/** The signed-in user; throws UNAUTHORIZED on a public route with nobody signed in. */
export function currentUser(request: FastifyRequest): User {
  const user = request.admin.user;
  if (!user) throw new AppError('UNAUTHORIZED', 'Please log in.');
  return user;
}

/** The signed-in user as an audit-log actor (with the request's IP). */
export function actingUserOf(request: FastifyRequest): ActingUser & { email: string } {
  const u = currentUser(request);
  return { id: u.id, name: u.name, role: u.role, email: u.email, ip: request.ip };
}

/** Throws FORBIDDEN unless the signed-in user's role grants `permission`. */
export function assertPermission(request: FastifyRequest, permission: Permission): User {
  const user = currentUser(request);
  if (!can(user, permission)) throw new AppError('FORBIDDEN', 'You don’t have permission to do that.');
  return user;
}

/** Throws FORBIDDEN unless the signed-in user may do `action` to `article`. */
export function assertArticleAccess(
  request: FastifyRequest,
  action: ArticleAction,
  article: ArticleAccess,
): User {
  const user = currentUser(request);
  if (!canOnArticle(user as Actor, action, article))
    throw new AppError('FORBIDDEN', 'You don’t have permission to do that.');
  return user;
}

/** A preHandler refusing (403) users whose role lacks `permission`: `{ preHandler: requirePermission('users.manage') }`. */
export function requirePermission(permission: Permission): preHandlerAsyncHookHandler {
  return async function (this: unknown, request: FastifyRequest, _reply: FastifyReply) {
    assertPermission(request, permission);
  };
}
