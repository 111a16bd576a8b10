// Types shared by the admin plugin and every admin route module: what each request carries
// (`request.admin`), per-route options (`config.adminPublic`, `config.csrf`), and what route
// modules receive.
import type { FastifyInstance } from 'fastify';
import type { SessionEndReason } from '../../users/login.ts';
import type { Session } from '../../users/session-repo.ts';
import type { User } from '../../users/user.ts';
import type { AppServices } from '../../compose/app-services.ts';
import type { SiteViewProvider } from '../site-view.ts';
import type { AdminT } from '../../views/admin/types.ts';

/** Per-request admin state, set by the plugin's onRequest hook before any handler runs. */
export interface AdminState {
  /** The signed-in user (null only on routes marked `adminPublic`). */
  user: User | null;
  session: Session | null;
  /** The CSRF token to put in forms (`csrfInput(request.admin.csrfToken)`). */
  csrfToken: string;
  /** Why this browser's session ended, when its cookie no longer works (for the login notice). */
  ended: SessionEndReason | null;
  /** The admin's interface text: the user's chosen language, else the site's (else English). */
  ui: AdminT;
  /** Stylesheets and site title for the admin layout (used by sendAdminPage). */
  shell: AdminShell;
}

/** What the layout needs from the plugin. */
export interface AdminShell {
  site: SiteViewProvider;
  adminCssPath: string;
  deps: AdminDeps;
  /** Session cookies get `Secure` (SITE_URL is https). */
  secure: boolean;
  /** First-run state: true while no owner can log in. */
  setupNeeded(): Promise<boolean>;
  /** Called once the owner exists, so later requests skip the check. */
  setupDone(): void;
}

declare module 'fastify' {
  interface FastifyRequest {
    admin: AdminState;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, setup, assets). Default: login required. */
    adminPublic?: boolean;
    /** 'manual': the handler calls assertCsrfToken itself (e.g. multipart bodies). */
    csrf?: 'manual';
  }
}

/** What the admin uses: the composition root's services (no public comment-page hooks). */
export type AdminDeps = AppServices;

/** What each admin route module receives. */
export interface AdminRouteOptions {
  deps: AdminDeps;
  site: SiteViewProvider;
}

/** A module of admin routes, registered inside the admin plugin (paths relative to /admin). */
export type AdminRouteModule = (app: FastifyInstance, options: AdminRouteOptions) => Promise<void>;
