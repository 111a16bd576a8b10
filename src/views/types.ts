// What every page template receives. Views are pure functions from these plain objects to HTML
// (views/html.ts: the html tag escapes every interpolation that is not Html); they know nothing of HTTP or SQL.
import type { Article, ArticleSummary, Author, Tag } from '../content/article.ts';
import type { TagWithCount } from '../content/tag-repo.ts';
import type { SnippetPart } from '../content/search-text.ts';
import type { Translator } from '../i18n/index.ts';
import type { DateStyle } from './format-date.ts';
import type { Html } from './html.ts';
import type { SerializedJsonLdList } from './json-ld.ts';

/** Site-wide facts shown in the layout. */
export interface SiteView {
  title: string;
  tagline: string;
  description: string;
  /** BCP 47 language of the site (the `lang` of pages that aren't an article). */
  language: string;
  /** Absolute base URL without trailing slash, e.g. `https://news.example.org`. */
  siteUrl: string;
  footerText: string;
  logo: string | null;
  /** Absolute URL of the publisher logo drawn when no logo is set (schema.org publisher). */
  defaultLogo?: string;
  /** The default share image setting (an address or site path), or null for generated cards. */
  shareImage?: string | null;
  /** Tags for the navigation bar (most used first). */
  navTags: TagWithCount[];
  /**
   * Fingerprinted asset URLs, e.g. `/assets/theme.3f2a1c.css`: `css` is the theme's stylesheet
   * (the public pages'), `stockCss` the stock one the admin builds on (the same file unless a
   * theme changes the stylesheet).
   */
  assets: { css: string; js: string; stockCss: string };
  /** The site theme's views (views/theme.ts): the public pages draw their layout, header, footer, article and cards through it. */
  theme: ThemeViews;
  /** Year shown in the footer copyright. */
  year: number;
  /** How dates are written (the date-format setting); long when absent. */
  dateStyle?: 'long' | 'medium' | 'short' | 'iso';
  /** The site's IANA timezone (the timezone setting): dates for people are on its wall clock. */
  timeZone?: string;
}

/** A feed offered through `<link rel="alternate">`. */
export interface FeedLink {
  href: string;
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  title: string;
}

/** Head metadata of one page. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonicalUrl: string;
  language: string;
  /**
   * `<link rel="alternate" hreflang>` targets of a page in several languages (itself included,
   * and `x-default`); absent: the page's own language alone.
   */
  alternates?: Array<{ hreflang: string; href: string }>;
  ogType: 'website' | 'article' | 'profile';
  /** Absolute image URL for Open Graph / Twitter cards. */
  image?: string;
  /** Absolute image URLs for a NewsArticle's `image` (the feature image, or cards in 3 shapes). */
  images?: string[];
  /** JSON-LD objects, serialised safely into `<script type="application/ld+json">`. */
  jsonLd: object[];
  feeds: FeedLink[];
  /** `noindex` for search results and error pages. */
  noindex?: boolean;
  /** Article times for Open Graph `article:*` tags. */
  publishedTime?: string;
  modifiedTime?: string;
}

/** Links between pages of a listing (`null` when there is none). */
export interface Pagination {
  page: number;
  totalPages: number;
  previousUrl: string | null;
  nextUrl: string | null;
}

/** Home page: latest posts. */
export interface HomeProps {
  site: SiteView;
  meta: PageMeta;
  items: ArticleSummary[];
  pagination: Pagination;
}

/** Article page. `commentsHtml` is the already-rendered comment section (trusted HTML). */
export interface ArticleProps {
  site: SiteView;
  meta: PageMeta;
  article: Article;
  readingMinutes: number;
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
  related: ArticleSummary[];
  commentsHtml: Html;
  /** Approved comment count and their schema.org `Comment` objects (for the NewsArticle). */
  comments?: { count: number; jsonLd: SerializedJsonLdList };
  /** The article's public translations (switcher, JSON-LD); null or absent: none. */
  translations?: ArticleTranslations | null;
}

/** Tag, author and monthly archive listings. */
export interface ListingProps {
  site: SiteView;
  meta: PageMeta;
  kind: 'tag' | 'author' | 'archive';
  heading: string;
  /** Plain-text introduction (tag description, author bio, or month summary). */
  intro: string;
  items: ArticleSummary[];
  pagination: Pagination;
  tag?: Tag;
  author?: Author;
  /** For archive pages: all months with counts, to navigate between them. */
  months?: { month: string; count: number }[];
  /** For archive pages: the `YYYY-MM` being listed (marked current even on the bare `/archive`). */
  currentMonth?: string;
  /** For archive pages of a language's front door: the path of a month's page. */
  monthPath?: (month: string) => string;
}

