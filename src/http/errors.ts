// One error type with a stable code (DESIGN.md §3.9); the error handler maps it to an HTML page
// or JSON. Messages are safe to show; `cause` is logged, never shown.

/** Stable error codes; tests assert these, not message text. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'VALIDATION_FAILED'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL';

const statusOf: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

/** An error the app expects and knows how to present. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; status?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.status = options.status ?? statusOf[code];
  }
}

/** Maps any thrown value to an AppError (unknown errors become INTERNAL, message hidden). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { statusCode?: number; code?: string; message?: string };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status === 404) return new AppError('NOT_FOUND', 'Page not found.', { cause: err });
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request is too large.', { cause: err });
  if (status === 415) return new AppError('BAD_REQUEST', 'Unsupported content type.', { cause: err, status });
  if (status >= 400 && status < 500)
    return new AppError('BAD_REQUEST', 'The request could not be understood.', { cause: err, status });
  return new AppError('INTERNAL', 'Something went wrong on our side.', { cause: err });
}
