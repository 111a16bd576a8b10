// Mail quoting a comment (the moderators' "please moderate" notice with the author's name, email,
// IP and text; "new comment on your post"; reply notifications) is a copy of its author's data.
// Each outbox row now names the comment it quotes, so erasure and the IP retention purge reach
// it; the indexes serve those lookups and erasure's by recipient address.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Adds mail_outbox.comment_id and the indexes erasure uses. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('mail_outbox').addColumn('comment_id', 'integer').execute();
  await db.schema.createIndex('mail_outbox_comment').on('mail_outbox').column('comment_id').execute();
  await db.schema
    .createIndex('mail_outbox_to')
    .on('mail_outbox')
    .expression(sql`lower(to_address)`)
    .execute();
  await db.schema.createIndex('mail_outbox_created').on('mail_outbox').column('created_at').execute();
  await db.schema
    .createIndex('comment_subscriptions_email')
    .on('comment_subscriptions')
    .column('email')
    .execute();
}
