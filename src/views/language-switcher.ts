// The language switcher of an article page: the story's versions, each named in its own language
// and marked with its language (`lang` for its name, `hreflang` for the page it opens); the one
// being read is not a link.
import { type Html, html } from './html.ts';
import { renderFrontDoors } from './front-doors.ts';
import { langAttr } from './lang-attr.ts';
import type { Translator } from '../i18n/index.ts';
import { languageName } from './multilingual-text.ts';
import type { ArticleTranslations } from './types.ts';

/**
 * The switcher, followed by the front doors of the story's languages; `ui` writes the interface,
 * `outer` is the language of what surrounds it.
 */
export function renderLanguageSwitcher(t: ArticleTranslations, ui: Translator, outer: string): Html {
  const items = t.versions.map((v) =>
    v.current
      ? html`<li><span lang="${v.language}" aria-current="page">${languageName(v.language)}</span></li>`
      : html`<li>
          <a href="${v.path}" hreflang="${v.language}" lang="${v.language}" title="${v.title}"
            >${languageName(v.language)}</a
          >
        </li>`,
  );
  return html`<nav
      class="language-switcher"
      aria-labelledby="language-switcher-label"
      ${langAttr(ui.lang, outer)}
    >
      <span class="language-switcher-label" id="language-switcher-label"
        >${ui.t('translations.switcher')}</span
      >
      <ul class="language-switcher-list">
        ${items}
      </ul>
    </nav>
    ${renderFrontDoors(
      t.versions.map((v) => v.language),
      { ui, outer },
    )}`;
}
