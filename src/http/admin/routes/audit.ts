// The audit log viewer (owner only).
import { parseRecordId } from '../../../kernel/record-id.ts';
import { siteTimeFormatter } from './editor-support.ts';
import { auditMain } from '../../../views/admin/audit-page.ts';
import type { AdminRouteModule } from '../context.ts';
import { requirePermission } from '../guards.ts';
import { sendAdminPage } from '../render.ts';

const PER_PAGE = 50;

/** Registers GET /admin/audit?user=&action=&page=. */
export const auditRoutes: AdminRouteModule = async (app, { deps }) => {
  app.get('/audit', { preHandler: requirePermission('audit.view') }, async (request, reply) => {
    const q = (request.query ?? {}) as Record<string, unknown>;
    const userId = String(parseRecordId(q.user) ?? '');
    const action = typeof q.action === 'string' && /^[a-z0-9_.-]{1,64}$/.test(q.action) ? q.action : '';
    const page = typeof q.page === 'string' && /^\d{1,6}$/.test(q.page) ? Math.max(1, Number(q.page)) : 1;
    const audit = deps.accounts.audit;
    const [list, users, actions] = await Promise.all([
      audit.list({
        actorId: userId ? Number(userId) : undefined,
        action: action || undefined,
        limit: PER_PAGE,
        offset: (page - 1) * PER_PAGE,
      }),
      deps.accounts.users.list(),
      audit.actions(),
    ]);
    const pageUrl = (n: number) => {
      const params = new URLSearchParams();
      if (userId) params.set('user', userId);
      if (action) params.set('action', action);
      if (n > 1) params.set('page', String(n));
      const s = params.toString();
      return `/admin/audit${s ? `?${s}` : ''}`;
    };
    return sendAdminPage(request, reply, {
      title: request.admin.ui.t('nav.audit'),
      section: 'audit',
      main: auditMain({
        ui: request.admin.ui,
        entries: list.items,
        users: users.map((u) => ({ id: u.id, name: u.name })),
        actions,
        filter: { userId, action },
        page,
        totalPages: Math.ceil(list.total / PER_PAGE),
        total: list.total,
        pageUrl,
        formatTime: await siteTimeFormatter(deps, request.admin.ui),
      }),
    });
  });
};
