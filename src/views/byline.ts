// The byline under a headline: author, publication and update dates, reading time.
import { EMPTY_HTML, html, type Html } from './html.ts';
import type { ArticleSummary } from '../content/article.ts';
import type { Translator } from '../i18n/index.ts';
import { type DateStyle, isMeaningfulUpdate, isSameDay } from './format-date.ts';
import { messageHtml } from './message-html.ts';
import { renderTime } from './time-element.ts';
import { authorPath } from './urls.ts';

/** Options of the byline: the interface's translator and, for full articles, the reading time. */
export interface BylineOptions {
  ui: Translator;
  readingMinutes?: number;
  dateStyle?: DateStyle;
  /** The site's timezone (dates are shown on its wall clock). */
  timeZone?: string;
}

/** `<p class="byline">` with author link, `<time>` dates ("Updated …" only when it matters) and reading time. */
export function renderByline(a: ArticleSummary, options: BylineOptions): Html {
  const { ui, dateStyle: style, timeZone } = options;
  const language = ui.lang;
  const published = a.publishedAt
    ? html`<span class="byline-item byline-date"
        >${messageHtml(ui, 'byline.published', {
          date: renderTime(a.publishedAt, { language, timeZone, style }),
        })}</span
      >`
    : EMPTY_HTML;
  const updated =
    a.publishedAt && isMeaningfulUpdate(a.publishedAt, a.updatedAt)
      ? html`<span class="byline-item byline-updated"
          >${messageHtml(ui, 'byline.updated', {
            date: renderTime(a.updatedAt, {
              language,
              timeZone,
              withTime: isSameDay(a.publishedAt, a.updatedAt, timeZone),
              style,
            }),
          })}</span
        >`
      : EMPTY_HTML;
  const reading =
    options.readingMinutes !== undefined
      ? html`<span class="byline-item byline-reading"
          >${ui.t('byline.readingTime', { minutes: options.readingMinutes })}</span
        >`
      : EMPTY_HTML;
  return html`<p class="byline">
    <span class="byline-item byline-author"
      >${messageHtml(ui, 'byline.by', {
        author: html`<a href="${authorPath(a.author.slug)}" rel="author">${a.author.name}</a>`,
      })}</span
    >${published}${updated}${reading}
  </p>`;
}
