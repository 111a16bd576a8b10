// Requests that Node's HTTP parser refuses before Fastify sees them: a malformed request line or
// header (400), headers over the size limit (431), a request that took too long (408). They get
// the site's error page (JSON when the client asks only for JSON), not Fastify's bare JSON, and
// the connection is closed, as HTTP requires after a request that could not be read.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { errorPageHtml } from './error-pages.ts';
import { AppError } from '../kernel/app-error.ts';
import type { SiteViewProvider } from './site-view.ts';

/** A parser error as Node reports it on `clientError` (`rawPacket`: the bytes read, a Buffer). */
export type ClientError = Error & { code?: string; rawPacket?: unknown };

/** The AppError a client error stands for. */
export function clientErrorOf(err: ClientError): AppError {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return new AppError('REQUEST_TIMEOUT', 'The request took too long to arrive. Please try again.');
  if (err.code === 'HPE_HEADER_OVERFLOW')
    return new AppError(
      'HEADERS_TOO_LARGE',
      'The request’s headers are too large. Clearing this site’s cookies may help.',
    );
  return new AppError('BAD_REQUEST', 'The request could not be understood.');
}

/** Whether the raw request asked for JSON and not HTML (as the error handler decides). */
function acceptsOnlyJson(raw: unknown): boolean {
  if (!Buffer.isBuffer(raw)) return false;
  const accept = /\r\naccept:([^\r\n]*)/i.exec(raw.subarray(0, 16_384).toString('latin1'))?.[1] ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

// The error page links only our own stylesheet; nothing else may load or frame it.
const CSP =
  "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

/** A complete HTTP/1.1 response closing the connection. */
function rawResponse(status: number, contentType: string, body: string): string {
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    `Content-Security-Policy: ${CSP}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** Fastify's `clientErrorHandler`: answers with the site's error page, then closes. */
export function createClientErrorHandler(site: SiteViewProvider, log: () => FastifyBaseLogger) {
  return (err: ClientError, socket: Socket): void => {
    // A reset connection has nobody left to answer.
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const appError = clientErrorOf(err);
    log().debug({ err, code: appError.code }, 'malformed request');
    const send = (body: string, type: string) => {
      if (socket.writable) socket.end(rawResponse(appError.status, type, body));
      else socket.destroy();
    };
    if (acceptsOnlyJson(err.rawPacket)) {
      send(JSON.stringify({ error: { code: appError.code, message: appError.message } }), 'application/json');
      return;
    }
    void errorPageHtml(site, '/', appError, (renderErr) =>
      log().error({ err: renderErr }, 'error page could not be rendered'),
    ).then((page) => send(page.text, 'text/html; charset=utf-8'));
  };
}
