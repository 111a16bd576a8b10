// An item's language and translation group, as WordPress's multilingual plugins and Silkpress's
// own export write them into a WXR file, and how the export writes them back:
//
// - Silkpress: post meta `_silkpress_language` (the exact BCP 47 tag) and
//   `_silkpress_translation_group`.
// - Polylang: the `language` taxonomy (`<category domain="language" nicename="ru">` on the item;
//   the `wp:term` of that taxonomy carries the WordPress locale, e.g. `ru_RU`, in its serialised
//   description) and `post_translations` terms (`pll_…`) grouping translations.
// - WPML: post meta `_wpml_import_language_code` (WPML Export and Import), `wpml_language` or
//   `_icl_lang_code`, and `_wpml_import_translation_group`.
//
// Pure: no storage, no clock.
import { createHash } from 'node:crypto';
import type { WxrItem, WxrTerm } from '../parse/wxr-records.ts';

/** Post meta of Silkpress's own export. */
export const SILKPRESS_LANGUAGE_META = '_silkpress_language';
export const SILKPRESS_TRANSLATION_GROUP_META = '_silkpress_translation_group';
/** WPML Export and Import's post meta (read on import, written on export). */
export const WPML_LANGUAGE_META = '_wpml_import_language_code';
export const WPML_TRANSLATION_GROUP_META = '_wpml_import_translation_group';
const WPML_LANGUAGE_METAS = [WPML_LANGUAGE_META, 'wpml_language', '_icl_lang_code'] as const;

const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * A BCP 47 tag in its canonical form (`zh-hans` → `zh-Hans`, `pt-br` → `pt-BR`), or null when
 * `raw` is not one. With `locale`, `raw` is a WordPress locale (`ru_RU`, `zh_TW`, `de_DE_formal`)
 * or a channel language (`en-US`): the region is dropped where it is the language's usual one
 * (`ru_RU` → `ru`, `zh_CN` → `zh`), kept where it tells variants apart (`zh_TW` → `zh-TW`).
 */
export function languageTag(raw: string, options: { locale?: boolean } = {}): string | null {
  let text = raw.trim();
  if (options.locale) text = text.replace(/_/g, '-').split('-').slice(0, 2).join('-');
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(text)[0] ?? '';
  } catch {
    return null;
  }
  if (!TAG.test(tag)) return null;
  if (!options.locale) return tag;
  const parsed = new Intl.Locale(tag);
  if (!parsed.region) return tag;
  const base = tag.slice(0, tag.lastIndexOf('-'));
  return new Intl.Locale(base).maximize().region === parsed.region ? base : tag;
}

/** The `locale` of a Polylang language term's description (a serialised PHP array), or null. */
export function polylangLocale(description: string): string | null {
  const m = /s:6:"locale";s:\d+:"([A-Za-z_]{2,20})"/.exec(description);
  return m ? (m[1] ?? null) : null;
}

/** The languages a file's Polylang `language` terms declare: term slug → BCP 47 tag. */
export function declareLanguageTerm(into: Map<string, string>, term: WxrTerm): void {
  if (term.taxonomy !== 'language') return;
  const locale = polylangLocale(term.description);
  const tag = (locale ? languageTag(locale, { locale: true }) : null) ?? languageTag(term.slug);
  if (tag) into.set(term.slug, tag);
}

/** The members of a Polylang `post_translations` term's description: language slug → post id. */
export function polylangTranslations(description: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of description.matchAll(/s:\d+:"([^"]{1,40})";i:(\d{1,10});/g)) out.set(m[1]!, Number(m[2]));
  return out;
}

/**
 * Which post each of a file's Polylang `post_translations` terms groups: post id → term slug. An
 * item that lost its own post_translations category is still placed by its term.
 */
export function declareTranslationTerm(into: Map<number, string>, term: WxrTerm): void {
  if (term.taxonomy !== 'post_translations' || !term.slug.trim()) return;
  for (const id of polylangTranslations(term.description).values()) into.set(id, term.slug.trim());
}

