// `--dry-run`: the import runs through every rule and reads the database, but writes nothing.
import type { ImportStore, TransactionalImportStore } from './import-types.ts';

/** A store that answers reads from `real` and pretends to write (negative ids). */
export function dryRunStore(real: TransactionalImportStore): TransactionalImportStore {
  let next = -1;
  const fakeIds = (n: number): number[] => Array.from({ length: n }, () => next--);
  const store: ImportStore = {
    mappedIds: (kind, keys) => real.mappedIds(kind, keys),
    addMappings: async () => {},
    findUserId: (by) => real.findUserId(by),
    userSlugTaken: (slug) => real.userSlugTaken(slug),
    createContributor: async () => next--,
    findTagId: (slug) => real.findTagId(slug),
    createTag: async () => next--,
    takenSlugs: (kind, slugs) => real.takenSlugs(kind, slugs),
    takenTranslationSlots: (groups) => real.takenTranslationSlots(groups),
    insertArticles: async (rows) => fakeIds(rows.length),
    insertComments: async (rows) => fakeIds(rows.length),
    setCommentParents: async () => {},
    addRedirects: async () => {},
    // A dry run does not train the spam model.
    loadSpamModel: () => real.loadSpamModel(),
    spamModelVersion: () => real.spamModelVersion(),
    saveSpamModel: async () => 0,
    spamSourceUpdates: (keys) => real.spamSourceUpdates(keys),
    addSpamSourceUpdates: async () => {},
  };
  return { ...store, transaction: (fn) => fn(store) };
}
