// People with accounts: authors shown on the public site and, with a password, admin users.

/** What a user may do; the rules are in permissions.ts. */
export type Role = 'owner' | 'editor' | 'author' | 'contributor';

/** Every role, most powerful first (for forms and validation). */
export const ROLES: readonly Role[] = ['owner', 'editor', 'author', 'contributor'];

/** Whether the account can sign in. */
export type UserStatus = 'active' | 'inactive';

/** What a user wants to be emailed about (read by the comments feature). */
export interface NotificationPrefs {
  /** Email me when a comment is held for moderation. */
  commentHeld: boolean;
  /** Email me when a comment on one of my posts is approved. */
  commentApprovedOnMyPost: boolean;
}

/** Preferences of an account that never chose any. */
export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = {
  commentHeld: true,
  commentApprovedOnMyPost: false,
};

/** A person credited on articles. Never carries an email: authors are shown publicly. */
export interface Author {
  id: number;
  name: string;
  slug: string;
  bio: string;
}

/** A user as the domain sees it (never with the password hash). */
export interface User {
  id: number;
  email: string;
  name: string;
  slug: string;
  bio: string;
  role: Role;
  status: UserStatus;
  createdAt: string;
  /** When the account was deactivated (null while active). */
  deactivatedAt: string | null;
  /** False for demo authors and invited users who never got a password. */
  hasPassword: boolean;
  notifications: NotificationPrefs;
  /** The admin's language this user chose (a tag), or null for the site's language. */
  adminLanguage: string | null;
}

/** Parses stored preferences, defaults filling gaps (a bad value never breaks a login). */
export function parseNotificationPrefs(json: string): NotificationPrefs {
  let raw: unknown = {};
  try {
    raw = JSON.parse(json);
  } catch {
    // keep defaults
  }
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const flag = (key: keyof NotificationPrefs): boolean =>
    typeof obj[key] === 'boolean' ? (obj[key] as boolean) : DEFAULT_NOTIFICATION_PREFS[key];
  return { commentHeld: flag('commentHeld'), commentApprovedOnMyPost: flag('commentApprovedOnMyPost') };
}

/** True for a known role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
