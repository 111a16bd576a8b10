// /admin/spam: the spam dashboard (charts) and the Akismet-compatible API keys (create — shown
// once —, list with usage, revoke), in the admin's language. Editors and owners
// (comments.moderateAll).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseRecordId } from '../../../kernel/record-id.ts';
import { createApiKey, listApiKeys } from '../../../spam/network/api-key-service.ts';
import { PUBLIC_LEARNING_CURVE } from '../../../spam/index.ts';
import {
  correctionsChart,
  learningCurveChart,
  perDayChart,
  reasonsChart,
} from '../../../views/admin/spam/spam-charts.ts';
import { renderSpamPage } from '../../../views/admin/spam/spam-page.ts';
import { API_KEYS_CHANGED } from '../../../spam/service/change-keys.ts';
import { AppError } from '../../../kernel/app-error.ts';
import { siteTimeFormatter } from './editor-support.ts';
import type { AdminT } from '../../../views/admin/types.ts';
import type { AdminRouteModule } from '../context.ts';
import { can } from '../../../users/permissions.ts';
import { actingUserOf, currentUser, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';

const DAY = 86_400_000;

const newKeyForm = z.object({
  label: z.string().trim().min(1).max(100),
  site: z.string().trim().max(300).optional().default(''),
  rateLimit: z.coerce.number().int().min(1).max(1_000_000).catch(600),
});

/** The spam dashboard and API keys. */
export const spamRoutes: AdminRouteModule = async (app, { deps }) => {
  const spam = deps.spam;
  if (!spam) return;
  const guard = { preHandler: requirePermission('comments.moderateAll') };

  const page = async (ui: AdminT, csrfToken: string, newKey: string | null, manageLists: boolean) => {
    const now = deps.clock.now();
    const since = new Date(now.getTime() - 30 * DAY).toISOString();
    const [perDay, corrections, reasons, keys, settings, upstream, lists] = await Promise.all([
      spam.stats.perDay(since),
      spam.stats.corrections(new Date(now.getTime() - 56 * DAY).toISOString()),
      spam.stats.spamReasons(since, 5000),
      listApiKeys(spam.apiKeys, now),
      spam.settings(),
      spam.upstreamHost
        ? Promise.all([spam.stats.upstreamOutcomes(since), spam.upstreamReports.countByStatus()])
        : null,
      spam.lists.repo.list(),
    ]);
    return renderSpamPage({
      ui,
      csrfToken,
      perDay: perDayChart(ui, perDay, await spam.stats.discards(since.slice(0, 10)), now),
      corrections: correctionsChart(ui, corrections, now),
      reasons: reasonsChart(ui, reasons),
      learning: learningCurveChart(ui, PUBLIC_LEARNING_CURVE.curves, PUBLIC_LEARNING_CURVE.measured),
      shadow: settings.shadow,
      upstream:
        spam.upstreamHost && upstream
          ? { host: spam.upstreamHost, outcomes: upstream[0], reports: upstream[1] }
          : null,
      keys,
      newKey,
      lists,
      manageLists,
      formatTime: await siteTimeFormatter(deps, ui),
    });
  };

  const send = async (request: FastifyRequest, reply: FastifyReply, newKey: string | null) =>
    sendAdminPage(request, reply, {
      title: request.admin.ui.t('spam.title'),
      section: 'spam',
      main: await page(
        request.admin.ui,
        request.admin.csrfToken,
        newKey,
        can(currentUser(request), 'settings.manage'),
      ),
    });

  app.get('/spam', guard, async (request, reply) => send(request, reply, null));

  app.post('/spam/keys', guard, async (request, reply) => {
    const { ui } = request.admin;
    const parsed = newKeyForm.safeParse(request.body);
    let created: { key: string } | null = null;
    if (parsed.success)
      try {
        created = await createApiKey(
          spam.apiKeys,
          { label: parsed.data.label, siteUrl: parsed.data.site || null, rateLimit: parsed.data.rateLimit },
          deps.clock.now(),
        );
      } catch (err) {
        if (!(err instanceof RangeError)) throw err;
      }
    if (!parsed.success || !created) {
      // The service's own sentences are English: the form's rules are said in the admin's language.
      await setFlash(request, 'error', ui.t('spam.keys.refused'));
      return redirectAfterPost(reply, '/admin/spam#spam-keys');
    }
    const actor = actingUserOf(request);
    await deps.accounts.audit.record(
      {
        actorId: actor.id,
        actorName: actor.name,
        action: 'apikey.create',
        target: `apikey:${parsed.data.label}`,
        details: {},
        ip: actor.ip,
      },
      deps.clock.now(),
    );
    // The key is shown in this response only (never in a URL, a flash or a log).
    return send(request, reply, created.key);
  });

  app.post<{ Params: { id: string } }>('/spam/keys/:id/revoke', guard, async (request, reply) => {
    const id = parseRecordId(request.params.id);
    if (id === null || !(await spam.apiKeys.revoke(id, deps.clock.now())))
      throw new AppError('NOT_FOUND', request.admin.ui.t('spam.keys.noSuchKey'));
    await deps.changes.publish([API_KEYS_CHANGED]);
    await setFlash(request, 'success', request.admin.ui.t('spam.keys.revoked'));
    return redirectAfterPost(reply, '/admin/spam');
  });
};
