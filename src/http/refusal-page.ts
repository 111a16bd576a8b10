// The admission refusal page (admission-plugin.ts) in the site's language, without costing a
// refused request anything: each language's page is rendered once, and the current one is
// picked when the site's settings change, never while refusing.
import { changeKey } from '../content/change-keys.ts';
import type { ChangeBus } from '../db/change-bus.ts';
import { SOURCE_LOCALE, translatorFor } from '../i18n/index.ts';
import { renderBusyPage } from '../views/busy-page.ts';
import type { SiteViewProvider } from './site-view.ts';

/** Returns the refusal page of the site's current language (English until the settings are read). */
export function createRefusalPage(
  site: Pick<SiteViewProvider, 'settings'>,
  changes: ChangeBus,
): () => string {
  const pages = new Map<string, string>();
  const pageIn = (language: string): string => {
    let page = pages.get(language);
    if (page === undefined) {
      page = String(renderBusyPage(translatorFor(language)));
      pages.set(language, page);
    }
    return page;
  };
  let current = pageIn(SOURCE_LOCALE);
  const follow = (): void => {
    site.settings().then(
      (settings) => {
        current = pageIn(settings.language);
      },
      // Unreadable settings (the database is down): the page stays in the language it was.
      () => {},
    );
  };
  changes.subscribe((keys) => {
    if (keys.includes(changeKey.settings)) follow();
  });
  follow();
  return () => current;
}
