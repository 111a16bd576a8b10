// The translations an article page shows (switcher, hreflang alternates, JSON-LD) and the change
// keys that page depends on for them: the article's own translations key (a link or unlink) and
// every member of its group, public or not yet (a translation published, renamed or moved).
import { type Article, articlePath } from '../../content/article.ts';
import { changeKey } from '../../content/change-keys.ts';
import { type TranslationMember, visibleTranslations } from '../../content/translation.ts';
import { articleTranslations } from '../../views/translation-links.ts';
import type { ArticleTranslations } from '../../views/types.ts';
import type { SiteView } from '../../views/types.ts';
import type { AppDeps } from '../deps.ts';

const version = (
  a: Pick<TranslationMember, 'id' | 'kind' | 'slug' | 'language' | 'title' | 'publishedAt'>,
) => ({
  id: a.id,
  language: a.language,
  title: a.title,
  path: articlePath(a),
  publishedAt: a.publishedAt,
});

/** The translations block of `article`'s page (null: none public) and the keys it depends on. */
export async function loadArticleTranslations(
  deps: Pick<AppDeps, 'translations'>,
  site: SiteView,
  article: Article,
  now: Date,
): Promise<{ translations: ArticleTranslations | null; deps: string[] }> {
  const group = article.translationGroup
    ? await deps.translations.membersOfGroup(article.translationGroup)
    : [];
  const others = visibleTranslations(article.id, group, now);
  return {
    translations: articleTranslations(site, version(article), others.map(version)),
    deps: [
      changeKey.translations(article.id),
      ...group.filter((m) => m.id !== article.id).map((m) => changeKey.article(m.id)),
    ],
  };
}
