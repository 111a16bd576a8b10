// Translation groups: articles that are translations of one story share a group key
// (`articles.translation_group`); a group holds at most one article per language, and only
// articles of one kind. The pure rules of linking and unlinking, and which translations readers
// see. Storage: translation-repo.ts; use cases: translations.ts.
import { type Article, type ArticleKind, isPublic } from './article.ts';
import { sameLanguage } from './language.ts';

/** An article as a member of a translation group. */
export interface TranslationMember {
  id: number;
  kind: ArticleKind;
  slug: string;
  title: string;
  language: string;
  status: Article['status'];
  publishedAt: string | null;
  authorId: number;
  /** The group key (null: the article has no translations). */
  group: string | null;
}

/** Why a link is refused. */
export type LinkRefusal =
  | { reason: 'same-article' }
  | { reason: 'other-kind' }
  | { reason: 'same-language'; language: string }
  | { reason: 'language-taken'; language: string; takenBy: TranslationMember };

/** What linking two articles does: every id in `move` gets `group` (null: a new key). */
export type LinkPlan =
  { ok: true; group: string | null; move: number[]; already: boolean } | ({ ok: false } & LinkRefusal);

/**
 * Plans linking `article` with `other` as translations. Each comes with the members of its group
 * (itself included; just itself when it has no group). The two groups become one: `other`'s
 * group joins `article`'s (or `article` joins `other`'s when only `other` has one), unless that
 * would put two articles of one language in it.
 */
export function planLink(
  article: TranslationMember,
  articleGroup: TranslationMember[],
  other: TranslationMember,
  otherGroup: TranslationMember[],
): LinkPlan {
  if (article.id === other.id) return { ok: false, reason: 'same-article' };
  if (article.kind !== other.kind) return { ok: false, reason: 'other-kind' };
  if (sameLanguage(article.language, other.language))
    return { ok: false, reason: 'same-language', language: other.language };
  const mine = withSelf(article, articleGroup);
  const theirs = withSelf(other, otherGroup);
  if (article.group !== null && article.group === other.group)
    return { ok: true, group: article.group, move: [], already: true };
  for (const t of theirs) {
    const taken = mine.find((m) => sameLanguage(m.language, t.language));
    if (taken) return { ok: false, reason: 'language-taken', language: t.language, takenBy: taken };
  }
  const group = article.group ?? other.group;
  const joining = article.group !== null || other.group === null ? theirs : mine;
  const move = article.group === null && other.group === null ? [...mine, ...theirs] : joining;
  return { ok: true, group, move: move.map((m) => m.id), already: false };
}

function withSelf(a: TranslationMember, group: TranslationMember[]): TranslationMember[] {
  return a.group === null ? [a] : group.some((m) => m.id === a.id) ? group : [a, ...group];
}

/**
 * What unlinking `leaving` from its group does: it leaves (`clear`), and so does the last one
 * left behind (a group of one links nothing). Null when it is in no group.
 */
export function planUnlink(leaving: TranslationMember, group: TranslationMember[]): number[] | null {
  if (leaving.group === null) return null;
  const rest = group.filter((m) => m.id !== leaving.id);
  return rest.length === 1 ? [leaving.id, rest[0]!.id] : [leaving.id];
}

/**
 * The translations readers see on an article's page: the other public members of its group,
 * ordered by language tag (a stable order for the switcher, hreflang and the sitemap).
 */
export function visibleTranslations(
  articleId: number,
  group: TranslationMember[],
  now: Date,
): TranslationMember[] {
  return group
    .filter((m) => m.id !== articleId && isPublic(m, now))
    .sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : a.id - b.id));
}
