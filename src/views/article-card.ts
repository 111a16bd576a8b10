// A teaser of one article in listings: headline link, excerpt, author, date and tags.
import { EMPTY_HTML, html, type Html } from './html.ts';
import { CARD_IMAGE_SIZES } from '../media/media-names.ts';
import type { ArticleSummary } from '../content/article.ts';
import type { ArticleCardProps, ThemeViews } from './types.ts';
import { articlePath } from '../content/article.ts';
import type { Translator } from '../i18n/index.ts';
import { langAttr } from './lang-attr.ts';
import { srcsetAttrs } from './srcset.ts';
import { renderTagList } from './tag-list.ts';
import type { DateStyle } from './format-date.ts';
import { renderTime } from './time-element.ts';
import { authorPath } from './urls.ts';

export type { CardOptions, CardVariant } from './types.ts';

/** The stock `<article class="card">` for one summary (a theme may replace it: `site.theme.articleCard`). */
export function renderArticleCard(options: ArticleCardProps): Html {
  const { item } = options;
  const variant = options.variant ?? 'default';
  const lang = langAttr(item.language, options.language);
  const href = articlePath(item);
  const title = html`<a class="card-link" href="${href}">${item.title}</a>`;
  const heading =
    options.headingLevel === 3
      ? html`<h3 class="card-title" ${lang}>${title}</h3>`
      : html`<h2 class="card-title" ${lang}>${title}</h2>`;
  const image =
    item.featureImage && variant !== 'compact'
      ? html`<img
          class="card-image"
          src="${item.featureImage.src}"
          alt="${item.featureImage.alt}"
          ${srcsetAttrs(item.featureImage.src, CARD_IMAGE_SIZES)}
          loading="lazy"
          decoding="async"
        />`
      : EMPTY_HTML;
  const excerpt = item.excerpt ? html`<p class="card-excerpt" ${lang}>${item.excerpt}</p>` : EMPTY_HTML;
  const date = item.publishedAt
    ? renderTime(item.publishedAt, {
        language: options.ui.lang,
        timeZone: options.timeZone,
        style: options.dateStyle,
      })
    : EMPTY_HTML;
  const comments =
    item.commentCount !== undefined && item.commentCount > 0
      ? html`<a class="card-comments" href="${href}#comments"
          >${options.ui.t('card.comments', { count: item.commentCount })}</a
        >`
      : EMPTY_HTML;
  const tags = variant === 'compact' ? '' : renderTagList(item.tags, { label: options.ui.t('tags.label') });
  return html`<article class="card card--${variant}">
    <div class="card-body">
      ${heading} ${excerpt}
      <p class="card-meta">
        <a href="${authorPath(item.author.slug)}">${item.author.name}</a> ${date} ${comments}
      </p>
      ${tags}
    </div>
    ${image}
  </article>`;
}

/** A list of cards (`<div class="cards">`); the first one is the lead when `lead` is set. */
export function renderCardGrid(
  items: ArticleSummary[],
  options: {
    /** The site's theme views: each card is drawn by `theme.articleCard`. */
    theme: ThemeViews;
    ui: Translator;
    language: string;
    lead?: boolean;
    headingLevel?: 2 | 3;
    dateStyle?: DateStyle;
    timeZone?: string;
  },
): Html {
  const cards = items.map((item, i) =>
    options.theme.articleCard({
      item,
      ui: options.ui,
      language: options.language,
      dateStyle: options.dateStyle,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      headingLevel: options.headingLevel ?? 2,
      variant: options.lead && i === 0 ? 'lead' : 'default',
    }),
  );
  return html`<div class="cards">${cards}</div>`;
}
