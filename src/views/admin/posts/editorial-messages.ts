// The editorial rules' refusals in the admin's language: each EditorialError names its problem
// as a code (`slug-taken`) with values, worded here from the catalog (`editorial.slug-taken`).
// A refusal without a known code keeps its English sentence in English and says what kind of
// refusal it was in other languages.
import type { EditorialError } from '../../../content/editorial-error.ts';
import { isAdminMessageKey, SOURCE_LOCALE } from '../../../i18n/index.ts';
import type { AdminT } from '../types.ts';

/** The sentence for a refused editorial action. */
export function editorialMessage(ui: AdminT, err: EditorialError): string {
  const key = err.problem ? `editorial.${err.problem.code}` : '';
  if (isAdminMessageKey(key)) return ui.t(key, err.problem?.values);
  if (ui.locale === SOURCE_LOCALE) return err.message;
  return ui.t(`editorial.code.${err.code}`);
}
