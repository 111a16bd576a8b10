// Article languages: BCP 47 tags in their canonical form, and the lower-case key that compares
// them and names them in URLs (/lang/zh-hans/). Pure.

/** The canonical form of a language tag (`ZH-hans` → `zh-Hans`); `raw` trimmed when not a tag. */
export function canonicalLanguage(raw: string): string {
  const text = raw.trim();
  try {
    return Intl.getCanonicalLocales(text)[0] ?? text;
  } catch {
    return text;
  }
}

/** The case-insensitive identity of a tag: how languages are compared and written in URLs. */
export function languageKey(tag: string): string {
  return tag.trim().toLowerCase();
}

/** True when two tags name the same language variant. */
export function sameLanguage(a: string, b: string): boolean {
  return languageKey(a) === languageKey(b);
}

/** Path of a language's front door: its home page (`/lang/zh-hans/`); the rest hangs below it. */
export function languageHomePath(tag: string): string {
  return `/lang/${encodeURIComponent(languageKey(tag))}/`;
}
