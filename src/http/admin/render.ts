// Sending admin pages: the admin layout around a template's `<main>` content, the navigation the
// user's role allows, and the one-time flash message. Admin responses are never cached.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Html } from '../../views/html.ts';
import { sendHtml } from '../shared/send-html.ts';
import { can, type Permission } from '../../users/permissions.ts';
import type { User } from '../../users/user.ts';
import { renderAdminPage } from '../../views/admin/layout.ts';
import type { AdminNavItem, AdminSection, AdminT, Flash, FlashAction } from '../../views/admin/types.ts';

const NAV: { section: AdminSection; href: string; needs: Permission }[] = [
  { section: 'dashboard', href: '/admin', needs: 'admin.access' },
  { section: 'posts', href: '/admin/posts', needs: 'posts.write' },
  { section: 'pages', href: '/admin/pages', needs: 'pages.manage' },
  { section: 'comments', href: '/admin/comments', needs: 'comments.moderateOwn' },
  { section: 'spam', href: '/admin/spam', needs: 'comments.moderateAll' },
  { section: 'users', href: '/admin/users', needs: 'users.manage' },
  { section: 'settings', href: '/admin/settings', needs: 'settings.manage' },
  { section: 'audit', href: '/admin/audit', needs: 'audit.view' },
  { section: 'import-export', href: '/admin/import-export', needs: 'settings.manage' },
  { section: 'profile', href: '/admin/profile', needs: 'admin.access' },
];

/** The navigation items `user` may open, named in the admin's language. */
export function navFor(user: User | null, ui: AdminT): AdminNavItem[] {
  if (!user) return [];
  return NAV.filter((item) => can(user, item.needs)).map(({ section, href }) => ({
    section,
    label: ui.t(`nav.${section}`),
    href,
  }));
}

/** An admin page to send. */
export interface AdminPage {
  title: string;
  /** Which navigation item is current (null for none). */
  section: AdminSection | null;
  /** The page's `<main>` content: trusted HTML from a template in src/views/admin/. */
  main: Html;
  status?: number;
}

/** Renders `page` in the admin layout and sends it (no-store; the flash is shown once). */
export async function sendAdminPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: AdminPage,
): Promise<FastifyReply> {
  const { shell, session, user } = request.admin;
  let flash: Flash | null = null;
  if (session?.flash) {
    flash = parseFlash(session.flash);
    await shell.deps.accounts.sessions.setFlash(session.id, null);
    session.flash = null;
  }
  const settings = await shell.site.settings();
  const view = await shell.site.get();
  const body = renderAdminPage({
    chrome: {
      ui: request.admin.ui,
      siteTitle: settings.title,
      stylesheets: [view.assets.stockCss, shell.adminCssPath],
      user: user ? { name: user.name, role: user.role } : null,
      nav: navFor(user, request.admin.ui),
      csrfToken: request.admin.csrfToken,
      flash,
    },
    title: page.title,
    current: page.section,
    main: page.main,
  });
  return sendHtml(reply.code(page.status ?? 200).header('Cache-Control', 'no-store'), body);
}

/** Stores a one-time message for the next admin page this session sees (use before a redirect);
 * `text` is already in the admin's language (`request.admin.t`), the session's user's. */
export async function setFlash(
  request: FastifyRequest,
  kind: Flash['kind'],
  text: string,
  action?: FlashAction,
): Promise<void> {
  const session = request.admin.session;
  if (!session) return;
  const value = JSON.stringify(action ? { kind, text, action } : { kind, text });
  await request.admin.shell.deps.accounts.sessions.setFlash(session.id, value);
  session.flash = value;
}

function parseFlash(json: string): Flash | null {
  try {
    const v = JSON.parse(json) as Partial<Flash>;
    if ((v.kind === 'success' || v.kind === 'error' || v.kind === 'info') && typeof v.text === 'string')
      return isFlashAction(v.action)
        ? { kind: v.kind, text: v.text, action: v.action }
        : { kind: v.kind, text: v.text };
  } catch {
    // ignore a damaged value
  }
  return null;
}

function isFlashAction(v: unknown): v is FlashAction {
  const a = v as Partial<FlashAction> | null | undefined;
  return (
    typeof a?.href === 'string' &&
    a.href.startsWith('/admin/') &&
    typeof a.label === 'string' &&
    Array.isArray(a.fields) &&
    a.fields.every((f) => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string')
  );
}

/** Redirects after a successful POST (303, so the browser follows with GET). */
export function redirectAfterPost(reply: FastifyReply, to: string): FastifyReply {
  return reply.code(303).header('Cache-Control', 'no-store').redirect(to, 303);
}
