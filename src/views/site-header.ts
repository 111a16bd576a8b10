// The masthead: site title (or logo), tagline and the main navigation with search.
import { EMPTY_HTML, html, type Html } from './html.ts';
import { renderSearchForm } from './search-form.ts';
import type { SiteChromeProps } from './types.ts';
import { tagPath } from './urls.ts';

const NAV_TAGS = 5;

function navItem(href: string, label: string, currentPath: string): Html {
  const current = currentPath === href || (href !== '/' && currentPath.startsWith(`${href}/`));
  return current
    ? html`<li><a href="${href}" aria-current="page">${label}</a></li>`
    : html`<li><a href="${href}">${label}</a></li>`;
}

/** `<header>` with the masthead and `<nav aria-label="${ui.t('nav.label')}">`; `currentPath` marks the current item. */
export function renderSiteHeader({ site, ui, currentPath, langAttribute }: SiteChromeProps): Html {
  const brand = site.logo
    ? html`<img class="site-logo" src="${site.logo}" alt="${site.title}" />`
    : html`${site.title}`;
  const items = [
    navItem('/', ui.t('nav.home'), currentPath),
    ...site.navTags.slice(0, NAV_TAGS).map((tag) => navItem(tagPath(tag.slug), tag.name, currentPath)),
    navItem('/archive', ui.t('nav.archive'), currentPath),
    navItem('/about', ui.t('nav.about'), currentPath),
  ];
  const tagline = site.tagline ? html`<p class="site-tagline">${site.tagline}</p>` : EMPTY_HTML;
  return html`<header class="site-header" ${langAttribute}>
    <div class="container masthead">
      <p class="site-title"><a href="/" rel="home">${brand}</a></p>
      ${tagline}
    </div>
    <nav class="site-nav" aria-label="${ui.t('nav.label')}">
      <div class="container site-nav-inner">
        <ul class="nav-list">
          ${items}
        </ul>
        ${renderSearchForm(ui, { id: 'site-search', landmarkLabel: ui.t('search.siteLandmark'), variant: 'compact' })}
      </div>
    </nav>
  </header>`;
}
