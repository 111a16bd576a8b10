// The page admission control answers with when the server is too busy (503): a small document
// of its own, not the site's layout (rendering that would cost the work the refusal saves; it
// needs no stylesheet, feeds or navigation). Made once per language (http/refusal-page.ts).
import type { Translator } from '../i18n/index.ts';
import { type Html, html } from './html.ts';
import { textDirection } from './lang-attr.ts';

/** The "busy, try again" page in the interface language of `ui`. */
export function renderBusyPage(ui: Translator): Html {
  const heading = ui.t('error.heading.503');
  return html`<!doctype html>
    <html lang="${ui.lang}" dir="${textDirection(ui.lang)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${heading}</title>
      </head>
      <body>
        <main>
          <h1>${heading}</h1>
          <p>${ui.t('error.message.UNAVAILABLE')}</p>
        </main>
      </body>
    </html>`;
}
