// Tag, author and monthly archive pages: heading, introduction, cards, pagination.
import { EMPTY_HTML, html, type Html } from './html.ts';
import { type MessageKey, translatorFor } from '../i18n/index.ts';
import { renderArchiveMonths } from './archive-months.ts';
import { renderCardGrid } from './article-card.ts';
import { renderLayout } from './layout.ts';
import { renderPagination } from './pagination.ts';
import { collectionJsonLd, personJsonLd, profileJsonLd } from './schema-org.ts';
import type { ListingProps } from './types.ts';
import { pathOf, tagFeedPath } from './urls.ts';

const KICKER: Record<ListingProps['kind'], MessageKey> = {
  tag: 'listing.kicker.tag',
  author: 'listing.kicker.author',
  archive: 'listing.kicker.archive',
};

function jsonLdFor(p: ListingProps, language: string): object[] {
  const page = { name: p.heading, description: p.intro, url: p.meta.canonicalUrl, language };
  if (p.kind === 'author' && p.author) {
    return [
      profileJsonLd(p.site, p.author, p.meta.canonicalUrl),
      collectionJsonLd(p.site, page, p.items, personJsonLd(p.site, p.author)),
    ];
  }
  const about = p.kind === 'tag' && p.tag ? { '@type': 'Thing', name: p.tag.name } : undefined;
  return [collectionJsonLd(p.site, page, p.items, about)];
}

/** A tag, author or archive listing as a complete document. */
export function renderListing(p: ListingProps): Html {
  const language = p.meta.language || p.site.language;
  const ui = translatorFor(p.site.language);
  const intro = p.intro ? html`<p class="page-intro">${p.intro}</p>` : EMPTY_HTML;
  const feed =
    p.kind === 'tag' && p.tag
      ? html`<p class="page-feed">
          <a href="${tagFeedPath(p.tag.slug)}" type="application/rss+xml"
            >${ui.t('listing.tagFeed', { tag: p.tag.name })}</a
          >
        </p>`
      : EMPTY_HTML;
  const cards =
    p.items.length > 0
      ? renderCardGrid(p.items, {
          theme: p.site.theme,
          ui,
          language,
          dateStyle: p.site.dateStyle,
          timeZone: p.site.timeZone,
        })
      : html`<div class="empty-state"><p>${ui.t('listing.empty')}</p></div>`;
  const months =
    p.kind === 'archive' && p.months
      ? renderArchiveMonths(p.months, {
          ui,
          currentPath: pathOf(p.meta.canonicalUrl),
          currentMonth: p.currentMonth,
          ...(p.monthPath ? { pathOf: p.monthPath } : {}),
        })
      : EMPTY_HTML;
  const main = html`<header class="page-header page-header--${p.kind}">
      <p class="page-kicker">${ui.t(KICKER[p.kind])}</p>
      <h1 class="page-title">${p.heading}</h1>
      ${intro} ${feed}
    </header>
    ${cards} ${renderPagination(p.pagination, ui)} ${months}`;
  return renderLayout({
    site: p.site,
    meta: p.meta,
    main,
    jsonLd: jsonLdFor(p, language),
    pageClass: `page-listing page-${p.kind}`,
  });
}
