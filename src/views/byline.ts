// The byline under a headline: author, publication and update dates, reading time.
import { html } from 'ghtml';
import type { ArticleSummary } from '../content/article.ts';
import { type DateStyle, isMeaningfulUpdate, isSameDay } from './format-date.ts';
import { renderTime } from './time-element.ts';
import { authorPath } from './urls.ts';

/** Options of the byline: the UI language and, for full articles, the reading time. */
export interface BylineOptions {
  language: string;
  readingMinutes?: number;
  dateStyle?: DateStyle;
  /** The site's timezone (dates are shown on its wall clock). */
  timeZone?: string;
}

/** `<p class="byline">` with author link, `<time>` dates ("Updated …" only when it matters) and reading time. */
export function renderByline(a: ArticleSummary, options: BylineOptions): string {
  const { language, dateStyle: style, timeZone } = options;
  const published = a.publishedAt
    ? html`<span class="byline-item byline-date"
        >Published !${renderTime(a.publishedAt, { language, timeZone, style })}</span
      >`
    : '';
  const updated =
    a.publishedAt && isMeaningfulUpdate(a.publishedAt, a.updatedAt)
      ? html`<span class="byline-item byline-updated"
          >Updated
          !${renderTime(a.updatedAt, {
            language,
            timeZone,
            withTime: isSameDay(a.publishedAt, a.updatedAt, timeZone),
            style,
          })}</span
        >`
      : '';
  const reading =
    options.readingMinutes !== undefined
      ? html`<span class="byline-item byline-reading">${options.readingMinutes} min read</span>`
      : '';
  return html`<p class="byline">
    <span class="byline-item byline-author"
      >By <a href="${authorPath(a.author.slug)}" rel="author">${a.author.name}</a></span
    >!${published}!${updated}!${reading}
  </p>`;
}
