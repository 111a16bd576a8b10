// /admin/spam: the spam dashboard (charts) and the Akismet-compatible API keys (create — shown
// once —, list with usage, revoke). Editors and owners (comments.moderateAll).
import { z } from 'zod';
import { parseRecordId } from '../../../kernel/record-id.ts';
import { createApiKey, listApiKeys } from '../../../spam/api-key-service.ts';
import { PUBLIC_LEARNING_CURVE } from '../../../spam/index.ts';
import {
  correctionsChart,
  learningCurveChart,
  perDayChart,
  reasonsChart,
} from '../../../views/admin/spam/spam-charts.ts';
import { renderSpamPage } from '../../../views/admin/spam/spam-page.ts';
import { API_KEYS_CHANGED } from '../../../spam/change-keys.ts';
import { AppError } from '../../../kernel/app-error.ts';
import { siteTimeFormatter } from './editor-support.ts';
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

  const page = async (csrfToken: string, newKey: string | null, manageLists: boolean) => {
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
      csrfToken,
      perDay: perDayChart(perDay, await spam.stats.discards(since.slice(0, 10)), now),
      corrections: correctionsChart(corrections, now),
      reasons: reasonsChart(reasons),
      learning: learningCurveChart(PUBLIC_LEARNING_CURVE.curves, PUBLIC_LEARNING_CURVE.measured),
      shadow: settings.shadow,
      upstream:
        spam.upstreamHost && upstream
          ? { host: spam.upstreamHost, outcomes: upstream[0], reports: upstream[1] }
          : null,
      keys,
      newKey,
      lists,
      manageLists,
      formatTime: await siteTimeFormatter(deps),
    });
  };

  app.get('/spam', guard, async (request, reply) =>
    sendAdminPage(request, reply, {
      title: 'Spam',
      section: 'spam',
      main: await page(request.admin.csrfToken, null, can(currentUser(request), 'settings.manage')),
    }),
  );

  app.post('/spam/keys', guard, async (request, reply) => {
    const parsed = newKeyForm.safeParse(request.body);
    if (!parsed.success) throw new AppError('BAD_REQUEST', 'A key needs a label of 1–100 characters.');
    let created: { key: string };
    try {
      created = await createApiKey(
        spam.apiKeys,
        { label: parsed.data.label, siteUrl: parsed.data.site || null, rateLimit: parsed.data.rateLimit },
        deps.clock.now(),
      );
    } catch (err) {
      if (err instanceof RangeError) throw new AppError('BAD_REQUEST', err.message);
      throw err;
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
    return sendAdminPage(request, reply, {
      title: 'Spam',
      section: 'spam',
      main: await page(request.admin.csrfToken, created.key, can(currentUser(request), 'settings.manage')),
    });
  });

  app.post<{ Params: { id: string } }>('/spam/keys/:id/revoke', guard, async (request, reply) => {
    const id = parseRecordId(request.params.id);
    if (id === null || !(await spam.apiKeys.revoke(id, deps.clock.now())))
      throw new AppError('NOT_FOUND', 'No such active key.');
    await deps.changes.publish([API_KEYS_CHANGED]);
    await setFlash(request, 'success', 'Key revoked.');
    return redirectAfterPost(reply, '/admin/spam');
  });
};
