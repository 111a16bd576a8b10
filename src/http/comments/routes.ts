// The comments surface: ONE Fastify plugin (DESIGN.md §3.5) with the form's POST route, the
// avatar images, the subscription links, the privacy requests and the comment feeds.
import type { FastifyInstance } from 'fastify';
import { avatarSvg } from '../../comments/avatar.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { PageCache } from '../page-cache.ts';
import { queryRecord } from '../shared/params.ts';
import type { SiteViewProvider } from '../site-view.ts';
import { commentRoutesContext } from './context.ts';
import { registerFeedRoutes } from './feed-routes.ts';
import { registerPostRoute } from './post-route.ts';
import { registerPrivacyRoutes } from './privacy-routes.ts';
import { registerSubscriptionRoutes } from './subscription-routes.ts';

/** Options of the comments plugin. */
export interface CommentRoutesOptions {
  deps: AppDeps;
  cache: PageCache;
  site: SiteViewProvider;
}

/** Registers the comment routes (nothing when the comments feature is not configured). */
export async function commentRoutes(
  app: FastifyInstance,
  { deps, cache, site }: CommentRoutesOptions,
): Promise<void> {
  const feature = deps.comments;
  const ctx = commentRoutesContext(deps, feature, cache, site);
  registerPostRoute(app, ctx);
  registerSubscriptionRoutes(app, ctx);
  registerPrivacyRoutes(app, ctx);
  registerFeedRoutes(app, ctx);

  app.get<{ Params: { file: string } }>('/comments/avatar/:file', async (req, reply) => {
    const match = /^([0-9a-f]{16})\.svg$/.exec(req.params.file);
    const initials = queryRecord(req.query).i ?? '?';
    if (!match || [...initials].length > 2) throw new AppError('NOT_FOUND', 'Avatar not found.');
    return reply
      .type('image/svg+xml; charset=utf-8')
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(avatarSvg(match[1]!, initials));
  });
}
