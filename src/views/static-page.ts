// Standalone pages such as About and Privacy: title, body and optional trusted extras.
import { type Html, html } from './html.ts';
import { articleBodyHtml } from './article-body.ts';
import { langAttr } from './lang-attr.ts';
import { renderLayout } from './layout.ts';
import { translatorFor } from '../i18n/index.ts';
import { renderLanguageSwitcher } from './language-switcher.ts';
import type { StaticPageProps } from './types.ts';

/** A static page as a complete document. */
export function renderStaticPage(p: StaticPageProps): Html {
  const language = p.meta.language || p.site.language;
  const switcher = p.translations
    ? renderLanguageSwitcher(p.translations, translatorFor(p.site.language), language)
    : html``;
  const main = html`<article class="article article--page" ${langAttr(p.page.language, language)}>
    <header class="article-header">
      <h1 class="article-title">${p.page.title}</h1>
      ${switcher}
    </header>
    <div class="article-body prose">${articleBodyHtml(p.page)}</div>
    ${p.extraHtml}
  </article>`;
  return renderLayout({ site: p.site, meta: p.meta, main, pageClass: 'page-static' });
}