/** Polylang's post_translations term of a group: its own slug when it came from Polylang. */
export function polylangGroupTerm(
  group: string,
  members: Array<{ id: number; language: string }>,
): { slug: string; name: string; description: string } {
  const own = /\|polylang:(pll_[A-Za-z0-9]{1,40})$/.exec(group)?.[1];
  const slug = own ?? `pll_${createHash('sha1').update(group).digest('hex').slice(0, 13)}`;
  const str = (s: string) => `s:${Buffer.byteLength(s)}:"${s}";`;
  const pairs = members.map((m) => `${str(languageSlug(m.language))}i:${m.id};`).join('');
  return { slug, name: slug, description: `a:${members.length}:{${pairs}}` };
}

/** What a file says of an item's language (null: nothing, the site's language applies). */
export interface ItemLanguage {
  language: string | null;
  /** Key shared with the item's translations (namespaced by its origin), or null. */
  translationGroup: string | null;
}

/**
 * An item's language and translation group: Silkpress's own meta first, then Polylang's terms,
 * then WPML's meta. `languageTerms` comes from declareLanguageTerm, `translationTerms` from
 * declareTranslationTerm; `source` (the site the file came from) namespaces the plugins' group
 * keys, which mean nothing outside their site.
 */
export function itemLanguage(
  item: Pick<WxrItem, 'categories' | 'meta'> & { wpId?: number | null },
  languageTerms: ReadonlyMap<string, string>,
  source: string,
  translationTerms: ReadonlyMap<number, string> = new Map(),
): ItemLanguage {
  const polylang = item.categories.find((c) => c.domain === 'language');
  const wpml = WPML_LANGUAGE_METAS.map((key) => item.meta[key]).find((v) => v?.trim());
  const language =
    languageTag(item.meta[SILKPRESS_LANGUAGE_META] ?? '') ??
    (polylang ? (languageTerms.get(polylang.nicename) ?? languageTag(polylang.nicename)) : null) ??
    (wpml ? languageTag(wpml) : null);
  const own = item.meta[SILKPRESS_TRANSLATION_GROUP_META]?.trim();
  const pllGroup =
    item.categories.find((c) => c.domain === 'post_translations')?.nicename.trim() ||
    (item.wpId != null ? translationTerms.get(item.wpId) : undefined);
  const wpmlGroup = item.meta[WPML_TRANSLATION_GROUP_META]?.trim();
  const translationGroup = own
    ? own
    : pllGroup
      ? `${source}|polylang:${pllGroup}`
      : wpmlGroup
        ? `${source}|wpml:${wpmlGroup}`
        : null;
  return { language, translationGroup };
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Polylang's term slug for a tag (lower case, as Polylang's own slugs are). */
export function languageSlug(tag: string): string {
  return tag.toLowerCase();
}

/**
 * The Polylang `language` term of a tag, so a WordPress site running Polylang gets the articles'
 * languages from our export: name in the language itself, locale, direction and flag.
 */
export function polylangLanguageTerm(tag: string): { slug: string; name: string; description: string } {
  let name = tag;
  let locale = tag.replace(/-/g, '_');
  let region = '';
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    const max = new Intl.Locale(tag).maximize();
    region = max.region ?? '';
    locale = region ? `${max.language}_${region}` : max.language;
  } catch {
    // An unusual tag keeps itself as name and locale.
  }
  const language = tag.split('-')[0] ?? tag;
  const str = (s: string) => `s:${Buffer.byteLength(s)}:"${s}";`;
  const flag = region.toLowerCase();
  const description =
    `a:3:{${str('locale')}${str(locale)}${str('rtl')}i:${RTL.has(language) ? 1 : 0};` +
    `${str('flag_code')}${str(flag)}}`;
  return { slug: languageSlug(tag), name, description };
}
