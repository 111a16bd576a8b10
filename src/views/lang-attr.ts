// `lang`/`dir` attributes for text whose language differs from its surroundings.
import { EMPTY_HTML, html, type Html } from './html.ts';

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Writing direction of a BCP 47 language tag. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return RTL.has(primary) || /-arab\b/i.test(language) ? 'rtl' : 'ltr';
}

/** ` lang="…"` (and `dir`) when `language` differs from `outer`, otherwise an empty string. */
export function langAttr(language: string, outer: string): Html {
  if (!language || language.toLowerCase() === outer.toLowerCase()) return EMPTY_HTML;
  const dir = textDirection(language);
  return dir === textDirection(outer) ? html` lang="${language}"` : html` lang="${language}" dir="${dir}"`;
}
