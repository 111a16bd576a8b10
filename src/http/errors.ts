// One error type with a stable code (DESIGN.md §3.9); the error handler maps it to an HTML page
// or JSON. Messages are safe to show; `cause` is logged, never shown. The error itself lives in
// the kernel (kernel/app-error.ts), so domain code may throw it too.
import { storageFailure } from '../db/storage-errors.ts';
import { AppError } from '../kernel/app-error.ts';

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

/** The heading an error page with `status` shows. */
export function errorHeading(status: number): string {
  return headings[status] ?? (status >= 400 && status < 500 ? 'Request refused' : 'Something went wrong');
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
