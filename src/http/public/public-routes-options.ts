// What the public pages are registered with: the app's dependencies, the page cache and the
// per-request site view. Its own module so routes.ts and language-routes.ts both import it
// without importing each other.
import type { PageCache } from '../page-cache.ts';
import type { AppDeps } from '../deps.ts';
import type { SiteViewProvider } from '../site-view.ts';

export interface PublicRoutesOptions {
  deps: AppDeps;
  cache: PageCache;
  site: SiteViewProvider;
}
