// Posts in the admin: list, editor, status actions, revisions, previews, autosave, translations.
import type { AdminRouteModule } from '../context.ts';
import { articleEditorRoutes } from './article-editor-routes.ts';
import { articleExtraRoutes } from './article-extra-routes.ts';
import { articleListRoutes } from './article-list-routes.ts';
import { articleTranslationRoutes } from './article-translation-routes.ts';

/** Registers everything under /admin/posts. */
export const postRoutes: AdminRouteModule = async (app, options) => {
  await articleListRoutes('post')(app, options);
  await articleEditorRoutes('post')(app, options);
  await articleExtraRoutes('post')(app, options);
  await articleTranslationRoutes('post')(app, options);
};
