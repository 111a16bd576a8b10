// The moderation console at /admin/comments (see src/http/admin/README.md): the queue and its
// decisions with undo (comment-console.ts), one comment's page and the tools beside it
// (comment-pages.ts), and the console's script.
import { moderationJs } from '../../../views/admin/comments/assets.ts';
import { fingerprint } from '../../site-view.ts';
import type { AdminRouteModule } from '../context.ts';
import { requirePermission } from '../guards.ts';
import { registerConsoleRoutes } from './comment-console.ts';
import { registerCommentPageRoutes } from './comment-pages.ts';

const script = fingerprint('moderation', 'js', moderationJs, 'text/javascript; charset=utf-8');

/** Registers /admin/comments and its sub-pages. */
export const commentRoutes: AdminRouteModule = async (app, { deps }) => {
  const guard = { preHandler: requirePermission('comments.moderateOwn') };
  app.get(script.path, { config: { adminPublic: true } }, async (_request, reply) =>
    reply
      .type(script.contentType)
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .send(script.body),
  );
  registerConsoleRoutes(app, deps, guard, `/admin${script.path}`);
  registerCommentPageRoutes(app, deps, guard);
};
