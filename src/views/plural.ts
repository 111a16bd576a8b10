// Counted nouns in the UI language ("1 result", "12 articles").

/** `count` formatted for `language` followed by the singular or plural noun. */
export function countOf(count: number, singular: string, plural: string, language: string): string {
  let formatted: string;
  try {
    formatted = count.toLocaleString(language);
  } catch {
    formatted = String(count);
  }
  return `${formatted} ${count === 1 ? singular : plural}`;
}
