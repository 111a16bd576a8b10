// Users in the database (Kysely, both dialects).
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.ts';
import type { Author } from '../content/article.ts';
import type { Role, User, UserStatus } from './user.ts';

/** Fields for a new user. */
export interface NewUser {
  email: string;
  name: string;
  slug: string;
  bio: string;
  role: Role;
  passwordHash: string | null;
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
  };
}
