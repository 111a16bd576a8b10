// Catalog messages inside markup: the message's own text is escaped, while values that are
// markup we rendered ourselves (a link, a <time>) and the message's rich-text tags
// (`<link>…</link>`) come out as written. Plain text goes through `ui.t` and ghtml instead.
import type { MessageKey, Translator } from '../i18n/index.ts';
import { escapeHtml } from './escape-html.ts';

/** Markup from our own templates, passed into a message as an argument value. */
export interface Markup {
  readonly markup: string;
}

/** Wraps template output so a message keeps it as markup. */
export const markup = (html: string): Markup => ({ markup: html });

/** What a rich-text tag of the message becomes: its inner HTML wrapped in our markup. */
export type TagRenderer = (innerHtml: string) => string;

const toHtml = (chunk: string | Markup): string =>
  typeof chunk === 'string' ? escapeHtml(chunk) : chunk.markup;

/** The message `key` as HTML (text escaped, `Markup` values and tag output as written). */
export function messageHtml<K extends string = MessageKey>(
  ui: Translator<K>,
  key: K,
  values: Record<string, string | number | Markup>,
  tags: Record<string, TagRenderer> = {},
): string {
  const all: Record<string, string | number | Markup | ((chunks: (string | Markup)[]) => Markup)> = {
    ...values,
  };
  for (const [name, render] of Object.entries(tags))
    all[name] = (chunks) => markup(render(chunks.map(toHtml).join('')));
  return ui.parts<Markup>(key, all).map(toHtml).join('');
}
