// An article and its public translations as the page shows them: the switcher's entries, the
// head's hreflang alternates (with x-default), and the NewsArticle's translation links. Pure.
import type { ArticleTranslations, SiteView, StoryVersion } from './types.ts';
import { absoluteUrl } from './urls.ts';

const byPublication = (a: StoryVersion, b: StoryVersion) =>
  (a.publishedAt ?? '') < (b.publishedAt ?? '')
    ? -1
    : (a.publishedAt ?? '') > (b.publishedAt ?? '')
      ? 1
      : a.id - b.id;

/**
 * The translations block of `self`'s page, or null when it has no public translation. The
 * x-default is the version in the site's language, else the original; every version of the
 * story computes the same alternates, as hreflang requires.
 */
export function articleTranslations(
  site: Pick<SiteView, 'siteUrl' | 'language'>,
  self: StoryVersion,
  others: StoryVersion[],
): ArticleTranslations | null {
  if (others.length === 0) return null;
  const all = [self, ...others];
  const versions = all
    .map((v) => ({ ...v, url: absoluteUrl(site, v.path), current: v.id === self.id }))
    .sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : a.id - b.id));
  const original = [...all].sort(byPublication)[0]!;
  const home =
    versions.find((v) => v.language.toLowerCase() === site.language.toLowerCase()) ??
    versions.find((v) => v.id === original.id)!;
  return {
    versions,
    alternates: [
      ...versions.map((v) => ({ hreflang: v.language, href: v.url })),
      { hreflang: 'x-default', href: home.url },
    ],
    originalId: original.id,
  };
}

/** The NewsArticle properties linking the versions (schema.org CreativeWork translations). */
export function translationJsonLd(t: ArticleTranslations): object {
  const ref = (v: ArticleTranslations['versions'][number]) => ({
    '@type': 'NewsArticle',
    url: v.url,
    headline: v.title,
    inLanguage: v.language,
  });
  const current = t.versions.find((v) => v.current);
  if (current?.id === t.originalId) {
    return { workTranslation: t.versions.filter((v) => !v.current).map(ref) };
  }
  const original = t.versions.find((v) => v.id === t.originalId);
  return original ? { translationOfWork: ref(original) } : {};
}
