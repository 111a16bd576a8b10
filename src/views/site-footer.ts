// The footer: the site's footer text, links to About, Privacy and the feeds, and the copyright.
import { EMPTY_HTML, html, type Html } from './html.ts';
import type { SiteChromeProps } from './types.ts';

/** `<footer>` with `<nav aria-label="${ui.t('footer.label')}">`. */
export function renderSiteFooter({ site, ui, langAttribute }: SiteChromeProps): Html {
  const text = site.footerText ? html`<p class="footer-text">${site.footerText}</p>` : EMPTY_HTML;
  return html`<footer class="site-footer" ${langAttribute}>
    <div class="container footer-inner">
      ${text}
      <nav class="footer-nav" aria-label="${ui.t('footer.label')}">
        <ul class="footer-links">
          <li><a href="/about">${ui.t('footer.about')}</a></li>
          <li><a href="/privacy">${ui.t('footer.privacy')}</a></li>
          <li><a href="/feed.xml" type="application/rss+xml">${ui.t('footer.rss')}</a></li>
          <li><a href="/atom.xml" type="application/atom+xml">${ui.t('footer.atom')}</a></li>
          <li><a href="/feed.json" type="application/feed+json">${ui.t('footer.jsonFeed')}</a></li>
        </ul>
      </nav>
      <p class="copyright">${ui.t('footer.copyright', { year: String(site.year), site: site.title })}</p>
    </div>
  </footer>`;
}
