// Import/Export (owner only): upload a WXR file, run the import and show its report; download
// the site as WXR. The upload is streamed to a temporary file, never held in memory.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import { importExportMain } from '../../../views/admin/import-export-page.ts';
import { AppError } from '../../../kernel/app-error.ts';
import type { AdminRouteModule } from '../context.ts';
import { assertCsrfToken } from '../csrf.ts';
import { currentUser, requirePermission } from '../guards.ts';
import { sendAdminPage } from '../render.ts';

const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

/** Registers /admin/import-export, its import POST and the export download. */
export const importExportRoutes: AdminRouteModule = async (app, { deps }) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1024 },
  });
  // Settings are the owner's alone; so are whole-site imports and exports.
  const guard = requirePermission('settings.manage');
  const wxr = () => deps.wxr;

  app.get('/import-export', { preHandler: guard }, async (request, reply) =>
    sendAdminPage(request, reply, {
      title: request.admin.ui.t('importExport.title'),
      section: 'import-export',
      main: importExportMain({
        ui: request.admin.ui,
        csrfToken: request.admin.csrfToken,
        report: null,
        error: null,
      }),
    }),
  );

  app.post(
    '/import-export/import',
    { preHandler: guard, config: { csrf: 'manual' } },
    async (request, reply) => {
      const user = currentUser(request);
      if (!request.isMultipart())
        throw new AppError('BAD_REQUEST', 'Send the WordPress export as a file upload.');
      const dir = await mkdtemp(join(tmpdir(), 'silkpress-wxr-upload-'));
      try {
        const file = join(dir, 'upload.xml');
        let csrf = '';
        let dryRun = false;
        let trainSpam = false;
        let received = false;
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            await pipeline(part.file, createWriteStream(file));
            received = part.file.bytesRead > 0;
          } else if (part.fieldname === '_csrf' && typeof part.value === 'string') csrf = part.value;
          else if (part.fieldname === 'dryRun') dryRun = part.value === '1';
          else if (part.fieldname === 'trainSpam') trainSpam = part.value === '1';
        }
        assertCsrfToken(request, csrf); // before anything is imported
        const show = (status: number, view: Omit<Parameters<typeof importExportMain>[0], 'ui'>) =>
          sendAdminPage(request, reply, {
            title: request.admin.ui.t('importExport.title'),
            section: 'import-export',
            status,
            main: importExportMain({ ui: request.admin.ui, ...view }),
          });
        if (!received)
          return show(422, {
            csrfToken: request.admin.csrfToken,
            report: null,
            error: 'Choose the WordPress export file to import.',
          });
        const report = await wxr().importFile(file, { dryRun, trainSpam });
        await deps.accounts.audit.record(
          {
            actorId: user.id,
            actorName: user.name,
            action: dryRun ? 'import.wxr.dry_run' : 'import.wxr',
            target: 'site',
            details: {
              posts: report.counts.posts.imported,
              comments: report.counts.comments.imported,
              fatal: report.fatal !== null,
              ...(report.spamTraining ? { spamTraining: report.spamTraining } : {}),
            },
            ip: request.ip,
          },
          deps.clock.now(),
        );
        return show(report.fatal ? 422 : 200, { csrfToken: request.admin.csrfToken, report, error: null });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  app.get('/import-export/export.xml', { preHandler: guard }, async (_request, reply) => {
    const stamp = deps.clock.now().toISOString().slice(0, 10);
    return reply
      .type('application/xml; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="silkpress-${stamp}.xml"`)
      .send(Readable.from(wxr().exportChunks()));
  });
};
