// Language codes as feeds and Google News want them, from the BCP 47 tags Silkpress stores
// (`en`, `en-GB`, `zh-Hans`, `ru`). RSS takes the tag itself; Google News wants a language and,
// for Chinese only, a country: simplified characters are `zh-cn`, traditional ones `zh-tw`.

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

function parts(tag: string): { language: string; script?: string; region?: string } {
  const [language = 'en', ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  const script = rest.find((p) => /^[a-z]{4}$/.test(p));
  const region = rest.find((p) => /^([a-z]{2}|[0-9]{3})$/.test(p));
  return { language, ...(script ? { script } : {}), ...(region ? { region } : {}) };
}

/** `zh-cn` or `zh-tw` for a Chinese tag, from its script or else its region. */
function chinese(script?: string, region?: string): string {
  if (script === 'hant') return 'zh-tw';
  if (script === 'hans') return 'zh-cn';
  return region && TRADITIONAL_REGIONS.has(region) ? 'zh-tw' : 'zh-cn';
}

/**
 * The `<news:language>` of a Google News sitemap: an ISO 639 code of 2 or 3 letters, except
 * `zh-cn` and `zh-tw` for Chinese.
 */
export function newsLanguageCode(tag: string): string {
  const { language, script, region } = parts(tag);
  return language === 'zh' ? chinese(script, region) : language;
}

/**
 * RSS `<language>`: the BCP 47 tag in its canonical case (`en-GB`, `zh-Hans`, `sr-Latn`), the
 * same as the page's `lang` and Atom's `xml:lang`. RSS 2.0 allows "values defined by the W3C"
 * (HTML's `lang`, BCP 47) besides Netscape's old list, and the W3C Feed Validation Service checks
 * only the primary language subtag, so the script survives: `zh-cn` would say "Chinese as used
 * in China" and drop the writing system, which is what tells simplified from traditional text.
 */
export function feedLanguageCode(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? 'en';
  } catch {
    return parts(tag).language;
  }
}
