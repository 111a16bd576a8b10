// Serving anonymous pages through the page cache with HTTP validators and CDN-friendly
// Cache-Control; a 304 when the client already has the page.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HtmlParts } from '../views/html-parts.ts';
import { type EncodedPage, encodePage } from './page-bytes.ts';
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
 * Sends chunks as they are, with the length declared up front, and gives their slabs back once
 * the response has been sent. A response that never finishes (the reader went away) keeps them:
 * they are then collected like any buffer.
 */
function sendChunks(reply: FastifyReply, page: EncodedPage): FastifyReply {
  const { chunks } = page;
  reply.raw.once('finish', page.release);
  if (chunks.length === 1) return reply.send(chunks[0]);
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  return reply.header('Content-Length', String(length)).send(Readable.from(chunks, { objectMode: false }));
}

/** A page held in one buffer of its own (a cached page): nothing to give back. */
const oneBuffer = (body: Buffer): EncodedPage => ({ chunks: [body], release: () => {} });

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
  let bytes: EncodedPage;
  if (cached) {
    page = cached;
    bytes = oneBuffer(cached.body);
  } else {
    const rendered = await render();
    bytes = encodePage(rendered.body, cache.slabs);
    page = {
      status: rendered.status ?? 200,
      contentType: rendered.contentType ?? 'text/html; charset=utf-8',
      etag: etagOf(bytes.chunks),
      lastModified: new Date().toUTCString(),
      deps: rendered.deps,
    };
    // A stored page is copied out of the slabs into one buffer, sent as it is to every later reader.
    if (page.status === 200 && cache.enabled && !options.bypassCache && options.store !== false) {
      const body = Buffer.concat(bytes.chunks);
      bytes.release();
      cache.set(key, { ...page, body });
      bytes = oneBuffer(body);
    }
  }
  void reply
    .header('Cache-Control', options.bypassCache ? 'private, no-store' : PUBLIC_CACHE_CONTROL)
    .header('ETag', page.etag)
    .header('Last-Modified', page.lastModified)
    .header('Vary', 'Accept-Encoding');
  if (isNotModified(request.headers, page)) {
    bytes.release();
    return reply.code(304).send();
  }
  return sendChunks(reply.code(page.status).type(page.contentType), bytes);
}
