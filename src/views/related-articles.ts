// "Related articles" under an article: compact cards of stories sharing its tags.
import { EMPTY_HTML, html, type Html } from './html.ts';
import type { ArticleSummary } from '../content/article.ts';
import type { Translator } from '../i18n/index.ts';
import type { DateStyle } from './format-date.ts';
import type { ThemeViews } from './types.ts';

/** `<section class="related">` with an h2 and compact cards; empty when there are none. */
export function renderRelatedArticles(
  items: ArticleSummary[],
  theme: ThemeViews,
  ui: Translator,
  dates: { dateStyle?: DateStyle; timeZone?: string } = {},
  langAttribute: Html = EMPTY_HTML,
): Html {
  if (items.length === 0) return EMPTY_HTML;
  const cards = items.map((item) =>
    theme.articleCard({ item, ui, language: ui.lang, headingLevel: 3, variant: 'compact', ...dates }),
  );
  return html`<section class="related" aria-labelledby="related-heading" ${langAttribute}>
    <h2 class="section-title" id="related-heading">${ui.t('related.heading')}</h2>
    <div class="cards cards--compact">${cards}</div>
  </section>`;
}
