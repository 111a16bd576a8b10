// Kysely table types: the shape of every table, shared by SQLite and PostgreSQL.
// Timestamps are ISO 8601 UTC strings and booleans are 0/1 integers in both databases, so
// repositories never branch on the dialect.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  SpamApiKeysTable,
  SpamApiUsageTable,
  SpamDiscardsTable,
  SpamDomainsTable,
  SpamFingerprintsTable,
  SpamListsTable,
  SpamModelTable,
  SpamNetworkReportsTable,
  SpamSourcesTable,
  SpamUpstreamReportsTable,
  SpamVerdictsTable,
} from './spam-schema.ts';

export type * from './spam-schema.ts';

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  slug: string;
  bio: string;
  role: string;
  status: string;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
  deactivated_at: Generated<string | null>;
  /** JSON object of notification preferences (see src/users/user.ts). */
  notification_prefs: Generated<string>;
  /** The admin's language this user chose (an admin catalog's tag); NULL: the site's language. */
  admin_language: Generated<string | null>;
}

export interface ArticlesTable {
  id: Generated<number>;
  kind: string;
  title: string;
  slug: string;
  excerpt: string;
  body_md: string;
  body_html: string;
  /** Plain text of the body (reading time, snippets); '' until computed. */
  body_text: Generated<string>;
  status: string;
  author_id: number;
  language: string;
  feature_image: string | null;
  feature_image_alt: string | null;
  seo_title: string | null;
  seo_description: string | null;
  comments_open: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  last_editor_id: Generated<number | null>;
  /** 1 when the excerpt is the automatic one (recomputed from the body on every save). */
  excerpt_auto: Generated<number>;
  /**
   * Key shared by an article and its translations (a translation group), or null; at most one
   * article per language in a group (unique index, migration 020).
   */
  translation_group: Generated<string | null>;
  /** The permanent feed id when one is stored (see content/feed-id.ts), else NULL. */
  feed_id: Generated<string | null>;
}

/** Slugs articles had before (kept by a trigger, migration 011): the old address answers 301. */
export interface ArticleSlugsTable {
  kind: string;
  slug: string;
  article_id: number;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  position: number;
  /** The article's published_at while it is a published post, else NULL (set by triggers). */
  published_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
  ended_reason: string | null;
  flash: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: number;
  attempted_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_id: number | null;
  actor_name: string;
  action: string;
  target: string;
  details: string;
  ip: string;
  created_at: string;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  article_version: number;
  autosave: number;
  editor_id: number | null;
  title: string;
  body_md: string;
  /** JSON of the other editable fields. */
  fields: string;
  created_at: string;
}

export interface PreviewTokensTable {
  id: Generated<number>;
  article_id: number;
  token_hash: string;
  created_by: number | null;
  created_at: string;
  revoked_at: string | null;
}

export interface MediaTable {
  id: Generated<number>;
  hash: string;
  original_name: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  /** JSON list of generated files. */
  variants: string;
  uploaded_by: number | null;
  created_at: string;
}

export interface CommentsTable {
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  type: string;
  status: string;
  author_name: string;
  author_email: string;
  author_url: string | null;
  author_user_id: number | null;
  ip: string | null;
  user_agent: string | null;
  content: string;
  dedupe_key: string | null;
  /** JSON array of the reasons the initial status was decided. */
  reasons: Generated<string>;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
}

export interface CommentStatusHistoryTable {
  id: Generated<number>;
  comment_id: number;
  from_status: string | null;
  to_status: string;
  actor_user_id: number | null;
  actor_name: string;
  note: Generated<string>;
  created_at: string;
}

export interface CommentSubscriptionsTable {
  id: Generated<number>;
  comment_id: number;
  email: string;
  token_hash: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

export interface MailOutboxTable {
  id: Generated<number>;
  kind: string;
  to_address: string;
  to_name: Generated<string>;
  subject: string;
  text_body: string;
  /** JSON object of extra headers (List-Unsubscribe…). */
  headers: Generated<string>;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** The comment this mail quotes (its author's data), for erasure and the retention purge. */
  comment_id: Generated<number | null>;
}

export interface PrivacyRequestsTable {
  id: Generated<number>;
  email: string;
  kind: string;
  remove_text: Generated<number>;
  token_hash: string;
  created_at: string;
  expires_at: string;
  completed_at: string | null;
}

export interface JobRunsTable {
  name: string;
  locked_until: string | null;
  last_run_at: string | null;
}

export interface ImportMapTable {
  id: Generated<number>;
  kind: string;
  source_key: string;
  target_id: number;
  created_at: string;
}

export interface RedirectsTable {
  id: Generated<number>;
  from_path: string;
  to_path: string;
  created_at: string;
}

export interface RateLimitsTable {
  bucket: string;
  hits: number;
  window_ends_at: string;
}

/** Change keys published by one process of a SQLite site for the others (sqlite-change-bus.ts). */
export interface ChangeLogTable {
  id: Generated<number>;
  /** The publishing process (its bus's random id), which skips its own rows. */
  origin: string;
  /** JSON array of change keys. */
  keys: string;
  created_at: string;
}

/** Every table Kysely knows about. FTS tables are reached only through db/dialect.ts. */
export interface Database {
  users: UsersTable;
  articles: ArticlesTable;
  tags: TagsTable;
  article_tags: ArticleTagsTable;
  article_slugs: ArticleSlugsTable;
  settings: SettingsTable;
  comments: CommentsTable;
  comment_status_history: CommentStatusHistoryTable;
  comment_subscriptions: CommentSubscriptionsTable;
  mail_outbox: MailOutboxTable;
  privacy_requests: PrivacyRequestsTable;
  job_runs: JobRunsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  article_revisions: ArticleRevisionsTable;
  preview_tokens: PreviewTokensTable;
  media: MediaTable;
  import_map: ImportMapTable;
  redirects: RedirectsTable;
  spam_model: SpamModelTable;
  spam_sources: SpamSourcesTable;
  spam_verdicts: SpamVerdictsTable;
  spam_upstream_reports: SpamUpstreamReportsTable;
  spam_network_reports: SpamNetworkReportsTable;
  spam_discards: SpamDiscardsTable;
  spam_domains: SpamDomainsTable;
  spam_fingerprints: SpamFingerprintsTable;
  spam_api_keys: SpamApiKeysTable;
  spam_api_usage: SpamApiUsageTable;
  rate_limits: RateLimitsTable;
  change_log: ChangeLogTable;
  spam_lists: SpamListsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleRowUpdate = Updateable<ArticlesTable>;
export type TagRow = Selectable<TagsTable>;
export type CommentRow = Selectable<CommentsTable>;
