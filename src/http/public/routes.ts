// The reader's site: home, articles, tags, authors, archives, search, the per-language front
// doors and static pages. Each module parses its input, asks the content repositories and renders
// through src/views; this one registers them in order (static pages last, so fixed routes win).
import type { FastifyInstance } from 'fastify';
import { archiveRoutes } from './archive-routes.ts';
import { articleRoutes } from './article-routes.ts';
import { homeRoutes } from './home-routes.ts';
import { languageRoutes } from './language-routes.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';
import { searchRoute } from './search-route.ts';
import { staticPageRoute } from './static-page-route.ts';
import { tagAndAuthorRoutes } from './tag-author-routes.ts';

/** Registers the public pages. */
export async function publicRoutes(app: FastifyInstance, options: PublicRoutesOptions): Promise<void> {
  homeRoutes(app, options);
  articleRoutes(app, options);
  tagAndAuthorRoutes(app, options);
  archiveRoutes(app, options);
  searchRoute(app, options);
  await languageRoutes(app, options);
  staticPageRoute(app, options);
}
