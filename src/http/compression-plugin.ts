// Compression of every text response that sendPage and the static routes do not compress
// themselves (admin pages, form re-renders, error pages, JSON), with the same negotiation
// (compression.ts), so a response is never compressed twice nor left with an ETag of another
// coding; and `Vary: Accept-Encoding` on every compressible response, compressed or not, so a
// CDN never hands a gzip body to a client that asked for none.
//
// (@fastify/compress negotiates with @fastify/accept-negotiator, which picks brotli for
// `br;q=0, *`; two negotiations that can disagree would compress a page sendPage had answered
// uncompressed under its identity ETag.)
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  COMPRESS_THRESHOLD_BYTES,
  compressingStream,
  compressOnce,
  isCompressible,
  negotiateCoding,
} from './compression.ts';

function addVary(reply: FastifyReply): void {
  const vary = reply.getHeader('Vary');
  const current = Array.isArray(vary) ? vary.join(', ') : String(vary ?? '');
  if (!/accept-encoding|\*/i.test(current))
    void reply.header('Vary', current ? `${current}, Accept-Encoding` : 'Accept-Encoding');
}

/** Registers the onSend hook for `app` and every route registered after it. */
export function installCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const type = reply.getHeader('Content-Type');
    if (typeof type !== 'string' || !isCompressible(type)) return payload;
    addVary(reply);
    if (payload === null || payload === undefined || reply.hasHeader('Content-Encoding')) return payload;
    if (reply.statusCode === 204 || reply.statusCode === 304 || reply.statusCode === 206) return payload;
    const coding = negotiateCoding(request.headers['accept-encoding']);
    if (!coding) return payload;
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
      if (body.length < COMPRESS_THRESHOLD_BYTES) return payload;
      const compressed = await compressOnce(body, coding);
      void reply.header('Content-Encoding', coding).header('Content-Length', String(compressed.length));
      return compressed;
    }
    if (payload instanceof Readable) {
      const compressed = compressingStream(coding);
      pipeline(payload, compressed).catch((err: unknown) =>
        request.log.debug({ err }, 'compression stopped'),
      );
      void reply.header('Content-Encoding', coding).removeHeader('Content-Length');
      return compressed;
    }
    return payload;
  });
}
