// The SiteView every page shows (settings, navigation tags, asset URLs), computed once and
// recomputed after any content or settings change.
import { createHash } from 'node:crypto';
import { parseSettings, type SiteSettings } from '../settings/site-settings.ts';
import { formatDate } from '../views/format-date.ts';
import type { SiteView, ThemeViews } from '../views/types.ts';
import type { AppDeps } from './deps.ts';
import { logoPath } from './shared/share-urls.ts';

/** A fingerprinted static asset. */
export interface Asset {
  path: string;
  body: string;
  contentType: string;
}

/** Builds `/assets/<name>.<hash>.<ext>` for content, so it can be cached forever. */
export function fingerprint(name: string, ext: string, body: string, contentType: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/${name}.${hash}.${ext}`, body, contentType };
}

/** Memoised site view and settings. */
export interface SiteViewProvider {
  get(): Promise<SiteView>;
  settings(): Promise<SiteSettings>;
}

/** Creates the provider; it forgets its memo whenever the change bus reports anything. */
export function createSiteViewProvider(
  deps: AppDeps,
  assets: { css: Asset; js: Asset; stockCss: Asset },
  theme: ThemeViews,
): SiteViewProvider {
  let view: Promise<SiteView> | null = null;
  let settings: Promise<SiteSettings> | null = null;
  deps.changes.subscribe(() => {
    view = null;
    settings = null;
  });
  const loadSettings = () => (settings ??= deps.settings.readAll().then(parseSettings));
  const build = async (): Promise<SiteView> => {
    const [s, tags] = await Promise.all([loadSettings(), deps.tags.listUsed(deps.clock.now())]);
    return {
      title: s.title,
      tagline: s.tagline,
      description: s.description || s.tagline,
      language: s.language,
      siteUrl: deps.siteUrl,
      footerText: s.footerText,
      logo: s.logo,
      defaultLogo: `${deps.siteUrl}${logoPath(s)}`,
      shareImage: s.shareImage,
      navTags: tags.slice(0, 6),
      assets: { css: assets.css.path, js: assets.js.path, stockCss: assets.stockCss.path },
      theme,
      year: Number(
        formatDate(deps.clock.now().toISOString(), {
          language: 'en',
          timeZone: s.timezone,
          style: 'iso',
        }).slice(0, 4),
      ),
      dateStyle: s.dateFormat,
      timeZone: s.timezone,
    };
  };
  return {
    get: () => {
      const current = (view ??= build());
      current.catch(() => (view = null));
      return current;
    },
    settings: loadSettings,
  };
}
