// Every admin route module, registered in this order inside the admin plugin (so the plugin's
// auth and CSRF hooks cover them). Add yours with one import and one entry; see ../README.md.
import type { AdminRouteModule } from '../context.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { commentRoutes } from './comments.ts';
import { markdownPreviewRoutes } from './article-extra-routes.ts';
import { dashboardRoutes } from './dashboard.ts';
import { editorAssetRoutes } from './editor-assets.ts';
import { importExportRoutes } from './import-export.ts';
import { mediaRoutes } from './media.ts';
import { pageRoutes } from './pages.ts';
import { postRoutes } from './posts.ts';
import { profileRoutes } from './profile.ts';
import { settingsRoutes } from './settings.ts';
import { spamListRoutes } from './spam-lists.ts';
import { spamRoutes } from './spam.ts';
import { userRoutes } from './users.ts';

/** The admin's route modules. */
export const adminRouteModules: AdminRouteModule[] = [
  authRoutes,
  dashboardRoutes,
  userRoutes,
  profileRoutes,
  settingsRoutes,
  auditRoutes,
  editorAssetRoutes,
  postRoutes,
  pageRoutes,
  mediaRoutes,
  markdownPreviewRoutes,
  commentRoutes,
  spamRoutes,
  spamListRoutes,
  importExportRoutes,
];
