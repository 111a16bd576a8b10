// Catalog messages inside markup: the message's own text is escaped, while values that are
// markup we rendered ourselves (a link, a <time>, as Html) and the message's rich-text tags
// (`<link>…</link>`) come out as written. Plain text goes through `ui.t` and the html tag instead.
import type { MessageKey, Translator } from '../i18n/index.ts';
import { type Html, html } from './html.ts';

/** What a rich-text tag of the message becomes: its inner markup wrapped in our markup. */
export type TagRenderer = (inner: Html) => Html;

/** The message `key` as markup (text escaped, Html values and tag output as written). */
export function messageHtml<K extends string = MessageKey>(
  ui: Translator<K>,
  key: K,
  values: Record<string, string | number | Html>,
  tags: Record<string, TagRenderer> = {},
): Html {
  const all: Record<string, string | number | Html | ((chunks: (string | Html)[]) => Html)> = {
    ...values,
  };
  for (const [name, render] of Object.entries(tags)) all[name] = (chunks) => render(html`${chunks}`);
  return html`${ui.parts<Html>(key, all)}`;
}
