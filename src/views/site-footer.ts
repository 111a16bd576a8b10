// The footer: the site's footer text, links to About, Privacy and the feeds, and the copyright.
import { html } from 'ghtml';
import type { SiteView } from './types.ts';

/** `<footer>` with `<nav aria-label="Footer">`. */
export function renderSiteFooter(site: SiteView, langAttribute = ''): string {
  const text = site.footerText ? html`<p class="footer-text">${site.footerText}</p>` : '';
  return html`<footer class="site-footer" !${langAttribute}>
    <div class="container footer-inner">
      !${text}
      <nav class="footer-nav" aria-label="Footer">
        <ul class="footer-links">
          <li><a href="/about">About</a></li>
          <li><a href="/privacy">Privacy</a></li>
          <li><a href="/feed.xml" type="application/rss+xml">RSS feed</a></li>
          <li><a href="/atom.xml" type="application/atom+xml">Atom feed</a></li>
          <li><a href="/feed.json" type="application/feed+json">JSON Feed</a></li>
        </ul>
      </nav>
      <p class="copyright">© ${site.year} ${site.title}</p>
    </div>
  </footer>`;
}
