// What admin templates receive. Like the public views, they are pure functions of plain objects.
import type { AdminMessageKey, Translator } from '../../i18n/index.ts';
import type { Role } from '../../users/user.ts';

/** The admin's interface text in the signed-in user's language (`ui.t('nav.posts')`). */
export type AdminT = Translator<AdminMessageKey>;

/** Sections of the admin navigation (other features add pages under these). */
export type AdminSection =
  | 'dashboard'
  | 'posts'
  | 'pages'
  | 'comments'
  | 'spam'
  | 'users'
  | 'settings'
  | 'audit'
  | 'import-export'
  | 'profile';

/** One item of the admin navigation. */
export interface AdminNavItem {
  section: AdminSection;
  label: string;
  href: string;
}

/** A one-time message shown at the top of the next page. */
export interface Flash {
  kind: 'success' | 'error' | 'info';
  text: string;
  /** A button beside the message that posts `fields` to `href` (e.g. "Undo"). */
  action?: FlashAction;
}

/** A one-button form offered with a flash message. */
export interface FlashAction {
  href: string;
  label: string;
  fields: Array<[string, string]>;
}

/** The chrome around every admin page. */
export interface AdminChrome {
  /** The admin's language. */
  ui: AdminT;
  siteTitle: string;
  /** Fingerprinted stylesheet URLs (the site theme, then the admin additions). */
  stylesheets: string[];
  /** Signed-in user, or null on the login and setup pages. */
  user: { name: string; role: Role } | null;
  nav: AdminNavItem[];
  csrfToken: string;
  flash: Flash | null;
}
