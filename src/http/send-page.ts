// Serving anonymous pages through the page cache with HTTP validators and CDN-friendly
// Cache-Control; a 304 when the client already has the page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CachedPage, etagOf, isNotModified, type PageCache } from './page-cache.ts';

/** A freshly rendered page and the change keys it depends on. */
export interface RenderedPage {
  body: string;
  deps: string[];
  contentType?: string;
  status?: number;
}

/** Browsers revalidate every time (cheap 304s); shared caches keep pages briefly. */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300';

/** Sends a cached page or renders, caches and sends a new one. */
export async function sendPage(
  cache: PageCache,
  request: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<RenderedPage>,
  options: { bypassCache?: boolean; store?: boolean } = {},
): Promise<FastifyReply> {
  const key = request.url;
  let page = options.bypassCache ? undefined : cache.get(key);
  if (!page) {
    const rendered = await render();
    const body = Buffer.from(rendered.body);
    page = {
      status: rendered.status ?? 200,
      contentType: rendered.contentType ?? 'text/html; charset=utf-8',
      body,
      etag: etagOf(body),
      lastModified: new Date().toUTCString(),
      deps: rendered.deps,
    } satisfies CachedPage;
    if (page.status === 200 && !options.bypassCache && options.store !== false) cache.set(key, page);
  }
  void reply
    .header('Cache-Control', options.bypassCache ? 'private, no-store' : PUBLIC_CACHE_CONTROL)
    .header('ETag', page.etag)
    .header('Last-Modified', page.lastModified)
    .header('Vary', 'Accept-Encoding');
  if (isNotModified(request.headers, page)) return reply.code(304).send();
  return reply.code(page.status).type(page.contentType).send(page.body);
}
