// buildApp(deps): the Fastify application with every HTTP surface registered. It never listens
// (DESIGN.md §3.6): main.ts listens, tests use app.inject().
import formbody from '@fastify/formbody';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { REDACTED_PATHS } from '../logging.ts';
import { siteJs, themeCss } from '../views/index.ts';
import { themeFrom } from '../views/theme.ts';
import { adminDoor, forwardedRequestId } from './admin-door.ts';
import { akismetPlugin } from './akismet/plugin.ts';
import type { AppServices } from '../compose/app-services.ts';
import type { AppDeps } from './deps.ts';
import { commentPageHooks } from './comments/wire.ts';
import { mediaFileRoutes } from './editorial/media-routes.ts';
import { previewRoutes } from './editorial/preview-routes.ts';
import { createClientErrorHandler } from './client-errors.ts';
import type { AdmissionLimits } from './admission-gate.ts';
import { installAdmissionControl } from './admission-plugin.ts';
import { createRefusalPage } from './refusal-page.ts';
import { installCompression } from './compression-plugin.ts';
import { installErrorHandlers, sendError } from './error-pages.ts';
import { serializeRequest } from './log-serializers.ts';
import { installRequestGuards } from './request-guards.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { AppError } from '../kernel/app-error.ts';
import { commentRoutes } from './comments/routes.ts';
import { type HealthDeps, healthRoutes } from './health/routes.ts';
import { iconRoutes } from './icons/routes.ts';
import { requestIdOf } from './request-id.ts';
import { feedRoutes } from './feeds/routes.ts';
import { PageCache } from './page-cache.ts';
import { publicRoutes } from './public/routes.ts';
import { shareImageRoutes } from './public/share-images.ts';
import { redirectsPlugin } from './redirects/plugin.ts';
import { sitemapRoutes } from './public/sitemap.ts';
import { staticTextRoute } from './static-text.ts';
import { createSiteViewProvider, fingerprint, type SiteViewProvider } from './site-view.ts';

/** Options that only tests and the composition root set. */
export interface BuildAppOptions {
  /** false: no logging; a logger: use it (main.ts builds one from LOG_LEVEL and LOG_FORMAT). */
  logger?: boolean | FastifyBaseLogger;
  trustProxy?: boolean | string;
  /** What /readyz checks; without it /readyz answers 503 (nothing known to be ready). */
  health?: HealthDeps;
  /** Admission control (docs/scaling.md, "Overload"); without it every request is worked on at once. */
  admission?: AdmissionLimits;
}

const noHealth: HealthDeps = {
  checkDatabase: async () => ({ reachable: false, pendingMigrations: [] }),
  jobs: null,
};

/**
 * Builds the application over the composition root's services; call `close()` on it to release
 * the change-bus subscription.
 */
export async function buildApp(
  services: AppServices,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const deps: AppDeps = { ...services, ...commentPageHooks(services.comments, services) };
  const app = Fastify({
    ...loggingOptions(options.logger, deps.logLevel),
    // Every log line of a request carries its id: the caller's X-Request-Id when it is a sane
    // token (a proxy's or load balancer's, so lines can be followed across them), else a new one.
    genReqId: requestIdOf,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
    // Malformed percent-encoding and similar router errors become our 400 page, not a 500.
    frameworkErrors: (error, request, reply) => {
      request.log.debug({ err: error }, 'bad request');
      void sendError(site, request, reply, new AppError('BAD_REQUEST', 'That address is not valid.'));
    },
    // Requests Node cannot parse (400, 431, 408) get the site's error page too.
    clientErrorHandler: (err, socket) => clientErrors(err, socket),
  });

  const cache = new PageCache(deps.pageCacheEntries, deps.pageCacheBytes);
  const unsubscribe = deps.changes.subscribe((keys) => cache.invalidate(keys));
  app.addHook('onClose', async () => unsubscribe());

  // The site's theme (THEME, THEME_CSS: docs/themes.md) over the stock one. The admin keeps the
  // stock stylesheet, which is the theme's own unless the theme changes it.
  const theme = themeFrom(deps.theme);
  const assets = {
    css: fingerprint('theme', 'css', theme.css, 'text/css; charset=utf-8'),
    js: fingerprint('site', 'js', siteJs, 'text/javascript; charset=utf-8'),
    stockCss: fingerprint('theme', 'css', themeCss, 'text/css; charset=utf-8'),
  };
  const site = createSiteViewProvider(deps, assets, theme.views);
  const clientErrors = createClientErrorHandler(site, () => app.log);
  const https = deps.siteUrl.startsWith('https:');

  installSecurityHeaders(app, https);
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });
  app.decorate(
    'admission',
    options.admission
      ? installAdmissionControl(app, options.admission, createRefusalPage(site, deps.changes))
      : null,
  );
  installRequestGuards(app);
  installCompression(app);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  installErrorHandlers(app, site);

  const assetPaths = new Map(Object.values(assets).map((asset) => [asset.path, asset]));
  for (const asset of assetPaths.values())
    staticTextRoute(app, { ...asset, cacheControl: 'public, max-age=31536000, immutable' });
  await registerSurfaces(app, { deps, cache, site, health: options.health ?? noHealth });
  // The admin is loaded on its first request (admin-door.ts), not in every worker at start.
  await app.register(adminDoor, {
    prefix: '/admin',
    open: async () =>
      (await import('./admin-app.ts')).buildAdminApp({
        deps,
        site,
        log: app.log,
        trustProxy: options.trustProxy ?? false,
        https,
        requestId: forwardedRequestId,
      }),
  });
  return app;
}

/** Fastify's logging: none, the caller's logger, or our own at `level`. */
function loggingOptions(logger: BuildAppOptions['logger'], level: AppDeps['logLevel']) {
  if (logger === false) return { logger: false };
  if (typeof logger === 'object')
    return { loggerInstance: logger.child({}, { serializers: { req: serializeRequest } }) };
  return { logger: { level, redact: REDACTED_PATHS, serializers: { req: serializeRequest } } };
}

/** Registers one plugin per surface (DESIGN.md §3.5), in the order their routes must win. */
async function registerSurfaces(
  app: FastifyInstance,
  {
    deps,
    cache,
    site,
    health,
  }: { deps: AppDeps; cache: PageCache; site: SiteViewProvider; health: HealthDeps },
): Promise<void> {
  await app.register(healthRoutes, { health });
  await app.register(iconRoutes, { deps, site });
  await app.register(redirectsPlugin, { redirects: deps.redirects });
  await app.register(feedRoutes, { deps, cache, site });
  await app.register(sitemapRoutes, { deps, cache, site });
  await app.register(commentRoutes, { deps, cache, site });
  await app.register(shareImageRoutes, { deps, site });
  await app.register(publicRoutes, { deps, cache, site });
  await app.register(previewRoutes, { deps, site });
  await app.register(mediaFileRoutes, { deps });
  await app.register(akismetPlugin, { spam: deps.spam, changes: deps.changes, clock: deps.clock });
}
