// Public API of the views: one pure render function per page, and the theme assets.
export { renderHome } from './home-page.ts';
export { renderLanguageHome } from './language-home-page.ts';
export { renderArticle, renderArticleParts } from './article-page.ts';
export { type HtmlParts, joinParts } from './html-parts.ts';
export { renderListing } from './listing-page.ts';
export { renderSearch } from './search-page.ts';
export { renderStaticPage } from './static-page.ts';
export { renderError } from './error-page.ts';
export { themeCss, siteJs } from './assets.ts';
