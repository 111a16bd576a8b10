// The moderation console's list and decisions: GET /comments (the queue, most likely spam first
// when pending), POST /comments/bulk (one or many decisions), /comments/undo (take them back) and
// /comments/spam-above (every pending comment at or above a spam probability). Each handler parses
// its input, calls the decision helpers and answers JSON (the console's script) or redirects.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { CommentStatus } from '../../../comments/comment.ts';
import { isCommentStatus } from '../../../comments/comment.ts';
import { isModerationAction } from '../../../comments/moderation.ts';
import { parseUndoToken } from '../../../comments/undo-moderation.ts';
import { AppError } from '../../../kernel/app-error.ts';
import { parseRecordId, parseRecordIds } from '../../../kernel/record-id.ts';
import { can } from '../../../users/permissions.ts';
import { REASON_CODES, verdictView } from '../../../views/admin/comments/spam-verdict.ts';
import { type ConsoleSort, renderConsolePage } from '../../../views/admin/comments/console-page.ts';
import { queryRecord } from '../../shared/params.ts';
import { wantsJson } from '../../shared/wants-json.ts';
import type { AdminDeps } from '../context.ts';
import { currentUser } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';
import {
  answerDecisions,
  consoleDecisions,
  decisionMessage,
  formValue,
  formValues,
  MAX_DECISIONS,
  safeBack,
} from './comment-decisions.ts';
import { siteTimeFormatter } from './editor-support.ts';

const PER_PAGE = 20;
/** "Mark all above X% as spam" starts at this threshold. */
const SWEEP_DEFAULT = 90;

type Feature = AdminDeps['comments'];

/** Only comments on the user's own articles unless they moderate every comment. */
export const moderationScope = (request: FastifyRequest) => {
  const user = currentUser(request);
  return can(user, 'comments.moderateAll') ? {} : { articleAuthorId: user.id };
};

/** The console's query string: status, sort, filters and page. */
function parseConsoleQuery(query: unknown) {
  const q = queryRecord(query);
  const status: CommentStatus = isCommentStatus(q.status) ? q.status : 'pending';
  const sort: ConsoleSort =
    q.sort === 'newest' || q.sort === 'spam' ? q.sort : status === 'pending' ? 'spam' : 'newest';
  const filters = {
    article: String(parseRecordId(q.article) ?? ''),
    author: (q.author ?? '').slice(0, 100),
    email: (q.email ?? '').slice(0, 254),
    ip: (q.ip ?? '').slice(0, 64),
    q: (q.q ?? '').slice(0, 200),
    reason: REASON_CODES.includes(q.reason ?? '') ? q.reason! : '',
  };
  const page = /^[1-9][0-9]{0,5}$/.test(q.page ?? '') ? Number(q.page) : 1;
  return { status, sort, filters, page };
}

type ConsoleQuery = ReturnType<typeof parseConsoleQuery>;

/** The console URL for these settings (defaults left out). */
function consoleUrl(c: ConsoleQuery, changes: Partial<Pick<ConsoleQuery, 'page' | 'sort'>> = {}): string {
  const page = changes.page ?? c.page;
  const sort = changes.sort ?? c.sort;
  const sp = new URLSearchParams({ status: c.status });
  if (sort !== (c.status === 'pending' ? 'spam' : 'newest')) sp.set('sort', sort);
  for (const [k, v] of Object.entries(c.filters)) if (v) sp.set(k, v);
  if (page > 1) sp.set('page', String(page));
  return `/admin/comments?${sp.toString()}`;
}

/** The repository filter for these settings. */
function whereOf(request: FastifyRequest, f: ConsoleQuery['filters']) {
  return {
    ...moderationScope(request),
    ...(f.article ? { articleId: Number(f.article) } : {}),
    ...(f.author ? { author: f.author } : {}),
    ...(f.email ? { email: f.email } : {}),
    ...(f.ip ? { ip: f.ip } : {}),
    ...(f.q ? { search: f.q } : {}),
    ...(f.reason ? { spamReason: f.reason } : {}),
  };
}

