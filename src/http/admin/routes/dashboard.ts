// The dashboard at /admin.
import { can } from '../../../users/permissions.ts';
import { dashboardMain } from '../../../views/admin/dashboard-page.ts';
import type { AdminRouteModule } from '../context.ts';
import { currentUser } from '../guards.ts';
import { navFor, sendAdminPage } from '../render.ts';

const STATUS_LABELS: [string, string][] = [
  ['draft', 'Drafts'],
  ['review', 'In review'],
  ['scheduled', 'Scheduled'],
  ['published', 'Published'],
  ['trash', 'In the trash'],
];

/** Registers GET /admin. */
export const dashboardRoutes: AdminRouteModule = async (app, { deps }) => {
  app.get('/', async (request, reply) => {
    const user = currentUser(request);
    const repo = deps.editorial.adminArticles;
    // People who only see their own posts get their own counts.
    const byStatus = repo
      ? await repo.countByStatus('post', can(user, 'posts.manageAll') ? undefined : user.id)
      : null;
    const counts = byStatus
      ? STATUS_LABELS.map(([status, label]) => ({
          status,
          label,
          count: Number(byStatus[status] ?? 0),
          href: `/admin/posts?status=${status}`,
        }))
      : [];
    const links = navFor(user)
      .filter((item) => item.section !== 'dashboard')
      .map((item) => ({ href: item.href, label: item.label }));
    return sendAdminPage(request, reply, {
      title: 'Dashboard',
      section: 'dashboard',
      main: dashboardMain({ userName: user.name, counts, links, csrfToken: request.admin.csrfToken }),
    });
  });
};
