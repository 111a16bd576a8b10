// The media library: GET /admin/media lists uploads, POST /admin/media uploads one image
// (multipart; a plain form without JS, fetch with JSON from the editor's drag and drop).
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MediaItem } from '../../../media/media-repo.ts';
import { ImageRejected } from '../../../media/process-image.ts';
import { storeUpload } from '../../../media/upload.ts';
import { mediaMain } from '../../../views/admin/posts/media-page.ts';
import { AppError } from '../../../kernel/app-error.ts';
import type { AdminDeps, AdminRouteModule } from '../context.ts';
import { assertCsrfToken } from '../csrf.ts';
import { currentUser, requirePermission } from '../guards.ts';
import { sendAdminPage } from '../render.ts';
import { editorialOf } from './editor-support.ts';
import { wantsJson } from '../../shared/wants-json.ts';

/** Largest upload accepted. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const PER_PAGE = 24;

async function renderLibrary(
  deps: AdminDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  extra: { page?: number; alt?: string; error?: string | null; uploaded?: MediaItem | null; status?: number },
) {
  const page = extra.page ?? 1;
  const list = await editorialOf(deps).media.list(PER_PAGE, (page - 1) * PER_PAGE);
  return sendAdminPage(request, reply, {
    title: request.admin.ui.t('media.title'),
    section: 'posts',
    status: extra.status,
    main: mediaMain({
      ui: request.admin.ui,
      items: list.items,
      total: list.total,
      page,
      totalPages: Math.max(1, Math.ceil(list.total / PER_PAGE)),
      csrfToken: request.admin.csrfToken,
      alt: extra.alt ?? '',
      error: extra.error ?? null,
      uploaded: extra.uploaded ?? null,
      maxMegabytes: MAX_UPLOAD_BYTES / 1024 / 1024,
    }),
  });
}

/** Registers the media library routes. */
export const mediaRoutes: AdminRouteModule = async (app, { deps }) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 4096 },
  });
  const guard = requirePermission('posts.write');

  app.get('/media', { preHandler: guard }, async (request, reply) => {
    const raw = (request.query as Record<string, unknown>)?.page;
    const page = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
    return renderLibrary(deps, request, reply, { page });
  });

  app.post('/media', { preHandler: guard, config: { csrf: 'manual' } }, async (request, reply) => {
    const user = currentUser(request);
    if (!request.isMultipart()) throw new AppError('BAD_REQUEST', 'Send the image as a file upload.');
    let csrf = typeof request.headers['x-csrf-token'] === 'string' ? request.headers['x-csrf-token'] : '';
    let alt = '';
    let file: { data: Buffer; name: string } | null = null;
    let error: { status: number; message: string } | null = null;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const data = await part.toBuffer();
          file = { data, name: part.filename || 'upload' };
        } else if (part.fieldname === '_csrf' && typeof part.value === 'string') csrf = part.value;
        else if (part.fieldname === 'alt' && typeof part.value === 'string') alt = part.value.slice(0, 300);
      }
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status !== 413) throw err;
      error = {
        status: 413,
        message: request.admin.ui.t('media.tooLarge', { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 }),
      };
    }
    assertCsrfToken(request, csrf); // before anything is stored
    if (!error && (!file || file.data.length === 0))
      error = { status: 422, message: request.admin.ui.t('media.chooseFile') };
    let stored: MediaItem | null = null;
    if (!error && file) {
      try {
        stored = await storeUpload(
          {
            media: editorialOf(deps).media,
            store: editorialOf(deps).mediaStore,
            now: () => deps.clock.now(),
          },
          { data: file.data, fileName: file.name, alt, uploadedBy: user.id },
        );
        await deps.accounts.audit.record(
          {
            actorId: user.id,
            actorName: user.name,
            action: 'media.upload',
            target: `media:${stored.id}`,
            details: { name: file.name },
            ip: request.ip,
          },
          deps.clock.now(),
        );
      } catch (err) {
        if (!(err instanceof ImageRejected)) throw err;
        const format = err.format ? err.format.toUpperCase() : '';
        error = {
          status: 422,
          message:
            err.reason === 'unreadable'
              ? request.admin.ui.t('media.unreadable')
              : request.admin.ui.t('media.wrongFormat', { format: format || 'none' }),
        };
      }
    }
    if (wantsJson(request)) {
      if (error)
        return reply.code(error.status).send({
          error: {
            code: error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED',
            message: error.message,
          },
        });
      return reply.send({ media: stored });
    }
    return renderLibrary(deps, request, reply, {
      alt: error ? alt : '',
      error: error?.message ?? null,
      uploaded: stored,
      status: error?.status,
    });
  });
};
