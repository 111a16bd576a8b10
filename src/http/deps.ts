// What the HTTP surfaces use: the services the composition root builds (compose/app-services.ts)
// and the comment hooks buildApp adds.
import type { AppServices } from '../compose/app-services.ts';
import type { Article } from '../content/article.ts';
import type { Html } from '../views/html.ts';
import type { HtmlParts } from '../views/html-parts.ts';
import type { SerializedJsonLdList } from '../views/json-ld.ts';

/** The parts of a request the comment section reads (query string and cookies). */
export interface CommentSectionRequest {
  query: Record<string, string>;
  cookieHeader: string | undefined;
}

/** Renders the comment section under an article; later features supply it. */
export type CommentSectionRenderer = (
  article: Article,
  request?: CommentSectionRequest,
) => Promise<{ html: HtmlParts; deps: string[]; commentCount?: number; jsonLd?: SerializedJsonLdList }>;

/** What the comments surface adds to the public pages (built by buildApp, http/comments/wire.ts). */
export interface CommentPageHooks {
  commentSection: CommentSectionRenderer;
  /** True when the reader's cookies make an article page personal (never cached or shared). */
  commentPageIsPersonal: (request: CommentSectionRequest) => boolean;
  /** Approved comment counts for listings (home, tags). */
  commentCounts: (articleIds: number[]) => Promise<Map<number, number>>;
  /** Extra HTML under a static page (the privacy page's statement and request forms). */
  staticPageExtras: (slug: string) => Promise<{ html: Html; deps: string[] } | null>;
}

/** Everything the HTTP surfaces use: the services of the composition root and the comment hooks. */
export type AppDeps = AppServices & CommentPageHooks;
