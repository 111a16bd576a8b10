// The ordered list of migrations. Add a file `NNN-name.ts` exporting `up(db, dialect)` and
// list it here; names sort in the order they run.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import * as m001 from './001-initial.ts';
import * as m002 from './002-accounts.ts';
import * as m003 from './003-comments.ts';
import * as m004 from './004-editorial.ts';
import * as m005 from './005-spam.ts';
import * as m006 from './006-wxr-import.ts';
import * as m007 from './007-article-text.ts';
import * as m008 from './008-spam-fingerprint-indexes.ts';
import * as m009 from './009-articles-by-id-index.ts';
import * as m010 from './010-article-tags-published.ts';
import * as m011 from './011-article-identity.ts';
import * as m012 from './012-rate-limits.ts';
import * as m014 from './014-mail-about-comment.ts';
import * as m015 from './015-article-excerpt-auto-translation-group.ts';
import * as m016 from './016-change-log.ts';
import * as m017 from './017-spam-upstream.ts';
import * as m018 from './018-spam-lists.ts';
import * as m019 from './019-spam-network-reports.ts';
import * as m020 from './020-translation-groups.ts';
import * as m021 from './021-user-admin-language.ts';

/** A schema change, applied once per database. */
export interface SilkpressMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

/** Every migration by name. */
export const migrations: Record<string, SilkpressMigration> = {
  '001-initial': m001,
  '002-accounts': m002,
  '003-comments': m003,
  '004-editorial': m004,
  '005-spam': m005,
  '006-wxr-import': m006,
  '007-article-text': m007,
  '008-spam-fingerprint-indexes': m008,
  '009-articles-by-id-index': m009,
  '010-article-tags-published': m010,
  '011-article-identity': m011,
  '012-rate-limits': m012,
  '014-mail-about-comment': m014,
  '015-article-excerpt-auto-translation-group': m015,
  '016-change-log': m016,
  '017-spam-upstream': m017,
  '018-spam-lists': m018,
  '019-spam-network-reports': m019,
  '020-translation-groups': m020,
  '021-user-admin-language': m021,
};
