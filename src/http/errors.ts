// One error type with a stable code (DESIGN.md §3.9); the error handler maps it to an HTML page
// or JSON. Messages are safe to show; `cause` is logged, never shown. The error itself lives in
// the kernel (kernel/app-error.ts), so domain code may throw it too.
import { storageFailure } from '../db/storage-errors.ts';
import { isMessageKey, type MessageKey, type Translator } from '../i18n/index.ts';
import { AppError, type ErrorCode } from '../kernel/app-error.ts';

/** The public error page's sentence per error code (the reader's; `err.message` stays in logs and JSON). */
const messageKeys: Record<ErrorCode, MessageKey> = {
  NOT_FOUND: 'error.message.NOT_FOUND',
  BAD_REQUEST: 'error.message.BAD_REQUEST',
  VALIDATION_FAILED: 'error.message.VALIDATION_FAILED',
  FORBIDDEN: 'error.message.FORBIDDEN',
  UNAUTHORIZED: 'error.message.UNAUTHORIZED',
  CONFLICT: 'error.message.CONFLICT',
  RATE_LIMITED: 'error.message.RATE_LIMITED',
  PAYLOAD_TOO_LARGE: 'error.message.PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'error.message.UNSUPPORTED_MEDIA_TYPE',
  HEADERS_TOO_LARGE: 'error.message.HEADERS_TOO_LARGE',
  REQUEST_TIMEOUT: 'error.message.REQUEST_TIMEOUT',
  STORAGE_UNAVAILABLE: 'error.message.STORAGE_UNAVAILABLE',
  UNAVAILABLE: 'error.message.UNAVAILABLE',
  INTERNAL: 'error.message.INTERNAL',
};

/** The heading and sentence of the public error page for `err`, in `ui`'s language. */
export function publicErrorText(ui: Translator, err: AppError): { heading: string; message: string } {
  // The catalogs name a heading for each status they know (`error.heading.<status>`); others fall
  // back to their class (4xx: the request was refused; 5xx: our fault).
  const ownKey = `error.heading.${err.status}`;
  const headingKey: MessageKey = isMessageKey(ownKey)
    ? ownKey
    : err.status >= 400 && err.status < 500
      ? 'error.heading.refused'
      : 'error.heading.500';
  return { heading: ui.t(headingKey), message: ui.t(messageKeys[err.code]) };
}

/** Seconds a client is asked to wait (Retry-After) when the database cannot store anything. */
export const STORAGE_RETRY_AFTER_SECONDS = 60;

/** What every surface says when the database cannot store anything right now. */
export const STORAGE_UNAVAILABLE_MESSAGE =
  'The site cannot save anything right now. Nothing was lost on your side: please try again in a minute.';

/** Maps any thrown value to an AppError (unknown errors become INTERNAL, message hidden). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  // A full disk, a lost connection: 503 and "try again", never 500 (src/db/storage-errors.ts).
  if (storageFailure(err))
    return new AppError('STORAGE_UNAVAILABLE', STORAGE_UNAVAILABLE_MESSAGE, {
      cause: err,
      retryAfterSeconds: STORAGE_RETRY_AFTER_SECONDS,
    });
  const e = err as { statusCode?: number; code?: string; message?: string };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status === 404) return new AppError('NOT_FOUND', 'Page not found.', { cause: err });
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request is too large.', { cause: err });
  if (status === 415)
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'This address does not accept that type of content.', {
      cause: err,
    });
  if (status >= 400 && status < 500)
    return new AppError('BAD_REQUEST', 'The request could not be understood.', { cause: err, status });
  return new AppError('INTERNAL', 'Something went wrong on our side.', { cause: err });
}
