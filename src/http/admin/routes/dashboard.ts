// The dashboard at /admin: what needs this user now (dashboard-figures.ts reads it), each figure
// a link to the filtered list.
import { canCreate } from '../../../content/workflow.ts';
import { dashboardMain, type DashboardList } from '../../../views/admin/dashboard-page.ts';
import type { AdminT } from '../../../views/admin/types.ts';
import type { AdminRouteModule } from '../context.ts';
import { currentUser } from '../guards.ts';
import { sendAdminPage } from '../render.ts';
import { type DashboardFigures, loadDashboard, type StoryList } from './dashboard-figures.ts';
import { siteTimeFormatter } from './editor-support.ts';

const STATUSES = ['draft', 'review', 'scheduled', 'published', 'trash'] as const;

const stories = (list: StoryList, href: string, when: 'published' | 'updated'): DashboardList => ({
  total: list.total,
  href,
  items: list.items.map((s) => ({
    id: s.id,
    title: s.title,
    authorName: s.authorName,
    when: (when === 'published' ? s.publishedAt : null) ?? s.updatedAt,
  })),
});

const postCounts = (f: DashboardFigures, ui: AdminT) =>
  STATUSES.map((status) => ({
    status,
    label: ui.t(`dashboard.count.${status}`),
    count: Number(f.postCounts[status] ?? 0),
    href: `/admin/posts?status=${status}`,
  }));

/** Registers GET /admin. */
export const dashboardRoutes: AdminRouteModule = async (app, { deps }) => {
  app.get('/', async (request, reply) => {
    const user = currentUser(request);
    const now = deps.clock.now();
    const f = await loadDashboard(deps, user, now);
    const { ui } = request.admin;
    return sendAdminPage(request, reply, {
      title: ui.t('dashboard.title'),
      section: 'dashboard',
      main: dashboardMain({
        ui,
        userName: user.name,
        writeHref: canCreate(user, 'post') ? '/admin/posts/new' : null,
        ownPostsOnly: f.ownPostsOnly,
        counts: postCounts(f, ui),
        review: stories(f.review, '/admin/posts?status=review', 'updated'),
        scheduled: stories(f.scheduled, '/admin/posts?status=scheduled', 'published'),
        drafts: stories(f.drafts, `/admin/posts?status=draft&author=${user.id}`, 'updated'),
        comments: f.comments && { ...f.comments, href: '/admin/comments?status=pending' },
        spam: f.spam && { ...f.spam, href: '/admin/comments?status=spam' },
        now: now.toISOString(),
        formatTime: await siteTimeFormatter(deps, request.admin.ui),
        csrfToken: request.admin.csrfToken,
      }),
    });
  });
};
