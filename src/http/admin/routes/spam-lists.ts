// /admin/spam/lists: owners add a reputation list (read at once), refresh one now, switch it off
// or on, and remove it; the status table is on the spam dashboard (routes/spam.ts).
import { DuplicateListError } from '../../../spam/lists/list-repo.ts';
import { locationOf, parseListSettings } from '../../../spam/lists/list-settings.ts';
import { type RefreshOutcome, SPAM_LISTS_CHANGED } from '../../../spam/lists/refresh-lists.ts';
import { AppError } from '../../../kernel/app-error.ts';
import type { AdminRouteModule } from '../context.ts';
import { actingUserOf, requirePermission } from '../guards.ts';
import { redirectAfterPost, setFlash } from '../render.ts';

const BACK = '/admin/spam#spam-lists';

function outcomeText(o: RefreshOutcome | undefined): { kind: 'success' | 'error'; text: string } {
  if (!o) return { kind: 'error', text: 'The list was not refreshed (another process is reading it).' };
  if (o.status === 'updated')
    return {
      kind: 'success',
      text: `List '${o.name}': ${o.entries} entries loaded${o.skipped ? `, ${o.skipped} malformed lines skipped` : ''}.`,
    };
  if (o.status === 'unchanged') return { kind: 'success', text: `List '${o.name}' has not changed.` };
  return {
    kind: 'error',
    text: `List '${o.name}' could not be read: ${o.error}. The last good copy stays in use.`,
  };
}

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
    if (!parsed.ok) throw new AppError('BAD_REQUEST', `The list was not added: ${parsed.errors.join('; ')}.`);
    try {
      await spam.lists.repo.add(parsed.settings, deps.clock.now());
    } catch (err) {
      if (err instanceof DuplicateListError) throw new AppError('BAD_REQUEST', `${err.message}.`);
      throw err;
    }
    await audit(request, 'spamlist.add', parsed.settings.name);
    const [outcome] = await spam.lists.refresh({ force: true, names: [parsed.settings.name] });
    const { kind, text } = outcomeText(outcome);
    await setFlash(request, kind, `List '${parsed.settings.name}' added. ${text}`);
    return redirectAfterPost(reply, BACK);
  });

  app.post<{ Params: { name: string; action: string } }>(
    '/spam/lists/:name/:action',
    guard,
    async (request, reply) => {
      const { name, action } = request.params;
      const list = await spam.lists.repo.find(name);
      if (!list) throw new AppError('NOT_FOUND', 'No such list.');
      switch (action) {
        case 'refresh': {
          const { kind, text } = outcomeText((await spam.lists.refresh({ force: true, names: [name] }))[0]);
          await setFlash(request, kind, text);
          break;
        }
        case 'enable':
        case 'disable':
          await spam.lists.repo.setEnabled(name, action === 'enable');
          await deps.changes.publish([SPAM_LISTS_CHANGED]);
          await audit(request, `spamlist.${action}`, name);
          await setFlash(request, 'success', `List '${name}' ${action}d.`);
          break;
        case 'remove':
          await spam.lists.repo.remove(name);
          await deps.changes.publish([SPAM_LISTS_CHANGED]);
          await audit(request, 'spamlist.remove', name);
          await setFlash(request, 'success', `List '${name}' removed.`);
          break;
        default:
          throw new AppError('NOT_FOUND', 'No such action.');
      }
      return redirectAfterPost(reply, BACK);
    },
  );
};
