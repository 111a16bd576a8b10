// The language switcher of an article page: the story's versions, each named in its own language
// and marked with its language (`lang` for its name, `hreflang` for the page it opens); the one
// being read is not a link.
import { html } from 'ghtml';
import { langAttr } from './lang-attr.ts';
import { languageName, multilingualText } from './multilingual-text.ts';
import type { ArticleTranslations } from './translation-links.ts';

/** The switcher; `uiLanguage` is the interface's, `outer` the language of what surrounds it. */
export function renderLanguageSwitcher(t: ArticleTranslations, uiLanguage: string, outer: string): string {
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
    !${langAttr(uiLanguage, outer)}
  >
    <span class="language-switcher-label" id="language-switcher-label">${multilingualText.switcher}</span>
    <ul class="language-switcher-list">
      !${items}
    </ul>
  </nav>`;
}
