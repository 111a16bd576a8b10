// What the CLI prints for a thrown error: an account refusal (a code, no sentence) in English from
// the admin's English catalog, anything else by its message.
import { adminTranslatorFor, SOURCE_LOCALE } from '../i18n/index.ts';
import { AccountError } from '../users/account-error.ts';
import { accountErrorText } from '../views/admin/problem-text.ts';

/** The English sentence for `err`. */
export function cliErrorText(err: unknown): string {
  if (err instanceof AccountError) return accountErrorText(adminTranslatorFor(SOURCE_LOCALE), err);
  return err instanceof Error ? err.message : String(err);
}
