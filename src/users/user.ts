// People with accounts: authors shown on the public site and, with a password, admin users.

/** What a user may do; enforced by the admin (see the roles matrix there). */
export type Role = 'owner' | 'editor' | 'author' | 'contributor';

/** Whether the account can sign in. */
export type UserStatus = 'active' | 'inactive';

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
}
