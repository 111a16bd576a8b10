// Links to the per-language front doors (/lang/<tag>/): each language named in itself, with
// `lang` and `hreflang`, the current one marked. Shown by the article switcher and the front doors.
import { EMPTY_HTML, html, type Html } from './html.ts';
import { languageHomePath } from '../content/language.ts';
import { langAttr } from './lang-attr.ts';
import type { Translator } from '../i18n/index.ts';
import { languageName } from './multilingual-text.ts';

/** `<nav>` of front doors for `languages`; with `everything`, the main home ("All languages") first. */
export function renderFrontDoors(
  languages: string[],
  options: { current?: string; ui: Translator; outer: string; everything?: boolean },
): Html {
  const door = (tag: string) => {
    const path = languageHomePath(tag);
    const name = languageName(tag);
    return tag === options.current
      ? html`<li><a href="${path}" hreflang="${tag}" lang="${tag}" aria-current="page">${name}</a></li>`
      : html`<li><a href="${path}" hreflang="${tag}" lang="${tag}">${name}</a></li>`;
  };
  const all = options.everything
    ? html`<li><a href="/">${options.ui.t('translations.allLanguages')}</a></li>`
    : EMPTY_HTML;
  return html`<nav
    class="front-doors"
    aria-label="${options.ui.t('translations.frontPages')}"
    ${langAttr(options.ui.lang, options.outer)}
  >
    <span class="front-doors-label">${options.ui.t('translations.frontPages')}</span>
    <ul class="front-doors-list">
      ${all} ${languages.map(door)}
    </ul>
  </nav>`;
}
