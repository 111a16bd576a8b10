// Language names, each in its own language (the switcher's and the front doors' interface text
// is in the catalogs, keys `translations.*`).
import { BoundedMemo } from '../kernel/bounded-memo.ts';

const names = new BoundedMemo<string, string>(400);

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
    names.set(tag, name);
  }
  return name;
}
