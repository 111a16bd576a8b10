// One error type with a stable code (DESIGN.md §3.9); the error handler maps it to an HTML page
// or JSON. Messages are safe to show; `cause` is logged, never shown. The error itself lives in
// the kernel (kernel/app-error.ts), so domain code may throw it too.
import { storageFailure } from '../db/storage-errors.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { AppError, type ErrorCode } from '../kernel/app-error.ts';

/**
 * The heading of the error page for each status, public site and admin alike. Statuses not
 * listed fall back to their class (4xx: the request was refused; 5xx: our fault).
 */
const headings: Record<number, string> = {
  400: 'Bad request',
  401: 'Please log in',
  403: 'Not allowed',
  404: 'Page not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timed out',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length required',
  413: 'Too large',
  414: 'Address too long',
  415: 'Unsupported content type',
  422: 'Please check the form',
  429: 'Too many requests',
  431: 'Request headers too large',
  500: 'Something went wrong',
  501: 'Not implemented',
  502: 'Bad gateway',
  503: 'Temporarily unavailable',
  504: 'Gateway timeout',
};

/** The heading an error page with `status` shows (the admin's, in English). */
export function errorHeading(status: number): string {
  return headings[status] ?? (status >= 400 && status < 500 ? 'Request refused' : 'Something went wrong');
}

/** The public error page's heading per status, in the catalogs. */
const headingKeys: Record<number, MessageKey> = {
  400: 'error.heading.400',
  401: 'error.heading.401',
  403: 'error.heading.403',
  404: 'error.heading.404',
  405: 'error.heading.405',
  406: 'error.heading.406',
  408: 'error.heading.408',
  409: 'error.heading.409',
  410: 'error.heading.410',
  411: 'error.heading.411',
  413: 'error.heading.413',
  414: 'error.heading.414',
  415: 'error.heading.415',
  422: 'error.heading.422',
  429: 'error.heading.429',
  431: 'error.heading.431',
  500: 'error.heading.500',
  501: 'error.heading.501',
  502: 'error.heading.502',
  503: 'error.heading.503',
  504: 'error.heading.504',
};

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
  const headingKey =
    headingKeys[err.status] ??
    (err.status >= 400 && err.status < 500 ? 'error.heading.refused' : 'error.heading.500');
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