/** One search result with its highlighted snippet. */
export interface SearchResult {
  article: ArticleSummary;
  snippet: SnippetPart[];
}

/** Search page (also shown empty, with just the form). */
export interface SearchProps {
  site: SiteView;
  meta: PageMeta;
  query: string;
  results: SearchResult[];
  total: number;
  pagination: Pagination;
  /** Where the search form searches: a language's front door searches its own posts. */
  action?: string;
}

/** A static page (About, Privacy…). */
export interface StaticPageProps {
  site: SiteView;
  meta: PageMeta;
  page: Article;
  /** The page's public translations (switcher, hreflang, JSON-LD), or null/absent for none. */
  translations?: ArticleTranslations | null;
  /** Trusted HTML placed after the page body (e.g. privacy-request forms added by later features). */
  extraHtml?: Html;
}

/** 404, 400 and 500 pages, in the site's layout. */
export interface ErrorProps {
  site: SiteView;
  meta: PageMeta;
  status: number;
  heading: string;
  message: string;
  /** Pre-fills the search box on the 404 page. */
  query?: string;
}

/** One version of a story: the article or one of its public translations. */
export interface StoryVersion {
  id: number;
  language: string;
  title: string;
  /** Site path of its page. */
  path: string;
  publishedAt: string | null;
}

/** What an article page shows of its translations. */
export interface ArticleTranslations {
  /** Every version (the article itself marked `current`), by language tag. */
  versions: Array<StoryVersion & { url: string; current: boolean }>;
  /** `<link rel="alternate" hreflang>` targets: each version, then `x-default`. */
  alternates: Array<{ hreflang: string; href: string }>;
  /**
   * The original: the version published first. It names the others as `workTranslation`, the
   * others name it as `translationOfWork`.
   */
  originalId: number;
}

/** Open Graph `article:*` facts for article pages. */
export interface OgArticle {
  /** Absolute URL of the author page. */
  authorUrl: string;
  tags: string[];
  section?: string;
}

/** What a page hands the layout: its `<main>` content (trusted HTML from our templates) and head extras. */
export interface LayoutInput {
  site: SiteView;
  meta: PageMeta;
  main: Html;
  /** JSON-LD built by the page (placed before `meta.jsonLd`). */
  jsonLd?: object[];
  ogArticle?: OgArticle;
  /** Class on `<body>` naming the page type, e.g. `page-article`. */
  pageClass: string;
}

/** What the site header and footer receive: the site, its interface's translator, and the page around them. */
export interface SiteChromeProps {
  site: SiteView;
  ui: Translator;
  /** Path of the page (the header marks its navigation item as current). */
  currentPath: string;
  /** `lang` attribute when the interface's language differs from the page's (else empty). */
  langAttribute: Html;
}

/** How a card is drawn: `lead` is the large first story, `compact` has no image or tags. */
export type CardVariant = 'lead' | 'default' | 'compact';

/** Options of a card: the interface's translator, the language around it, heading level and look. */
export interface CardOptions {
  ui: Translator;
  /** The language of the card's container (titles in another language are marked). */
  language: string;
  headingLevel?: 2 | 3;
  variant?: CardVariant;
  dateStyle?: DateStyle;
  /** The site's timezone (dates are shown on its wall clock). */
  timeZone?: string;
}

/** One article's card in a listing, home page, search results' neighbours or related stories. */
export interface ArticleCardProps extends CardOptions {
  item: ArticleSummary;
}

/**
 * The views a theme may replace (views/theme.ts), each a pure function from its props to markup.
 * Pages reach them through `site.theme`, so an override applies on every page that uses the part.
 */
export interface ThemeViews {
  /** The document shell of every public page: head, skip link, header, `<main>`, footer. */
  layout(input: LayoutInput): Html;
  siteHeader(props: SiteChromeProps): Html;
  siteFooter(props: SiteChromeProps): Html;
  /** The article page (its comment section arrives rendered, in `commentsHtml`). */
  article(props: ArticleProps): Html;
  /** One article's card (home, listings, front doors, related stories). */
  articleCard(props: ArticleCardProps): Html;
}
