// What the editor's route modules share: the domain dependencies bound to the acting user (so
// every action is audited with who and from where), time formatting in the site timezone, and
// the mapping of editorial errors onto HTTP errors.
import { dateFormatter, type FormatIsoDate } from '../../../views/format-date.ts';
import type { AdminT } from '../../../views/admin/types.ts';
import type { FastifyRequest } from 'fastify';
import type { ArticleKind } from '../../../content/article.ts';
import type { EditorExtrasDeps } from '../../../content/editor-extras.ts';
import type { EditorialDeps } from '../../../content/editorial-deps.ts';
import { EditorialError } from '../../../content/editorial-error.ts';
import { parseSettings } from '../../../settings/site-settings.ts';
import type { Permission } from '../../../users/permissions.ts';
import { AppError } from '../../../kernel/app-error.ts';
import { recordIdParam } from '../../shared/record-id-param.ts';
import type { AdminDeps } from '../context.ts';
import { actingUserOf } from '../guards.ts';

/** The editorial repositories. */
export function editorialOf(deps: AdminDeps): EditorialDeps {
  return deps.editorial;
}

/** The domain dependencies of the editor for this request's user. */
export function editorDepsFor(deps: AdminDeps, request: FastifyRequest): EditorExtrasDeps {
  const editorial = editorialOf(deps);
  const actor = actingUserOf(request);
  const now = () => deps.clock.now();
  return {
    articles: deps.articles,
    tags: deps.tags,
    users: deps.accounts.users,
    markdown: deps.markdown,
    changes: deps.changes,
    now,
    revisions: editorial.revisions,
    previews: editorial.previews,
    timezone: () => siteTimezone(deps),
    audit: (e) =>
      deps.accounts.audit.record(
        {
          actorId: actor.id,
          actorName: actor.name,
          action: e.action,
          target: `article:${e.articleId}`,
          details: e.details,
          ip: actor.ip,
        },
        now(),
      ),
  };
}

/** The site's IANA timezone from the settings. */
export async function siteTimezone(deps: Pick<AdminDeps, 'settings'>): Promise<string> {
  return parseSettings(await deps.settings.readAll()).timezone;
}

/** Throws the AppError matching an EditorialError (anything else is rethrown as it is). */
export function rethrowAsHttp(err: unknown): never {
  if (err instanceof EditorialError) throw new AppError(err.code, err.message, { cause: err });
  throw err;
}

/** Formats ISO instants for the admin on the site's clock ("2 Mar 2026, 02:30 GMT+5"). */
export function timeFormatter(timeZone: string, ui?: AdminT): FormatIsoDate {
  // English admin dates stay day-month-year ('en-GB'); other languages write theirs.
  const language = !ui || ui.locale === 'en' ? 'en-GB' : ui.lang;
  return dateFormatter({ language, timeZone, withTime: true, style: 'medium' });
}

/** timeFormatter in the site's current timezone setting. */
export async function siteTimeFormatter(
  deps: Pick<AdminDeps, 'settings'>,
  ui?: AdminT,
): Promise<FormatIsoDate> {
  return timeFormatter(await siteTimezone(deps), ui);
}

/** The permission to open the list and editor of a kind. */
export function listPermission(kind: ArticleKind): Permission {
  return kind === 'page' ? 'pages.manage' : 'posts.write';
}

/** A positive integer route parameter, or 404. */
export function idParam(raw: string): number {
  return recordIdParam(raw, 'There is no such article.');
}
