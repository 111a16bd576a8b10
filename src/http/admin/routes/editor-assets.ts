// Serves the editor's script and stylesheet under /admin/assets/, fingerprinted and cached forever.
import { editorCss, editorJs } from '../../../views/admin/posts/editor-assets.ts';
import { fingerprint } from '../../site-view.ts';
import type { AdminRouteModule } from '../context.ts';

const js = fingerprint('editor', 'js', editorJs, 'text/javascript; charset=utf-8');
const css = fingerprint('editor', 'css', editorCss, 'text/css; charset=utf-8');

/** The public paths of the editor's assets. */
export const editorAssetPaths = { js: `/admin${js.path}`, css: `/admin${css.path}` };

/** Registers GET /admin/assets/editor.<hash>.js and .css. */
export const editorAssetRoutes: AdminRouteModule = async (app) => {
  for (const asset of [js, css]) {
    app.get(asset.path, { config: { adminPublic: true } }, async (_request, reply) =>
      reply
        .type(asset.contentType)
        .header('Cache-Control', 'public, max-age=31536000, immutable')
        .send(asset.body),
    );
  }
};
