// Serving anonymous pages through the page cache with HTTP validators, CDN-friendly
// Cache-Control and content codings; a 304 when the client already has the page.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Html } from '../views/html.ts';
import type { HtmlParts } from '../views/html-parts.ts';
import {
  COMPRESS_THRESHOLD_BYTES,
  CompressedVariants,
  type ContentCoding,
  compressOnce,
  etagForCoding,
  isCompressible,
  negotiateCoding,
} from './compression.ts';
import { type EncodedPage, encodePage } from './page-bytes.ts';
import { type CachedPage, etagOf, isNotModified, type PageCache } from './page-cache.ts';
import type { BodyPool } from './page-memory.ts';

/**
 * A freshly rendered page and the change keys it depends on: an HTML document (Html, whole or as
 * parts: a long page is never joined into one string), or another type's text with its type.
 */
export type RenderedPage = { deps: string[]; status?: number } & (
  { body: Html | HtmlParts; contentType?: undefined } | { body: string; contentType: string }
);

/** Browsers revalidate every time (cheap 304s); shared caches keep pages briefly. */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300';

function lengthOf(chunks: readonly Buffer[]): number {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  return length;
}

/**
 * Pages up to this size are sent as one buffer when they span several chunks: one write with the
 * headers, where a stream of the chunks wrote each on its own (see sendChunks). Larger pages are
 * streamed chunk by chunk, so no buffer of their whole size is made.
 */
export const SEND_WHOLE_MAX_BYTES = 1024 * 1024;

/** The chunks copied back to back into a buffer of `pool` (a view of exactly their length). */
function joinChunks(chunks: readonly Buffer[], length: number, pool: BodyPool): Buffer {
  const joined = pool.take(length).subarray(0, length);
  let at = 0;
  for (const chunk of chunks) at += chunk.copy(joined, at);
  return joined;
}

/**
 * Sends chunks as they are, with the length declared up front, or compressed whole (the page is
 * in memory already: one call with a window sized to it, compression.ts); gives their slabs back
 * once the response has been sent, or once compressed. A page of several chunks up to
 * SEND_WHOLE_MAX_BYTES is first copied into one buffer of `joined` (given back the same way): a
 * stream of the chunks cost Fastify's stream path (listeners, headers set one by one) and a write
 * per chunk. A response that never finishes (the reader went away) keeps its memory: it is then
 * collected like any buffer.
 */
async function sendChunks(
  reply: FastifyReply,
  page: EncodedPage,
  coding: ContentCoding | null,
  joined: BodyPool,
): Promise<FastifyReply> {
  const { chunks } = page;
  const length = lengthOf(chunks);
  const whole =
    chunks.length === 1 || length > SEND_WHOLE_MAX_BYTES ? null : joinChunks(chunks, length, joined);
  if (whole) page.release();
  if (coding) {
    const body = whole ?? (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length));
    let compressed: Buffer;
    try {
      compressed = await compressOnce(body, coding);
    } finally {
      if (whole) joined.give(whole);
      else page.release();
    }
    return reply.header('Content-Encoding', coding).send(compressed);
  }
  if (whole) {
    reply.raw.once('finish', () => joined.give(whole));
    return reply.send(whole);
  }
  reply.raw.once('finish', page.release);
  if (chunks.length === 1) return reply.send(chunks[0]);
  return reply.header('Content-Length', String(length)).send(Readable.from(chunks, { objectMode: false }));
}

/**
 * Sends a cached page: its body, or its compressed form (made once, then kept with it). `hold`:
 * keep its memory from being reused for another page before this response is over
 * (page-memory.ts); a page stored by this request is held already.
 */
async function sendCached(
  reply: FastifyReply,
  page: CachedPage,
  coding: ContentCoding | null,
  hold: boolean,
) {
  if (hold && page.memory) reply.raw.once('close', page.memory.send());
  if (!coding) return reply.send(page.body);
  return reply.header('Content-Encoding', coding).send(await page.compressed.get(coding));
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
  let cached = options.bypassCache ? undefined : cache.get(key);
  const fromCache = cached !== undefined;
  let page: Omit<CachedPage, 'body' | 'compressed'>;
  let bytes: EncodedPage | null = null;
  if (cached) {
    page = cached;
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
    // A stored page is copied out of the slabs into one buffer of the cache's own memory, sent as
    // it is to every later reader.
    if (page.status === 200 && cache.enabled && !options.bypassCache && options.store !== false) {
      const memory = cache.newMemory();
      const body = memory.copy(bytes.chunks);
      bytes.release();
      bytes = null;
      const compressed = new CompressedVariants(body, (made) => memory.copy(made));
      // Held for this response before the cache may evict it (a page larger than the budget is
      // evicted at once), so its memory cannot go to another page while this one is sent.
      reply.raw.once('close', memory.send());
      cached = { ...page, body, compressed, memory };
      cache.set(key, cached);
    }
  }
  const size = cached ? cached.body.length : lengthOf(bytes?.chunks ?? []);
  const coding =
    isCompressible(page.contentType) && size >= COMPRESS_THRESHOLD_BYTES
      ? negotiateCoding(request.headers['accept-encoding'])
      : null;
  void reply
    .header('Cache-Control', options.bypassCache ? 'private, no-store' : PUBLIC_CACHE_CONTROL)
    .header('ETag', etagForCoding(page.etag, coding))
    .header('Last-Modified', page.lastModified)
    .header('Vary', 'Accept-Encoding');
  if (isNotModified(request.headers, page)) {
    bytes?.release();
    return reply.code(304).send();
  }
  void reply.code(page.status).type(page.contentType);
  if (cached) return sendCached(reply, cached, coding, fromCache);
  return sendChunks(reply, bytes as EncodedPage, coding, cache.joined);
}
