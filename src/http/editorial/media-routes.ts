// GET /media/<hash>-<width>w.<ext>: uploaded images, served from the media store. Names are
// content hashes, so a name always means the same bytes and can be cached for a year.
import type { FastifyInstance } from 'fastify';
import { MEDIA_CONTENT_TYPES, parseMediaFileName } from '../../media/media-names.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../../kernel/app-error.ts';

/** Registers the media file route. */
export async function mediaFileRoutes(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  app.get<{ Params: { file: string } }>('/media/:file', async (request, reply) => {
    // Only names we generate: no paths, no dots beyond the extension, nothing else on disk.
    const parsed = parseMediaFileName(request.params.file);
    const store = deps.editorial.mediaStore;
    if (!parsed || !store) throw new AppError('NOT_FOUND', 'There is no such image.');
    const etag = `"${parsed.hash}-${parsed.width}-${parsed.ext}"`;
    void reply
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('ETag', etag)
      .header('X-Content-Type-Options', 'nosniff');
    // A public bucket or CDN serves the bytes; the name is permanent, so the redirect is too.
    const direct = store.publicUrl(request.params.file);
    if (direct) return reply.redirect(direct, 301);
    const file = await store.open(request.params.file);
    if (!file) throw new AppError('NOT_FOUND', 'There is no such image.');
    if (request.headers['if-none-match'] === etag) {
      file.body.destroy();
      return reply.code(304).send();
    }
    return reply
      .type(MEDIA_CONTENT_TYPES[parsed.ext] ?? 'application/octet-stream')
      .header('Content-Length', String(file.size))
      .send(file.body);
  });
}
