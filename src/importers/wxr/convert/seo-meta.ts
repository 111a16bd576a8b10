// SEO title and description from the post meta of the common WordPress SEO plugins.
import { htmlToPlainText } from './html-text.ts';

/** Meta keys per plugin, in the order we trust them. */
const SOURCES = [
  { plugin: 'yoast', title: '_yoast_wpseo_title', description: '_yoast_wpseo_metadesc' },
  { plugin: 'rank-math', title: 'rank_math_title', description: 'rank_math_description' },
  { plugin: 'aioseo', title: '_aioseo_title', description: '_aioseo_description' },
  { plugin: 'aioseo-legacy', title: '_aioseop_title', description: '_aioseop_description' },
  { plugin: 'seopress', title: '_seopress_titles_title', description: '_seopress_titles_desc' },
  { plugin: 'the-seo-framework', title: '_genesis_title', description: '_genesis_description' },
] as const;

/** What the plugins said; null fields when absent or only a template of unknown variables. */
export interface SeoMeta {
  title: string | null;
  description: string | null;
  plugin: string | null;
}

/** Values for the template variables the plugins use (%%title%%, %title%, #post_title …). */
export interface SeoContext {
  postTitle: string;
  siteTitle: string;
}

/** Fills the variables we know and drops the rest (%%var%%, %var%, #var). */
function fill(template: string, ctx: SeoContext): string {
  const known: Record<string, string> = {
    title: ctx.postTitle,
    post_title: ctx.postTitle,
    sitename: ctx.siteTitle,
    site_title: ctx.siteTitle,
    sep: '–',
    separator_sa: '–',
  };
  const text = template.replace(
    /%%([a-z_]+)%%|%([a-z_]+)%|#([a-z_]+)\b/gi,
    (_m, a?: string, b?: string, c?: string) => {
      const name = (a ?? b ?? c ?? '').toLowerCase();
      return known[name] ?? '';
    },
  );
  return htmlToPlainText(text)
    .replace(/^[\s–|-]+|[\s–|-]+$/g, '')
    .trim();
}

/** The SEO title and description set by Yoast, Rank Math, AIOSEO, SEOPress or The SEO Framework. */
export function extractSeoMeta(meta: Readonly<Record<string, string>>, ctx: SeoContext): SeoMeta {
  for (const source of SOURCES) {
    const title = fill(meta[source.title] ?? '', ctx);
    const description = fill(meta[source.description] ?? '', ctx);
    if (title !== '' || description !== '') {
      return { title: title || null, description: description || null, plugin: source.plugin };
    }
  }
  return { title: null, description: null, plugin: null };
}
