// The posts/pages list with its filters, and the quick status actions (publish, unpublish,
// trash, restore, delete permanently) posted from the list or the editor.
import { z } from 'zod';
import type { ArticleKind, ArticleStatus } from '../../../content/article.ts';
import { parseRecordId } from '../../../kernel/record-id.ts';
import { applyEditorAction } from '../../../content/editor.ts';
import { EditorialError } from '../../../content/editorial-error.ts';
import { allowedActions, canCreate, type EditorialAction } from '../../../content/workflow.ts';
import { can } from '../../../users/permissions.ts';
import { articleListMain, type ListRow } from '../../../views/admin/posts/article-list-page.ts';
import { kindBase, kindPlural } from '../../../views/admin/posts/labels.ts';
import { AppError } from '../../../kernel/app-error.ts';
import type { AdminRouteModule } from '../context.ts';
import { currentUser, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';
import { editorialMessage } from '../../../views/admin/posts/editorial-messages.ts';
import {
  editorDepsFor,
  editorialOf,
  idParam,
  listPermission,
  siteTimezone,
  timeFormatter,
} from './editor-support.ts';

const PER_PAGE = 20;
const STATUSES = ['draft', 'review', 'scheduled', 'published', 'trash'] as const;

/** An id filter as the query string gives it: the id's digits, or '' for none (or not an id). */
const idFilter = z.preprocess((v) => String(parseRecordId(v) ?? ''), z.string());

const querySchema = z.object({
  status: z.enum(STATUSES).or(z.literal('')).catch(''),
  author: idFilter,
  tag: idFilter,
  q: z.string().max(200).catch(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const QUICK: EditorialAction[] = ['publish', 'unpublish', 'trash', 'restore', 'delete'];
/**
 * The quick actions that fit each status in the list: nothing re-publishes a published story
 * (its editor has "Update"), a scheduled one may go out now, only the trash offers deletion.
 */
const QUICK_BY_STATUS: Record<ArticleStatus, EditorialAction[]> = {
  draft: ['publish', 'trash'],
  review: ['publish', 'trash'],
  scheduled: ['publish', 'unpublish', 'trash'],
  published: ['unpublish', 'trash'],
  trash: ['restore', 'delete'],
};
const DONE = {
  publish: 'posts.done.publish',
  unpublish: 'posts.done.unpublish',
  trash: 'posts.done.trash',
  restore: 'posts.done.restore',
  delete: 'posts.done.delete',
} as const;

/** Registers the list and status routes of one kind. */
export function articleListRoutes(kind: ArticleKind): AdminRouteModule {
  const base = kindBase(kind).slice('/admin'.length);
  return async (app, { deps }) => {
    const guard = { preHandler: requirePermission(listPermission(kind)) };

    app.get(base, guard, async (request, reply) => {
      const user = currentUser(request);
      const editorial = editorialOf(deps);
      const q = querySchema.parse({
        status: '',
        author: '',
        tag: '',
        q: '',
        page: 1,
        ...(request.query as object),
      });
      // Contributors and authors see their own posts only.
      const seesAll = kind === 'page' || can(user, 'posts.manageAll');
      const authorId = seesAll ? (q.author ? Number(q.author) : undefined) : user.id;
      const [list, counts, users, tags, timezone] = await Promise.all([
        editorial.adminArticles.list({
          kind,
          status: (q.status || undefined) as ArticleStatus | undefined,
          authorId,
          tagId: q.tag ? Number(q.tag) : undefined,
          titleQuery: q.q,
          limit: PER_PAGE,
          offset: (q.page - 1) * PER_PAGE,
        }),
        editorial.adminArticles.countByStatus(kind, seesAll ? undefined : user.id),
        seesAll ? deps.accounts.users.list() : Promise.resolve([user]),
        editorial.adminArticles.listTags(),
        siteTimezone(deps),
      ]);
      const rows: ListRow[] = list.items.map((item) => {
        const subject = { kind, status: item.status, authorId: item.authorId };
        const actions = allowedActions(user, subject, kind);
        const fits = QUICK_BY_STATUS[item.status] ?? [];
        return { item, canEdit: actions.length > 0, actions: actions.filter((a) => fits.includes(a)) };
      });
      return sendAdminPage(request, reply, {
        title: kindPlural(request.admin.ui, kind),
        section: kind === 'page' ? 'pages' : 'posts',
        main: articleListMain({
          ui: request.admin.ui,
          kind,
          csrfToken: request.admin.csrfToken,
          rows,
          total: list.total,
          page: q.page,
          totalPages: Math.max(1, Math.ceil(list.total / PER_PAGE)),
          filters: { status: q.status, authorId: seesAll ? q.author : '', tagId: q.tag, q: q.q },
          counts,
          authors: users.map((u) => ({ id: u.id, name: u.name })),
          tags,
          canCreate: canCreate(user, kind),
          formatTime: timeFormatter(timezone, request.admin.ui),
        }),
      });
    });

    app.post<{ Params: { id: string } }>(`${base}/:id/status`, guard, async (request, reply) => {
      const user = currentUser(request);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const action = QUICK.find((a): a is keyof typeof DONE => a === body.action);
      if (!action) throw new AppError('BAD_REQUEST', 'Unknown action.');
      const id = idParam(request.params.id);
      try {
        const result = await applyEditorAction(editorDepsFor(deps, request), user, { kind, action, id });
        await setFlash(request, 'success', request.admin.ui.t(DONE[action]));
        return redirectAfterPost(
          reply,
          result.id === null ? kindBase(kind) : `${kindBase(kind)}/${String(result.id)}/edit`,
        );
      } catch (err) {
        if (err instanceof EditorialError && err.code === 'VALIDATION_FAILED') {
          // e.g. publishing a post with no body from the list: say why on the editor.
          await setFlash(request, 'error', editorialMessage(request.admin.ui, err));
          return redirectAfterPost(reply, `${kindBase(kind)}/${String(id)}/edit`);
        }
        if (err instanceof EditorialError) throw new AppError(err.code, err.message, { cause: err });
        throw err;
      }
    });
  };
}
