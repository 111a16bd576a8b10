// The web app manifest (W3C Web Application Manifest): the site's name, language and icons, so a
// reader who adds the site to a home screen gets its name and icon rather than a screenshot.
import type { SiteView } from '../../views/types.ts';

/** The theme's accent colour (views/assets/theme.css --color-accent), as the browser chrome's. */
const THEME_COLOR = '#a3161a';

/** The manifest as JSON-ready data. */
export function buildManifest(site: Pick<SiteView, 'title' | 'tagline' | 'language'>): object {
  const short = [...site.title].length > 12 ? [...site.title].slice(0, 12).join('').trim() : site.title;
  return {
    name: site.title,
    short_name: short,
    ...(site.tagline ? { description: site.tagline } : {}),
    lang: site.language,
    start_url: '/',
    scope: '/',
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  };
}
