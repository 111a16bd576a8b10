// What buildApp needs, built by the composition root (src/compose.ts) or by tests.
import type { Article } from '../content/article.ts';
import type { ArticleIdentityRepo } from '../content/article-identity-repo.ts';
import type { ArticleRepo } from '../content/article-repo.ts';
import type { MarkdownRenderer } from '../content/markdown.ts';
import type { TagRepo } from '../content/tag-repo.ts';
import type { EditorialDeps } from '../content/editorial-deps.ts';
import type { ChangeBus } from '../db/change-bus.ts';
import type { Clock } from '../kernel/clock.ts';
import type { SettingsRepo } from '../settings/settings-repo.ts';
import type { UserRepo } from '../users/user-repo.ts';
import type { AccountDeps } from '../users/account-deps.ts';
import type { CommentsFeature } from '../compose/comments.ts';
import type { RedirectLookup } from './redirects/plugin.ts';
import type { WxrAdminDeps } from './admin/routes/wxr-deps.ts';
import type { SpamFeature } from '../spam/create-spam-feature.ts';
import type { HtmlParts } from '../views/html-parts.ts';

/** The parts of a request the comment section reads (query string and cookies). */
export interface CommentSectionRequest {
  query: Record<string, string>;
  cookieHeader: string | undefined;
}

/** Renders the comment section under an article; later features supply it. */
export type CommentSectionRenderer = (
  article: Article,
  request?: CommentSectionRequest,
) => Promise<{ html: HtmlParts; deps: string[]; commentCount?: number; jsonLd?: object[] }>;

/** Everything the HTTP surfaces use. */
export interface AppDeps {
  siteUrl: string;
  pageCacheEntries: number;
  logLevel: string;
  articles: ArticleRepo;
  /** Old slugs (301s) and stored feed ids: what keeps an article's identity across renames. */
  articleIdentity: Pick<ArticleIdentityRepo, 'movedSlug' | 'storedFeedIds'>;
  tags: TagRepo;
  users: UserRepo;
  settings: SettingsRepo;
  markdown: MarkdownRenderer;
  changes: ChangeBus;
  clock: Clock;
  /** Accounts, sessions, audit log: the admin is registered only when present. */
  accounts?: AccountDeps;
  commentSection?: CommentSectionRenderer;
  /** True when the reader's cookies make an article page personal (never cached or shared). */
  commentPageIsPersonal?: (request: CommentSectionRequest) => boolean;
  /** Approved comment counts for listings (home, tags). */
  commentCounts?: (articleIds: number[]) => Promise<Map<number, number>>;
  /** Extra HTML under a static page (the privacy page's statement and request forms). */
  staticPageExtras?: (slug: string) => Promise<{ html: string; deps: string[] } | null>;
  /** The comments feature (routes, moderation console, jobs). */
  comments?: CommentsFeature;
  /** Revisions, previews, media and admin lists: the editor and scheduler need them. */
  editorial?: EditorialDeps;
  /** Old WordPress URLs → new paths (filled by the WXR import); none when absent. */
  redirects?: RedirectLookup;
  /** WXR import and export for the admin (owner only). */
  wxr?: WxrAdminDeps;
  /** Spam defense: scoring, learning, API keys (the Akismet API is registered only when present). */
  spam?: SpamFeature;
}
