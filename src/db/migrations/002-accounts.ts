// Accounts: admin sessions, login attempts (throttling), the audit log, and the user columns
// the admin needs (deactivation time, notification preferences).
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates the account and security tables. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('notification_prefs', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('sessions'))
    // SHA-256 of the cookie token: a database leak does not hand out live sessions.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    // Set instead of deleting when a session is ended for someone else (deactivation, logout
    // everywhere), so that browser gets a clear message rather than a silent logout.
    .addColumn('ended_reason', 'text')
    .addColumn('flash', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();
  await db.schema.createIndex('sessions_expires').on('sessions').columns(['expires_at']).execute();

  await dialect
    .addIdColumn(db.schema.createTable('login_attempts'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'integer', (c) => c.notNull())
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempts_email')
    .on('login_attempts')
    .columns(['email', 'attempted_at'])
    .execute();
  await db.schema
    .createIndex('login_attempts_ip')
    .on('login_attempts')
    .columns(['ip', 'attempted_at'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('audit_log'))
    // No foreign key: the record outlives the account it mentions.
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_created').on('audit_log').columns(['created_at']).execute();
  await db.schema
    .createIndex('audit_log_actor')
    .on('audit_log')
    .columns(['actor_id', 'created_at'])
    .execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'created_at']).execute();
}
