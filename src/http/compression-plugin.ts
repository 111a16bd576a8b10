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
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  COMPRESS_THRESHOLD_BYTES,
  type ContentCoding,
  compressingStream,
  isCompressible,
  negotiateCoding,
  ON_THE_FLY,
} from './compression.ts';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function addVary(reply: FastifyReply): void {
  const vary = reply.getHeader('Vary');
  const current = Array.isArray(vary) ? vary.join(', ') : String(vary ?? '');
  if (!/accept-encoding|\*/i.test(current))
    void reply.header('Vary', current ? `${current}, Accept-Encoding` : 'Accept-Encoding');
}

async function compressWhole(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  return coding === 'br' ? brotli(body, ON_THE_FLY.br) : gzip(body, ON_THE_FLY.gzip);
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
      const compressed = await compressWhole(body, coding);
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
