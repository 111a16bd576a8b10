// /admin/spam/lists: owners add a reputation list (read at once), refresh one now, switch it off
// or on, and remove it; the status table is on the spam dashboard (routes/spam.ts). Every
// outcome is a flash in the admin's language; a refused form names its fields' rules.
import { DuplicateListError } from '../../../spam/lists/list-repo.ts';
import { locationOf, parseListSettings } from '../../../spam/lists/list-settings.ts';
import { type RefreshOutcome, SPAM_LISTS_CHANGED } from '../../../spam/lists/refresh-lists.ts';
import { AppError } from '../../../kernel/app-error.ts';
import type { AdminT } from '../../../views/admin/types.ts';
import { spamFormats } from '../../../views/admin/spam/spam-format.ts';
import type { AdminRouteModule } from '../context.ts';
import { actingUserOf, requirePermission } from '../guards.ts';
import { redirectAfterPost, setFlash } from '../render.ts';

const BACK = '/admin/spam#spam-lists';

/** A refresh's outcome in words; a failed read's own error stays as the fetcher wrote it. */
function outcomeText(ui: AdminT, o: RefreshOutcome | undefined): { kind: 'success' | 'error'; text: string } {
  if (!o) return { kind: 'error', text: ui.t('spam.lists.busy') };
  if (o.status === 'updated')
    return {
      kind: 'success',
      text: ui.t('spam.lists.updated', { name: o.name, entries: o.entries, skipped: o.skipped }),
    };
  if (o.status === 'unchanged')
    return { kind: 'success', text: ui.t('spam.lists.unchanged', { name: o.name }) };
  return { kind: 'error', text: ui.t('spam.lists.readFailed', { name: o.name, error: o.error }) };
}

/** The fields the list form checks, each with its rule in the catalog. */
const FIELDS = ['name', 'kind', 'format', 'csvColumn', 'location', 'weight', 'action', 'refreshMinutes'];

/** Adding, refreshing, switching and removing reputation lists. */
export const spamListRoutes: AdminRouteModule = async (app, { deps }) => {
  const spam = deps.spam;
  if (!spam) return;
  const guard = { preHandler: requirePermission('settings.manage') };
  const audit = async (request: Parameters<typeof actingUserOf>[0], action: string, name: string) => {
    const actor = actingUserOf(request);
    await deps.accounts.audit.record(
      {
        actorId: actor.id,
        actorName: actor.name,
        action,
        target: `spamlist:${name}`,
        details: {},
        ip: actor.ip,
      },
      deps.clock.now(),
    );
  };

  app.post('/spam/lists', guard, async (request, reply) => {
    const { ui } = request.admin;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
    const parsed = parseListSettings({
      name: str('name'),
      kind: str('kind'),
      format: str('format') || 'lines',
      csvColumn: str('csvColumn') || null,
      csvHeader: false,
      location: locationOf(str('location')),
      weight: str('weight') || undefined,
      action: str('action') || undefined,
      refreshMinutes: str('refreshMinutes') || undefined,
      enabled: true,
    });
    if (!parsed.ok) {
      const problems = parsed.fields.map((f) =>
        ui.t('spam.lists.problem', { field: FIELDS.includes(f) ? f : 'other' }),
      );
      await setFlash(
        request,
        'error',
        ui.t('spam.lists.refused', { problems: spamFormats(ui).list(problems) }),
      );
      return redirectAfterPost(reply, BACK);
    }
    try {
      await spam.lists.repo.add(parsed.settings, deps.clock.now());
    } catch (err) {
      if (!(err instanceof DuplicateListError)) throw err;
      await setFlash(request, 'error', ui.t('spam.lists.duplicate', { name: parsed.settings.name }));
      return redirectAfterPost(reply, BACK);
    }
    await audit(request, 'spamlist.add', parsed.settings.name);
    const [outcome] = await spam.lists.refresh({ force: true, names: [parsed.settings.name] });
    const { kind, text } = outcomeText(ui, outcome);
    await setFlash(request, kind, ui.t('spam.lists.added', { name: parsed.settings.name, outcome: text }));
    return redirectAfterPost(reply, BACK);
  });

  app.post<{ Params: { name: string; action: string } }>(
    '/spam/lists/:name/:action',
    guard,
    async (request, reply) => {
      const { ui } = request.admin;
      const { name, action } = request.params;
      const list = await spam.lists.repo.find(name);
      if (!list) throw new AppError('NOT_FOUND', ui.t('spam.lists.noSuchList'));
      switch (action) {
        case 'refresh': {
          const outcome = (await spam.lists.refresh({ force: true, names: [name] }))[0];
          const { kind, text } = outcomeText(ui, outcome);
          await setFlash(request, kind, text);
          break;
        }
        case 'enable':
        case 'disable':
          await spam.lists.repo.setEnabled(name, action === 'enable');
          await deps.changes.publish([SPAM_LISTS_CHANGED]);
          await audit(request, `spamlist.${action}`, name);
          await setFlash(request, 'success', ui.t('spam.lists.switched', { name, action }));
          break;
        case 'remove':
          await spam.lists.repo.remove(name);
          await deps.changes.publish([SPAM_LISTS_CHANGED]);
          await audit(request, 'spamlist.remove', name);
          await setFlash(request, 'success', ui.t('spam.lists.removed', { name }));
          break;
        default:
          throw new AppError('NOT_FOUND', ui.t('spam.lists.noSuchAction'));
      }
      return redirectAfterPost(reply, BACK);
    },
  );
};
