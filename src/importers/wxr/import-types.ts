// Ports of the import step (declared by the consumer, DESIGN.md §3.3) and its report.
import type { ArticleKind } from '../../content/index.ts';
import type { ArticleInput } from '../../content/index.ts';
import type { CommentStatus, CommentType } from '../../comments/index.ts';
import type { SpamTrainingCounts, SpamTrainingStore } from './import-spam.ts';

/** What the import map records. */
export type ImportMapKind = 'author' | 'term' | 'item' | 'comment';

/**
 * An article row as the bulk insert writes it: what an editor saves, with the original timestamps
 * required and the search text already segmented.
 */
export interface ImportedArticle extends Omit<ArticleInput, 'createdAt' | 'updatedAt'> {
  indexTitle: string;
  indexBody: string;
  createdAt: string;
  updatedAt: string;
}

/** A comment row as the bulk insert writes it (parents are set afterwards). */
export interface ImportedComment {
  articleId: number;
  type: CommentType;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  authorUserId: number | null;
  ip: string | null;
  content: string;
  createdAt: string;
}

/** The storage operations one batch uses; every call of a batch runs in one transaction. */
export interface ImportStore extends SpamTrainingStore {
  mappedIds(kind: ImportMapKind, keys: string[]): Promise<Map<string, number>>;
  addMappings(kind: ImportMapKind, entries: Array<{ key: string; id: number }>, now: Date): Promise<void>;
  findUserId(by: { email?: string; slug?: string; id?: number }): Promise<number | null>;
  userSlugTaken(slug: string): Promise<boolean>;
  createContributor(user: { email: string; name: string; slug: string }, now: Date): Promise<number>;
  findTagId(slug: string): Promise<number | null>;
  createTag(tag: { slug: string; name: string; description: string }): Promise<number>;
  /** Which of `slugs` are already used by articles of `kind`. */
  takenSlugs(kind: ArticleKind, slugs: string[]): Promise<Set<string>>;
  /**
   * Which (translation group, language) places of `groups` articles already hold, as
   * `group|language` with the language in lower case: a group has one article per language.
   */
  takenTranslationSlots(groups: string[]): Promise<Set<string>>;
  /** Inserts articles with their tags and search entries; ids in the order given. */
  insertArticles(rows: ImportedArticle[]): Promise<number[]>;
  /** Inserts comments without parents; ids in the order given. */
  insertComments(rows: ImportedComment[]): Promise<number[]>;
  setCommentParents(pairs: Array<{ id: number; parentId: number }>): Promise<void>;
  addRedirects(entries: Array<{ from: string; to: string }>, now: Date): Promise<void>;
}

/** A store that can run a batch atomically. */
export interface TransactionalImportStore extends ImportStore {
  transaction<T>(fn: (store: ImportStore) => Promise<T>): Promise<T>;
}

/** Counts of one kind of record. */
export interface KindCounts {
  imported: number;
  skipped: number;
  failed: number;
}

/** One record that could not be imported. */
export interface ImportFailure {
  kind: string;
  line: number;
  title: string;
  reason: string;
}

/** One remark for the operator (password-protected post held as a draft, odd entity…). */
export interface ImportWarning {
  line: number;
  message: string;
}

/** Everything the import did, for the CLI and the admin. */
export interface ImportReport {
  dryRun: boolean;
  counts: Record<
    'authors' | 'tags' | 'posts' | 'pages' | 'comments' | 'attachments' | 'redirects',
    KindCounts
  >;
  failures: ImportFailure[];
  warnings: ImportWarning[];
  /** Shortcode name → number of items it was left visible in. */
  unknownShortcodes: Record<string, number>;
  /** Attachment URLs in the file (capped) and whether their files were imported. */
  attachments: Array<{ url: string; imported: boolean }>;
  mediaImported: boolean;
  notes: string[];
  /** What `--train-spam` taught the site spam model (null without it). */
  spamTraining: SpamTrainingCounts | null;
  /** Set when the file is malformed: everything up to the failing batch was kept. */
  fatal: { message: string; line: number; column: number } | null;
  items: number;
  seconds: number;
}
