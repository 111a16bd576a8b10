// Users in the database (Kysely, both dialects).
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.ts';
import {
  type Author,
  type NotificationPrefs,
  parseNotificationPrefs,
  type Role,
  type User,
  type UserStatus,
} from './user.ts';

/** Fields for a new user. */
export interface NewUser {
  email: string;
  name: string;
  slug: string;
  bio: string;
  role: Role;
  passwordHash: string | null;
}

/** Profile fields a user edits about themselves. */
export interface ProfileUpdate {
  name: string;
  bio: string;
  notifications: NotificationPrefs;
  /** An admin catalog's tag, or null for the site's language (left as it is when absent). */
  adminLanguage?: string | null;
}

/** Kysely implementation of user storage. */
export class UserRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The author with this slug (public fields only), or null. */
  async findAuthorBySlug(slug: string): Promise<Author | null> {
    const row = await this.db
      .selectFrom('users')
      .select(['id', 'name', 'slug', 'bio'])
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ?? null;
  }

  /** The user with this email (case-insensitive), or null. */
  async findByEmail(email: string): Promise<User | null> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  /** How many users exist (0 means first-run setup). */
  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** True when another user has this slug. */
  async slugTaken(slug: string): Promise<boolean> {
    return (
      (await this.db.selectFrom('users').select('id').where('slug', '=', slug).executeTakeFirst()) !==
      undefined
    );
  }

  /** Inserts a user; returns the new id. */
  async create(user: NewUser, now: Date): Promise<number> {
    const stamp = now.toISOString();
    const row = await this.db
      .insertInto('users')
      .values({
        email: user.email.trim().toLowerCase(),
        name: user.name,
        slug: user.slug,
        bio: user.bio,
        role: user.role,
        status: 'active',
        password_hash: user.passwordHash,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** The user with this id, or null. */
  async findById(id: number): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  /** The user with this email and their password hash (null hash: cannot log in), or null. */
  async findCredentials(email: string): Promise<{ user: User; passwordHash: string | null } | null> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  }

  /** The stored password hash of a user (null when none is set). */
  async passwordHashOf(id: number): Promise<string | null> {
    const row = await this.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.password_hash ?? null;
  }

  /** Every user, accounts able to log in first, then by name. */
  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toUser);
  }

  /** How many active owners can log in (0 means first-run setup is open). */
  async countActiveOwners(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('role', '=', 'owner')
      .where('status', '=', 'active')
      .where('password_hash', 'is not', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** True when an account already uses this email. */
  async emailTaken(email: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Changes a user's role. */
  async setRole(id: number, role: Role, now: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ role, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Replaces a user's password hash. */
  async setPasswordHash(id: number, hash: string, now: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: hash, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Marks a user inactive (`now`) or active again (`null`). */
  async setDeactivated(id: number, at: Date | null, now: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        status: at ? 'inactive' : 'active',
        deactivated_at: at ? at.toISOString() : null,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Saves the fields a user edits on their profile. */
  async updateProfile(id: number, profile: ProfileUpdate, now: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        name: profile.name,
        bio: profile.bio,
        notification_prefs: JSON.stringify(profile.notifications),
        admin_language: profile.adminLanguage,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }
}

function toUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    slug: r.slug,
    bio: r.bio,
    role: r.role as Role,
    status: r.status as UserStatus,
    createdAt: r.created_at,
    deactivatedAt: r.deactivated_at,
    hasPassword: r.password_hash !== null,
    notifications: parseNotificationPrefs(r.notification_prefs),
    adminLanguage: r.admin_language ?? null,
  };
}
