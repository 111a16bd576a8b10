// Static pages (About, Privacy…) in the admin, managed the same way as posts.
import type { AdminRouteModule } from '../context.ts';
import { articleEditorRoutes } from './article-editor-routes.ts';
import { articleExtraRoutes } from './article-extra-routes.ts';
import { articleListRoutes } from './article-list-routes.ts';
import { articleTranslationRoutes } from './article-translation-routes.ts';

/** Registers everything under /admin/pages. */
export const pageRoutes: AdminRouteModule = async (app, options) => {
  await articleListRoutes('page')(app, options);
  await articleEditorRoutes('page')(app, options);
  await articleExtraRoutes('page')(app, options);
  await articleTranslationRoutes('page')(app, options);
};
