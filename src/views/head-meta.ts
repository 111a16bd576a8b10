// The <head> metadata of a page: description, canonical, Open Graph, Twitter card, feeds, JSON-LD.
import { EMPTY_HTML, type Html, html, joinHtml } from './html.ts';
import { jsonLdHtml } from './json-ld.ts';
import type { OgArticle, PageMeta, SiteView } from './types.ts';

export type { OgArticle } from './types.ts';

const NEWLINE = html`${'\n'}`;

const LOCALE_BY_SCRIPT: Record<string, string> = { 'zh-hans': 'zh_CN', 'zh-hant': 'zh_TW' };

/** Open Graph locale (`en_GB`, `zh_CN`) from a BCP 47 tag. */
export function ogLocale(language: string): string {
  const lower = language.toLowerCase();
  const byScript = LOCALE_BY_SCRIPT[lower];
  if (byScript) return byScript;
  const [lang = 'en', region] = language.split('-');
  return region && /^[a-z]{2}$/i.test(region)
    ? `${lang.toLowerCase()}_${region.toUpperCase()}`
    : lang.toLowerCase();
}

/** The full `<title>` text: the page title followed by the site name (once). */
export function documentTitle(site: SiteView, meta: PageMeta): string {
  if (!meta.title || meta.title === site.title) return site.title;
  return meta.title.includes(site.title) ? meta.title : `${meta.title} – ${site.title}`;
}

function property(name: string, content: string | undefined): Html {
  return content ? html`<meta property="${name}" content="${content}" />` : EMPTY_HTML;
}

function named(name: string, content: string | undefined): Html {
  return content ? html`<meta name="${name}" content="${content}" />` : EMPTY_HTML;
}

/** Everything in `<head>` after charset and viewport. */
export function renderHeadMeta(
  site: SiteView,
  meta: PageMeta,
  extra: { jsonLd: object[]; ogArticle?: OgArticle },
): Html {
  const article = extra.ogArticle;
  const tags = [
    html`<title>${documentTitle(site, meta)}</title>`,
    named('description', meta.description),
    html`<link rel="canonical" href="${meta.canonicalUrl}" />`,
    ...(meta.alternates ?? [{ hreflang: meta.language, href: meta.canonicalUrl }]).map(
      (a) => html`<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}" />`,
    ),
    ...meta.feeds.map(
      (f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}" />`,
    ),
    meta.noindex ? html`<meta name="robots" content="noindex, follow" />` : EMPTY_HTML,
    property('og:site_name', site.title),
    property('og:title', meta.title || site.title),
    property('og:description', meta.description),
    property('og:url', meta.canonicalUrl),
    property('og:type', meta.ogType),
    property('og:locale', ogLocale(meta.language)),
    property('og:image', meta.image),
    property('article:published_time', meta.publishedTime),
    property('article:modified_time', meta.modifiedTime),
    property('article:author', article?.authorUrl),
    property('article:section', article?.section),
    ...(article?.tags ?? []).map((t) => property('article:tag', t)),
    named('twitter:card', meta.image ? 'summary_large_image' : 'summary'),
    named('twitter:title', meta.title || site.title),
    named('twitter:description', meta.description),
    named('twitter:image', meta.image),
    html`<link rel="stylesheet" href="${site.assets.css}" />`,
    html`<script src="${site.assets.js}" defer></script>`,
    ...extra.jsonLd.map(
      (o) =>
        html`<script type="application/ld+json">
          ${jsonLdHtml(o)}
        </script>`,
    ),
  ];
  return joinHtml(
    tags.filter((tag) => tag.text !== ''),
    NEWLINE,
  );
}
