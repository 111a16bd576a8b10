// URL slugs from titles: Cyrillic transliterated, Chinese romanised to pinyin, ASCII kebab-case.
import { createRequire } from 'node:module';
import type * as Transliteration from 'transliteration';

type Slugify = typeof Transliteration.slugify;
let slugifyImpl: Slugify | undefined;

// transliteration carries large Chinese tables (~12 MB in memory): load it on the first slug,
// which a reader-only server never needs.
function slugify(...args: Parameters<Slugify>): string {
  slugifyImpl ??= (createRequire(import.meta.url)('transliteration') as typeof Transliteration).slugify;
  return slugifyImpl(...args);
}

/** A slug for `title`, at most 80 characters; 'untitled' when nothing usable remains. */
export function slugFromTitle(title: string): string {
  const slug = slugify(title.normalize('NFKC'), { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (!slug) return 'untitled';
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** The first of `base`, `base-2`, `base-3`… for which `taken` is false. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

/** True when `slug` is a well-formed slug (what the router accepts). */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 200;
}
