// The media library: GET /admin/media lists uploads, POST /admin/media uploads one image
// (multipart; a plain form without JS, fetch with JSON from the editor's drag and drop). The upload
// itself is the media feature's use case (uploadMedia); the route reads the form and answers.
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MediaItem } from '../../../media/media-repo.ts';
import {
  type UploadedFile,
  uploadMedia,
  type UploadOutcome,
  type UploadRefusal,
} from '../../../media/upload-media.ts';
import { mediaMain } from '../../../views/admin/posts/media-page.ts';
import type { AdminT } from '../../../views/admin/types.ts';
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

/** The fields of the upload form; `tooLarge` when the file passed MAX_UPLOAD_BYTES. */
interface UploadForm {
  csrf: string;
  alt: string;
  file: UploadedFile | null;
  tooLarge: boolean;
}

/** Reads the multipart upload (the CSRF token may also come as a header, from the editor's fetch). */
async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  const header = request.headers['x-csrf-token'];
  const form: UploadForm = {
    csrf: typeof header === 'string' ? header : '',
    alt: '',
    file: null,
    tooLarge: false,
  };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') form.file = { data: await part.toBuffer(), name: part.filename || 'upload' };
      else if (part.fieldname === '_csrf' && typeof part.value === 'string') form.csrf = part.value;
      else if (part.fieldname === 'alt' && typeof part.value === 'string')
        form.alt = part.value.slice(0, 300);
    }
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode !== 413) throw err;
    form.tooLarge = true;
  }
  return form;
}

/** The status and the editor's sentence for a refused upload. */
function refusalOf(ui: AdminT, refusal: UploadRefusal): { status: number; message: string } {
  switch (refusal.reason) {
    case 'too-large':
      return { status: 413, message: ui.t('media.tooLarge', { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 }) };
    case 'no-file':
      return { status: 422, message: ui.t('media.chooseFile') };
    case 'unreadable':
      return { status: 422, message: ui.t('media.unreadable') };
    case 'wrong-format':
      return {
        status: 422,
        message: ui.t('media.wrongFormat', {
          format: refusal.format ? refusal.format.toUpperCase() : 'none',
        }),
      };
  }
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
    const form = await readUploadForm(request);
    assertCsrfToken(request, form.csrf); // before anything is stored
    const outcome: UploadOutcome = form.tooLarge
      ? { kind: 'refused', reason: 'too-large' }
      : await uploadMedia(
          {
            media: editorialOf(deps).media,
            store: editorialOf(deps).mediaStore,
            now: () => deps.clock.now(),
            audit: (entry) =>
              deps.accounts.audit.record(
                { ...entry, actorId: user.id, actorName: user.name, ip: request.ip },
                deps.clock.now(),
              ),
          },
          { file: form.file, alt: form.alt, uploadedBy: user.id },
        );
    if (outcome.kind === 'stored') {
      if (wantsJson(request)) return reply.send({ media: outcome.item });
      return renderLibrary(deps, request, reply, { uploaded: outcome.item });
    }
    const { status, message } = refusalOf(request.admin.ui, outcome);
    if (wantsJson(request))
      return reply.code(status).send({
        error: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED', message },
      });
    return renderLibrary(deps, request, reply, { alt: form.alt, error: message, status });
  });
};
