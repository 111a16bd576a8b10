// Addresses of the generated share images. Each carries a hash of the text it shows, so an
// address always means the same picture (cached for a year) and a new headline gets a new one.
import { createHash } from 'node:crypto';
import type { CardShape } from '../../media/share-card.ts';

/** The card shapes NewsArticle lists, widest first (og:image takes the first). */
export const SHARE_SHAPES: readonly CardShape[] = ['16x9', '4x3', '1x1'];

/** Bumped when the drawing changes, so every cached picture is drawn anew. */
const DESIGN_VERSION = '1';

/** The hash of the texts a picture shows. */
export function textHash(...texts: string[]): string {
  return createHash('sha256')
    .update([DESIGN_VERSION, ...texts].join('\n'))
    .digest('hex')
    .slice(0, 12);
}

/** What the site-wide pictures show. */
export interface ShareSite {
  title: string;
  tagline: string;
  siteUrl: string;
}

/** The host written at the bottom of a card. */
export const hostOf = (site: Pick<ShareSite, 'siteUrl'>): string => new URL(site.siteUrl).host;

/** Path of an article's card. */
export function articleCardPath(
  site: ShareSite,
  article: { id: number; title: string },
  shape: CardShape,
): string {
  return `/share/article-${article.id}-${shape}.${textHash(article.title, site.title, hostOf(site))}.png`;
}

/** Path of the site's own card (home, listings): its tagline under its name. */
export function siteCardPath(site: ShareSite, shape: CardShape): string {
  return `/share/site-${shape}.${textHash(site.tagline || site.title, site.title, hostOf(site))}.png`;
}

/** Path of the default publisher logo (a monogram of the site's name). */
export function logoPath(site: Pick<ShareSite, 'title'>): string {
  return `/share/logo.${textHash(site.title)}.png`;
}
