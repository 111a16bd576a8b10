// The upstream spam service (SPAM_UPSTREAM_URL): each verdict records what the upstream answered
// (or that it timed out, failed, or was rested) and the upstream's guid for the check, and the
// reports of moderators' decisions wait in an outbox until the upstream has them (sent by a job
// that claims rows, so each is sent once across instances and survives restarts).
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Adds spam_verdicts.upstream and upstream_guid, creates spam_upstream_reports. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('spam_verdicts').addColumn('upstream', 'text').execute();
  await db.schema.alterTable('spam_verdicts').addColumn('upstream_guid', 'text').execute();
  await dialect
    .addIdColumn(db.schema.createTable('spam_upstream_reports'))
    .addColumn('verdict_id', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('spam_upstream_reports_due')
    .on('spam_upstream_reports')
    .columns(['status', 'next_attempt_at'])
    .execute();
}
