// Old WordPress URLs answer 301 with their new address: permalinks (`/2024/05/slug/`),
// `/?p=123`, `/category/a/b/`, `/tag/x/`, `/feed/`. The hook runs before routing, so the
// catch-all static page route (`/:slug`) and the home page never see these requests.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { legacyPathKey, mayBeLegacyUrl } from '../../content/legacy-path-key.ts';

/** Where a legacy path moved, or null. */
export interface RedirectLookup {
  find(pathKey: string): Promise<string | null>;
}

/** Paths every WordPress site had, whether or not anything was imported. */
const BUILT_IN: Record<string, string> = {
  '/feed': '/feed.xml',
  '/?feed=rss2': '/feed.xml',
  '/?feed=rss': '/feed.xml',
  '/?feed=atom': '/feed.xml',
};

const plugin: FastifyPluginAsync<{ redirects: RedirectLookup | undefined }> = async (
  app: FastifyInstance,
  opts,
) => {
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    if (!mayBeLegacyUrl(req.url)) return;
    const key = legacyPathKey(req.url);
    const target = BUILT_IN[key] ?? (await opts.redirects?.find(key)) ?? null;
    if (target === null || target === req.url) return;
    return reply.code(301).header('Cache-Control', 'public, max-age=86400').redirect(target, 301);
  });
};

// Not encapsulated (like fastify-plugin does): the hook must see requests for every route.
(plugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

/** Registers the legacy redirect hook for the whole app. */
export const redirectsPlugin = plugin;
