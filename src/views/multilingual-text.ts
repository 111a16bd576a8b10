// The interface text of the language switcher and the per-language front doors, in one place
// until the message catalogs take it over; and language names, each in its own language.

/** Interface text of the multilingual parts of the public site (in the site's language). */
export const multilingualText = {
  /** Accessible name of the switcher and its visible label. */
  switcher: 'Read in',
  /** Label of the links to the languages' front pages. */
  frontPages: 'Front pages',
  /** The language list on the front doors: the site's main home page (every language). */
  allLanguages: 'All languages',
} as const;

const names = new Map<string, string>();

/**
 * A language's name in that language ("Русский", "简体中文", "English"), as language menus write
 * it: first letter capitalised by the language's own rules. The tag itself when Intl has no name.
 */
export function languageName(tag: string): string {
  let name = names.get(tag);
  if (name === undefined) {
    try {
      const own = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
      name = own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
    } catch {
      name = tag;
    }
    if (names.size > 200) names.clear();
    names.set(tag, name);
  }
  return name;
}
