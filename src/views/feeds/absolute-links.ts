// Feed readers show content away from the page it came from: every link and image in it must be
// absolute. Site paths (`/media/…`) get the site's address; fragments (footnotes `#fn1`, their
// back-references) get the page's own URL; srcset candidates are rewritten one by one.

/** The absolute form of one URL found in a page at `pageUrl` on the site at `siteUrl`. */
function absolute(url: string, siteUrl: string, pageUrl: string): string {
  if (url.startsWith('#')) return `${pageUrl}${url}`;
  if (url.startsWith('/') && !url.startsWith('//')) return `${siteUrl}${url}`;
  return url;
}

/**
 * `html` (our own rendered Markdown or comment text: attributes always double-quoted) with its
 * href, src and srcset URLs made absolute.
 */
export function absolutizeHtml(html: string, siteUrl: string, pageUrl: string): string {
  return html
    .replace(
      /(\s(?:href|src))="([^"]*)"/g,
      (_m, attr: string, url: string) => `${attr}="${absolute(url, siteUrl, pageUrl)}"`,
    )
    .replace(/(\ssrcset)="([^"]*)"/g, (_m, attr: string, list: string) => {
      const candidates = list.split(',').map((c) => {
        const [url = '', ...descriptor] = c.trim().split(/\s+/);
        return [absolute(url, siteUrl, pageUrl), ...descriptor].join(' ');
      });
      return `${attr}="${candidates.join(', ')}"`;
    });
}
