// The one domain error (DESIGN.md §3.9): a stable code, the HTTP status it maps to, a message safe
// to show, the form field it is about (when there is one) and a `cause` that is logged, never
// shown. Every layer may throw it; the HTTP error handler renders it as a page or JSON.

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
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'HEADERS_TOO_LARGE'
  | 'REQUEST_TIMEOUT'
  | 'STORAGE_UNAVAILABLE'
  | 'UNAVAILABLE'
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
  UNSUPPORTED_MEDIA_TYPE: 415,
  HEADERS_TOO_LARGE: 431,
  REQUEST_TIMEOUT: 408,
  STORAGE_UNAVAILABLE: 503,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** An error the app expects and knows how to present. */
export class AppError extends Error {
  readonly status: number;
  /** Sent as Retry-After when set. */
  readonly retryAfterSeconds: number | null;
  /** The form field the message is about, when there is one. */
  readonly field?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; status?: number; retryAfterSeconds?: number; field?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.status = options.status ?? statusOf[code];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    if (options.field !== undefined) this.field = options.field;
  }

  /** The status under the name Fastify and its plugins read. */
  get statusCode(): number {
    return this.status;
  }
}
