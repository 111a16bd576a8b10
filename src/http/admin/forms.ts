// Parsing admin form bodies with zod: a typed value, or per-field messages to show beside the
// fields (with what the user typed kept in the form).
import type { z } from 'zod';
import { AccountError } from '../../users/account-error.ts';
import type { FieldErrors } from '../../views/admin/form.ts';
import type { AdminT } from '../../views/admin/types.ts';
import { adminTranslatorFor, isAdminMessageKey, SOURCE_LOCALE } from '../../i18n/index.ts';
import { accountErrorText } from '../../views/admin/problem-text.ts';
import { AppError } from '../../kernel/app-error.ts';

/** A parsed form, or the messages for each bad field. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Parses `body` (unknown) with `schema`; the first message per field is kept. A schema's message
 * that is an admin catalog key (`'validation.enterName'`) is worded in `ui`'s language.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: unknown,
  ui?: AdminT,
): FormResult<z.infer<S>> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= !ui
      ? issue.message
      : isAdminMessageKey(issue.message)
        ? ui.t(issue.message)
        : // zod's own words (a missing field) are English: other languages say it plainly.
          ui.locale === SOURCE_LOCALE
          ? issue.message
          : ui.t('validation.invalid');
  }
  return { ok: false, errors };
}

/** A string field from a form body (missing → ''), for re-showing what was typed. */
export function formString(body: unknown, name: string): string {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : '';
}

/** The English sentences for JSON answers and logs (the page words the error in its own language). */
const ENGLISH = adminTranslatorFor(SOURCE_LOCALE);

/** An AccountError as the AppError of the same code; the admin's error page words it from its cause. */
export function accountAppError(err: AccountError): AppError {
  return new AppError(err.code, accountErrorText(ENGLISH, err), {
    cause: err,
    ...(err.field ? { field: err.field } : {}),
  });
}

/**
 * Turns an AccountError into field errors for the form (when it names a field), worded in `ui`'s
 * language, or rethrows it as the matching AppError. Other errors pass through untouched.
 */
export function accountErrorToFields(err: unknown, ui: AdminT, fallbackField = 'form'): FieldErrors {
  if (!(err instanceof AccountError)) throw err;
  if (err.code === 'VALIDATION_FAILED' || (err.code === 'CONFLICT' && err.field))
    return { [err.field ?? fallbackField]: accountErrorText(ui, err) };
  throw accountAppError(err);
}

/** The sentence of an AccountError to show as a flash (CONFLICT, VALIDATION_FAILED); others rethrow as AppError. */
export function accountErrorMessage(err: unknown, ui: AdminT): string {
  if (!(err instanceof AccountError)) throw err;
  if (err.code === 'CONFLICT' || err.code === 'VALIDATION_FAILED') return accountErrorText(ui, err);
  throw accountAppError(err);
}

/** Rethrows an AccountError as the AppError of the same code (e.g. a 404 for no such user). */
export function rethrowAccountError(err: unknown): never {
  if (err instanceof AccountError) throw accountAppError(err);
  throw err;
}
