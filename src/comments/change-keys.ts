// Change keys for comments (the vocabulary of src/content/change-keys.ts, extended): pages,
// counts and feeds that show an article's approved comments depend on `comments:<id>`; the
// site-wide comment feed depends on `comments`.

/** Keys naming approved comments. */
export const commentKey = {
  /** The approved comments of one article (its page, its count in listings, its comment feed). */
  article: (articleId: number) => `comments:${articleId}`,
  /** Approved comments anywhere (the site-wide comment feed). */
  all: 'comments',
} as const;

/** Keys to publish when an article's approved comments change. */
export function commentChangeKeys(articleId: number): string[] {
  return [commentKey.article(articleId), commentKey.all];
}
