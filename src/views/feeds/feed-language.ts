// Language codes as feeds and Google News want them, from the BCP 47 tags Silkpress stores
// (`en`, `en-GB`, `zh-Hans`, `ru`): a language and at most a country, lower case; Chinese
// written in simplified characters is `zh-cn`, in traditional ones `zh-tw`.

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

/** RSS `<language>`: a language code with its country when there is one (`en-gb`, `zh-tw`). */
export function feedLanguageCode(tag: string): string {
  const { language, script, region } = parts(tag);
  if (language === 'zh' && !(region && /^[a-z]{2}$/.test(region))) return chinese(script, region);
  return region && /^[a-z]{2}$/.test(region) ? `${language}-${region}` : language;
}
