// The masthead: site title (or logo), tagline and the main navigation with search.
import { html } from 'ghtml';
import { renderSearchForm } from './search-form.ts';
import type { SiteView } from './types.ts';
import { tagPath } from './urls.ts';

const NAV_TAGS = 5;

function navItem(href: string, label: string, currentPath: string): string {
  const current = currentPath === href || (href !== '/' && currentPath.startsWith(`${href}/`));
  return current
    ? html`<li><a href="${href}" aria-current="page">${label}</a></li>`
    : html`<li><a href="${href}">${label}</a></li>`;
}

/** `<header>` with the masthead and `<nav aria-label="Main">`; `currentPath` marks the current item. */
export function renderSiteHeader(site: SiteView, currentPath: string, langAttribute = ''): string {
  const brand = site.logo
    ? html`<img class="site-logo" src="${site.logo}" alt="${site.title}" />`
    : html`${site.title}`;
  const items = [
    navItem('/', 'Home', currentPath),
    ...site.navTags.slice(0, NAV_TAGS).map((tag) => navItem(tagPath(tag.slug), tag.name, currentPath)),
    navItem('/archive', 'Archive', currentPath),
    navItem('/about', 'About', currentPath),
  ];
  const tagline = site.tagline ? html`<p class="site-tagline">${site.tagline}</p>` : '';
  return html`<header class="site-header" !${langAttribute}>
    <div class="container masthead">
      <p class="site-title"><a href="/" rel="home">!${brand}</a></p>
      !${tagline}
    </div>
    <nav class="site-nav" aria-label="Main">
      <div class="container site-nav-inner">
        <ul class="nav-list">
          !${items}
        </ul>
        !${renderSearchForm({ id: 'site-search', landmarkLabel: 'Site', variant: 'compact' })}
      </div>
    </nav>
  </header>`;
}