/** GET /comments: the queue. */
async function showConsole(
  deps: AdminDeps,
  scriptPath: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const feature: Feature = deps.comments;
  const c = parseConsoleQuery(request.query);
  const where = whereOf(request, c.filters);
  const order = c.sort === 'spam' ? 'spam-score' : 'newest';
  const [found, counts, above, outbox] = await Promise.all([
    feature.moderation.list({
      ...where,
      status: c.status,
      order,
      limit: PER_PAGE,
      offset: (c.page - 1) * PER_PAGE,
    }),
    feature.moderation.countByStatus(where),
    feature.moderation.countByStatus({ ...moderationScope(request), minScore: SWEEP_DEFAULT / 100 }),
    feature.outbox.countByStatus(),
  ]);
  const [verdicts, history] = await Promise.all([
    deps.spam.verdicts.findByComments(found.items.map((i) => i.id)),
    feature.moderation.countsByEmail(found.items.map((i) => i.authorEmail)),
  ]);
  return sendAdminPage(request, reply, {
    title: request.admin.ui.t('nav.comments'),
    section: 'comments',
    main: renderConsolePage({
      ui: request.admin.ui,
      csrfToken: request.admin.csrfToken,
      status: c.status,
      sort: c.sort,
      counts,
      filters: c.filters,
      items: found.items.map((i) => ({
        ...i,
        bodyHtml: feature.text.toHtml(i.content),
        spam: verdictView(verdicts.get(i.id)),
        history: history.get(i.authorEmail.trim().toLowerCase()) ?? { approved: 0, spam: 0 },
      })),
      reasonCodes: REASON_CODES,
      formatTime: await siteTimeFormatter(deps, request.admin.ui),
      page: c.page,
      totalPages: Math.max(1, Math.ceil(found.total / PER_PAGE)),
      pageUrl: (page) => consoleUrl(c, { page }),
      sortUrl: (sort) => consoleUrl(c, { sort, page: 1 }),
      back: consoleUrl(c),
      sweep: { threshold: SWEEP_DEFAULT, pendingAbove: above.pending },
      outbox: {
        waiting: outbox.pending ?? 0,
        failed: outbox.failed ?? 0,
        smtpConfigured: feature.transport !== null,
      },
      scriptPath,
    }),
  });
}

/** Registers the console's list and decision routes (paths under /admin). */
export function registerConsoleRoutes(
  app: FastifyInstance,
  deps: AdminDeps,
  guard: { preHandler: preHandlerAsyncHookHandler },
  scriptPath: string,
): void {
  const decisions = consoleDecisions(deps, deps.comments);

  app.get('/comments', guard, (request, reply) => showConsole(deps, scriptPath, request, reply));

  app.post('/comments/bulk', guard, async (request, reply) => {
    const single = formValue(request.body, 'single');
    const [idText, singleAction] = single ? single.split(':') : [];
    const action = single ? singleAction : formValue(request.body, 'action');
    const ids = parseRecordIds(single ? [idText ?? ''] : formValues(request.body, 'ids'));
    const back = safeBack(formValue(request.body, 'back'));
    if (!isModerationAction(action)) throw new AppError('BAD_REQUEST', 'Unknown action.');
    if (ids.length === 0 && !wantsJson(request)) {
      await setFlash(request, 'error', request.admin.ui.t('comments.selectFirst'));
      return redirectAfterPost(reply, back);
    }
    const { done, refused } = await decisions.decide(request, ids, action);
    const message = decisionMessage(request.admin.ui, action, done.length, refused);
    const deleted = done.some((d) => d.to === 'deleted' && back === `/admin/comments/${d.id}`);
    return answerDecisions(request, reply, { done, refused, message }, deleted ? '/admin/comments' : back);
  });

  app.post('/comments/spam-above', guard, async (request, reply) => {
    const percent = Number(formValue(request.body, 'threshold'));
    if (!Number.isInteger(percent) || percent < 1 || percent > 100)
      throw new AppError('BAD_REQUEST', 'The threshold is a whole percentage from 1 to 100.', {
        field: 'threshold',
      });
    const back = safeBack(formValue(request.body, 'back'));
    const found = await deps.comments.moderation.list({
      ...moderationScope(request),
      status: 'pending',
      minScore: percent / 100,
      order: 'spam-score',
      limit: MAX_DECISIONS,
      offset: 0,
    });
    const { done, refused } = await decisions.decide(
      request,
      found.items.map((i) => i.id),
      'spam',
    );
    const message = decisionMessage(request.admin.ui, 'spam', done.length, refused, percent);
    return answerDecisions(request, reply, { done, refused, message }, back);
  });

  app.post('/comments/undo', guard, async (request, reply) => {
    const tokens = formValues(request.body, 'undo').flatMap((t) => parseUndoToken(t) ?? []);
    const back = safeBack(formValue(request.body, 'back'));
    const { undone, conflicts } = await decisions.undo(request, tokens);
    const message = request.admin.ui.t('comments.undone', { undone: undone.length, conflicts });
    if (wantsJson(request)) return reply.send({ undone, conflicts, message });
    await setFlash(request, conflicts && undone.length === 0 ? 'error' : 'success', message);
    return redirectAfterPost(reply, back);
  });
}
