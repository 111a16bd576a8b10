// The admin's own Fastify instance, built by the admin door (admin-door.ts) on the first request
// for /admin, with what the public app gives every response: security headers, the request id,
// compression, form bodies and the error pages. It never listens: the door hands it requests.
import type { IncomingMessage } from 'node:http';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { AppError } from '../kernel/app-error.ts';
import type { AdminDeps } from './admin/context.ts';
import { adminPlugin } from './admin/plugin.ts';
import { installCompression } from './compression-plugin.ts';
import { installErrorHandlers, sendError } from './error-pages.ts';
import { installSecurityHeaders } from './security-headers.ts';
import type { SiteViewProvider } from './site-view.ts';

/** What the admin's app is built from: the public app's services, site and settings. */
export interface AdminAppOptions {
  deps: AdminDeps;
  site: SiteViewProvider;
  /** The public app's logger (the door's requests already logged their arrival there). */
  log: FastifyBaseLogger;
  trustProxy: boolean | string;
  https: boolean;
  /** The id of a request the door handed on. */
  requestId(raw: IncomingMessage): string;
}

/** Builds the admin's app and waits until it is ready. */
export async function buildAdminApp(o: AdminAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: o.log,
    // The public app already logs each request's arrival and completion.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: o.requestId,
    trustProxy: o.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
    frameworkErrors: (error, request, reply) => {
      request.log.debug({ err: error }, 'bad request');
      void sendError(o.site, request, reply, new AppError('BAD_REQUEST', 'That address is not valid.'));
    },
  });
  installSecurityHeaders(app, o.https);
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });
  installCompression(app);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  installErrorHandlers(app, o.site);
  await app.register(adminPlugin, { prefix: '/admin', deps: o.deps, site: o.site });
  await app.ready();
  return app;
}
