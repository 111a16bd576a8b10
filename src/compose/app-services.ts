// The services the composition root builds and hands to buildApp and the CLI: every field is
// set (no optional-but-always-set fields). The HTTP layer adds its own comment-page hooks
// (http/deps.ts AppDeps).
import type { ArticleIdentityRepo } from '../content/article-identity-repo.ts';
import type { ArticleRepo } from '../content/article-repo.ts';
import type { EditorialDeps } from '../content/editorial-deps.ts';
import type { MarkdownRenderer } from '../content/markdown.ts';
import type { RedirectRepo } from '../content/redirect-repo.ts';
import type { TagRepo } from '../content/tag-repo.ts';
import type { TranslationRepo } from '../content/translation-repo.ts';
import type { ChangeBus } from '../db/change-bus.ts';
import type { WxrServices } from '../importers/wxr/wxr-services.ts';
import type { Clock } from '../kernel/clock.ts';
import type { SettingsRepo } from '../settings/settings-repo.ts';
import type { SpamFeature } from './spam.ts';
import type { AccountDeps } from '../users/account-deps.ts';
import type { UserRepo } from '../users/user-repo.ts';
import type { CommentsFeature } from './comments.ts';
import type { ThemeSource } from './theme-source.ts';

/** Everything the HTTP surfaces and the CLI commands use, built once per process. */
export interface AppServices {
  siteUrl: string;
  pageCacheEntries: number;
  /** Memory budget of the page cache, in bytes. */
  pageCacheBytes: number;
  logLevel: string;
  articles: ArticleRepo;
  /** Old slugs (301s) and stored feed ids: what keeps an article's identity across renames. */
  articleIdentity: Pick<ArticleIdentityRepo, 'movedSlug' | 'storedFeedIds'>;
  tags: TagRepo;
  /** Translation groups: which articles are translations of one story, and public languages. */
  translations: TranslationRepo;
  users: UserRepo;
  settings: SettingsRepo;
  markdown: MarkdownRenderer;
  changes: ChangeBus;
  clock: Clock;
  /** Accounts, sessions, audit log. */
  accounts: AccountDeps;
  /** The comments feature (routes, moderation console, jobs). */
  comments: CommentsFeature;
  /** Revisions, previews, media and admin lists: the editor and scheduler need them. */
  editorial: EditorialDeps;
  /** Old WordPress URLs → new paths (filled by the WXR import). */
  redirects: Pick<RedirectRepo, 'find'>;
  /** WXR import and export (the admin's owner page, the CLI). */
  wxr: WxrServices;
  /** Spam defense: scoring, learning, API keys. */
  spam: SpamFeature;
  /** The operator's theme (THEME, THEME_CSS), loaded; buildApp merges it over the stock theme. */
  theme: ThemeSource;
}
