// The dashboard at /admin: what needs this user now (dashboard-figures.ts reads it), each figure
// a link to the filtered list.
import { canCreate } from '../../../content/workflow.ts';
import { dashboardMain, type DashboardList } from '../../../views/admin/dashboard-page.ts';
import type { AdminRouteModule } from '../context.ts';
import { currentUser } from '../guards.ts';
import { sendAdminPage } from '../render.ts';
import { type DashboardFigures, loadDashboard, type StoryList } from './dashboard-figures.ts';
import { siteTimeFormatter } from './editor-support.ts';

const STATUS_LABELS: [string, string][] = [
  ['draft', 'Drafts'],
  ['review', 'In review'],
  ['scheduled', 'Scheduled'],
  ['published', 'Published'],
  ['trash', 'In the trash'],
];

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

const postCounts = (f: DashboardFigures) =>
  STATUS_LABELS.map(([status, label]) => ({
    status,
    label,
    count: Number(f.postCounts[status] ?? 0),
    href: `/admin/posts?status=${status}`,
  }));

/** Registers GET /admin. */
export const dashboardRoutes: AdminRouteModule = async (app, { deps }) => {
  app.get('/', async (request, reply) => {
    const user = currentUser(request);
    const now = deps.clock.now();
    const f = await loadDashboard(deps, user, now);
    return sendAdminPage(request, reply, {
      title: 'Dashboard',
      section: 'dashboard',
      main: dashboardMain({
        userName: user.name,
        writeHref: canCreate(user, 'post') ? '/admin/posts/new' : null,
        ownPostsOnly: f.ownPostsOnly,
        counts: postCounts(f),
        review: stories(f.review, '/admin/posts?status=review', 'updated'),
        scheduled: stories(f.scheduled, '/admin/posts?status=scheduled', 'published'),
        drafts: stories(f.drafts, `/admin/posts?status=draft&author=${user.id}`, 'updated'),
        comments: f.comments && { ...f.comments, href: '/admin/comments?status=pending' },
        spam: f.spam && { ...f.spam, href: '/admin/comments?status=spam' },
        now: now.toISOString(),
        formatTime: await siteTimeFormatter(deps),
        csrfToken: request.admin.csrfToken,
      }),
    });
  });
};
