// Comments: the comments themselves (threaded by parent_id), every status change, reply
// subscriptions (double opt-in), the mail outbox and privacy requests.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates the comment tables. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('comments'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer')
    .addColumn('type', 'text', (c) => c.notNull().defaultTo('comment'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('author_url', 'text')
    .addColumn('author_user_id', 'integer')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    // Same text by the same author on the same article: unique while the comment is not in
    // the trash, so a double-submitted form is stored once even under a race.
    .addColumn('dedupe_key', 'text')
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .execute();
  await db.schema.createIndex('comments_dedupe').on('comments').column('dedupe_key').unique().execute();
  await db.schema
    .createIndex('comments_article')
    .on('comments')
    .columns(['article_id', 'status', 'created_at'])
    .execute();
  await db.schema.createIndex('comments_status').on('comments').columns(['status', 'created_at']).execute();
  await db.schema
    .createIndex('comments_email')
    .on('comments')
    .columns(['author_email', 'created_at'])
    .execute();
  await db.schema.createIndex('comments_ip').on('comments').columns(['ip', 'created_at']).execute();
  await db.schema.createIndex('comments_parent').on('comments').column('parent_id').execute();

  await dialect
    .addIdColumn(db.schema.createTable('comment_status_history'))
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comment_status_history_comment')
    .on('comment_status_history')
    .columns(['comment_id', 'id'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('comment_subscriptions'))
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('unsubscribed_at', 'text')
    .execute();
  await db.schema
    .createIndex('comment_subscriptions_comment')
    .on('comment_subscriptions')
    .column('comment_id')
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('mail_outbox'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('mail_outbox_due')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('privacy_requests'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('remove_text', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();

  // Background jobs that must run once across instances (IP purge) record their last run here.
  await db.schema
    .createTable('job_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('locked_until', 'text')
    .addColumn('last_run_at', 'text')
    .execute();
}
