// Error responses: an HTML page in the site's layout for browsers, JSON for API clients.
// Internals (stack, SQL, paths) never reach the response; 5xx causes are logged.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderError } from '../views/index.ts';
import { AppError } from '../kernel/app-error.ts';
import { translatorFor } from '../i18n/index.ts';
import { publicErrorText, toAppError } from './errors.ts';
import { pageMeta } from './shared/meta.ts';
import type { SiteViewProvider } from './site-view.ts';
import { wantsJson } from './shared/wants-json.ts';
import { sendHtml } from './shared/send-html.ts';
import { type Html, html } from '../views/html.ts';

/** Words from a missing page's path, offered as a search on the 404 page. */
export function searchHintFromPath(path: string): string {
  const last = path.split('?')[0]?.split('/').filter(Boolean).pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // keep the raw segment
  }
  return decoded
    .replace(/[-_+.]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .trim()
    .slice(0, 80);
}

/**
 * The error page for `err` at `url` in the site's layout; when even that cannot be rendered (the
 * database is down, say), a bare page, and `onRenderError` hears why.
 */
export async function errorPageHtml(
  site: SiteViewProvider,
  url: string,
  err: AppError,
  onRenderError: (renderErr: unknown) => void,
): Promise<Html> {
  try {
    const view = await site.get();
    // In the site's language, whatever the request's Accept-Language: one URL, one language.
    const { heading, message } = publicErrorText(translatorFor(view.language), err);
    return renderError({
      site: view,
      meta: pageMeta(view, url.split('?')[0] ?? '/', `${heading} — ${view.title}`, message, {
        noindex: true,
      }),
      status: err.status,
      heading,
      message,
      ...(err.status === 404 ? { query: searchHintFromPath(url) } : {}),
    });
  } catch (renderErr) {
    onRenderError(renderErr);
    return html`<!doctype html>
      <html lang="en">
        <meta charset="utf-8" /><title>Error ${err.status}</title>
        <h1>Error ${err.status}</h1>
        <p>Please try again later.</p>
      </html>`;
  }
}

/** Sends `err` as a page or JSON. */
export async function sendError(
  site: SiteViewProvider,
  request: FastifyRequest,
  reply: FastifyReply,
  err: AppError,
): Promise<FastifyReply> {
  void reply.code(err.status).header('Cache-Control', 'no-store');
  if (err.retryAfterSeconds !== null) void reply.header('Retry-After', String(err.retryAfterSeconds));
  if (wantsJson(request)) return reply.send({ error: { code: err.code, message: err.message } });
  const body = await errorPageHtml(site, request.url, err, (renderErr) =>
    request.log.error({ err: renderErr }, 'error page could not be rendered'),
  );
  return sendHtml(reply, body);
}

/** Installs the error and not-found handlers on `app`. */
export function installErrorHandlers(app: FastifyInstance, site: SiteViewProvider): void {
  app.setErrorHandler(async (error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.debug({ err: error, code: appError.code }, 'request rejected');
    return sendError(site, request, reply, appError);
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendError(site, request, reply, new AppError('NOT_FOUND', 'Sorry, we could not find that page.')),
  );
}
