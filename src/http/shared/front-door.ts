// The per-language front doors (/lang/<tag>/…, docs/multilingual.md): which language a URL names.
// A language has a front door while it has public posts; its URL key is the tag in lower case.
import { languageKey } from '../../content/language.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { AppDeps } from '../deps.ts';

/** A language with a front door: its tag as stored, and the key its URLs use. */
export interface FrontDoorLanguage {
  tag: string;
  key: string;
}

const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/;

/**
 * The public language `raw` (a tag, any case) names, or a 404. `canonical` is false when `raw` is
 * not the key itself (`zh-Hans` for `zh-hans`): the caller redirects to the canonical URL.
 */
export async function frontDoorLanguage(
  deps: Pick<AppDeps, 'translations'>,
  raw: string,
  now: Date,
): Promise<FrontDoorLanguage & { canonical: boolean }> {
  if (!TAG.test(raw)) throw new AppError('NOT_FOUND', 'Page not found.');
  const key = languageKey(raw);
  const tag = (await deps.translations.publicLanguages(now)).find((t) => languageKey(t) === key);
  if (!tag) throw new AppError('NOT_FOUND', 'Page not found.');
  return { tag, key, canonical: raw === key };
}
