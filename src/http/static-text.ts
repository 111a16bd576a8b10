// Routes for text that never changes while the process runs (the theme's CSS and JS, the web app
// manifest, the SVG icon): each coding is compressed once, on its first request, then reused.
import type { FastifyInstance } from 'fastify';
import { CompressedVariants, negotiateCoding } from './compression.ts';

/** A fixed text response. */
export interface StaticText {
  path: string;
  contentType: string;
  body: string | Buffer;
  cacheControl: string;
}

/** Registers GET (and HEAD) `text.path` answering with its body, compressed as negotiated. */
export function staticTextRoute(app: FastifyInstance, text: StaticText): void {
  const variants = new CompressedVariants(Buffer.from(text.body));
  app.get(text.path, async (request, reply) => {
    void reply
      .type(text.contentType)
      .header('Cache-Control', text.cacheControl)
      .header('Vary', 'Accept-Encoding');
    const coding = negotiateCoding(request.headers['accept-encoding']);
    if (!coding) return reply.send(variants.body);
    return reply.header('Content-Encoding', coding).send(await variants.get(coding));
  });
}
