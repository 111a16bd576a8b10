// Serving anonymous pages through the page cache with HTTP validators and CDN-friendly
// Cache-Control; a 304 when the client already has the page.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HtmlParts } from '../views/html-parts.ts';
import { type CachedPage, etagOf, isNotModified, type PageCache } from './page-cache.ts';

/** A freshly rendered page and the change keys it depends on. */
export interface RenderedPage {
  /** The document, whole or as parts (a long page is never joined into one string). */
  body: string | HtmlParts;
  deps: string[];
  contentType?: string;
  status?: number;
}

/** Browsers revalidate every time (cheap 304s); shared caches keep pages briefly. */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300';

/**
 * Characters per chunk of a page given as parts. A chunk's bytes stay well under the size at
 * which the C allocator maps fresh memory for a buffer (128 KB in glibc) and V8 puts a string in
 * its large-object space (likewise fresh pages): a half-megabyte page of comments written as one
 * buffer took a page fault per 4 KB on every render.
 */
export const PAGE_CHUNK_CHARS = 16 * 1024;

/**
 * The UTF-8 bytes of a page: one buffer for a page given whole or short, consecutive chunks of
 * about PAGE_CHUNK_CHARS for a long page given as parts (never joined into one string). Each
 * chunk's parts are joined once and encoded: parts may be many small pieces (a comment thread is
 * written that way), and a join copies their characters once where concatenating them would
 * build a tree of strings to walk and copy again.
 */
export function encodePage(body: string | HtmlParts): Buffer[] {
  if (typeof body === 'string') return [Buffer.from(body)];
  // A page of ordinary length is one buffer, sent as it is (streaming costs more than it saves).
  let length = 0;
  for (const part of body) length += part.length;
  if (length <= PAGE_CHUNK_CHARS * 2) return [Buffer.from(body.join(''))];
  const chunks: Buffer[] = [];
  let start = 0;
  let pending = 0;
  for (let i = 0; i < body.length; i++) {
    pending += body[i]!.length;
    if (pending >= PAGE_CHUNK_CHARS) {
      chunks.push(Buffer.from(body.slice(start, i + 1).join('')));
      start = i + 1;
      pending = 0;
    }
  }
  if (start < body.length || !chunks.length) chunks.push(Buffer.from(body.slice(start).join('')));
  return chunks;
}

/** A response body as chunks: sent as they are, with the length declared up front. */
function sendChunks(reply: FastifyReply, chunks: readonly Buffer[]): FastifyReply {
  if (chunks.length === 1) return reply.send(chunks[0]);
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  return reply.header('Content-Length', String(length)).send(Readable.from(chunks, { objectMode: false }));
}

/** Sends a cached page or renders, caches and sends a new one. */
export async function sendPage(
  cache: PageCache,
  request: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<RenderedPage>,
  options: { bypassCache?: boolean; store?: boolean } = {},
): Promise<FastifyReply> {
  const key = request.url;
  const cached = options.bypassCache ? undefined : cache.get(key);
  let page: Omit<CachedPage, 'body'>;
  let chunks: readonly Buffer[];
  if (cached) {
    page = cached;
    chunks = [cached.body];
  } else {
    const rendered = await render();
    chunks = encodePage(rendered.body);
    page = {
      status: rendered.status ?? 200,
      contentType: rendered.contentType ?? 'text/html; charset=utf-8',
      etag: etagOf(chunks),
      lastModified: new Date().toUTCString(),
      deps: rendered.deps,
    };
    // A stored page is kept as one buffer, joined once, and sent as it is to every later reader.
    if (page.status === 200 && cache.enabled && !options.bypassCache && options.store !== false) {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      cache.set(key, { ...page, body });
      chunks = [body];
    }
  }
  void reply
    .header('Cache-Control', options.bypassCache ? 'private, no-store' : PUBLIC_CACHE_CONTROL)
    .header('ETag', page.etag)
    .header('Last-Modified', page.lastModified)
    .header('Vary', 'Accept-Encoding');
  if (isNotModified(request.headers, page)) return reply.code(304).send();
  return sendChunks(reply.code(page.status).type(page.contentType), chunks);
}
