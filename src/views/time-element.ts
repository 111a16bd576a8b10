// The <time> element: machine-readable `datetime`, human-readable text.
import { html } from 'ghtml';
import { type DateStyle, formatDate } from './format-date.ts';

/** `<time datetime="…">4 March 2026</time>` in the given UI language. */
export function renderTime(
  iso: string,
  language: string,
  options: { withTime?: boolean; style?: DateStyle } = {},
): string {
  return html`<time datetime="${iso}">${formatDate(iso, language, options.withTime, options.style)}</time>`;
}
