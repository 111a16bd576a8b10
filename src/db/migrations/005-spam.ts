// Spam defense storage: the site model (a delta over the built-in one), per-source learning
// counters (the poisoning budget), verdicts with their reasons, daily discard counts, link domains
// seen in spam, recent SimHash fingerprints, and Akismet-compatible API keys with monthly usage.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates the spam tables. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // One row (id 1); `version` grows with every learned decision so instances can compare.
  await db.schema
    .createTable('spam_model')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('delta', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // `ip:1.2.3.4` or `net:1.2.3.0/24`: how many model updates each source already contributed.
  await db.schema
    .createTable('spam_sources')
    .addColumn('source_key', 'text', (c) => c.primaryKey())
    .addColumn('updates', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('spam_verdicts'))
    // Akismet's X-akismet-guid, also given to verdicts of our own form.
    .addColumn('guid', 'text', (c) => c.notNull().unique())
    .addColumn('comment_id', 'integer')
    .addColumn('api_key_id', 'integer')
    .addColumn('fingerprint_id', 'integer')
    // 'form' | 'api'
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('shadow', 'integer', (c) => c.notNull())
    .addColumn('is_test', 'integer', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('signals', 'text', (c) => c.notNull())
    // The scored input (JSON), kept so submit-spam/submit-ham and moderators can teach the model.
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    // What a moderator or API client said later: 'spam' | 'ham' (null until then).
    .addColumn('correction', 'text')
    .addColumn('corrected_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('spam_verdicts_comment').on('spam_verdicts').column('comment_id').execute();
  await db.schema.createIndex('spam_verdicts_hash').on('spam_verdicts').column('content_hash').execute();
  await db.schema.createIndex('spam_verdicts_created').on('spam_verdicts').column('created_at').execute();

  await db.schema
    .createTable('spam_discards')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('spam_domains')
    .addColumn('domain', 'text', (c) => c.primaryKey())
    .addColumn('spam_count', 'integer', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .execute();

  // Recent comments' fingerprints: near-duplicates, bursts and links across the site.
  await dialect
    .addIdColumn(db.schema.createTable('spam_fingerprints'))
    .addColumn('simhash', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('network', 'text')
    .addColumn('email', 'text')
    // The article id, or the Akismet permalink.
    .addColumn('article_key', 'text')
    // Link domains in the comment, space separated with a leading and trailing space.
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('spam_fingerprints_ip')
    .on('spam_fingerprints')
    .columns(['ip', 'created_at'])
    .execute();
  await db.schema
    .createIndex('spam_fingerprints_network')
    .on('spam_fingerprints')
    .columns(['network', 'created_at'])
    .execute();
  await db.schema
    .createIndex('spam_fingerprints_email')
    .on('spam_fingerprints')
    .columns(['email', 'verdict'])
    .execute();
  await db.schema
    .createIndex('spam_fingerprints_created')
    .on('spam_fingerprints')
    .column('created_at')
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('spam_api_keys'))
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    // First characters of the key, to recognise it in lists.
    .addColumn('key_prefix', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('site_url', 'text')
    // Requests per minute.
    .addColumn('rate_limit', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('spam_api_usage')
    .addColumn('key_id', 'integer', (c) => c.notNull())
    // `YYYY-MM`
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('calls', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('spam_api_usage_pk', ['key_id', 'month'])
    .execute();
}
