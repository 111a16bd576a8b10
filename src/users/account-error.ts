// Errors the account rules raise. The domain may not import the HTTP layer, so routes map these
// codes onto AppError (same names, same meaning).

/** Why an account action was refused. */
export type AccountErrorCode = 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION_FAILED' | 'NOT_FOUND';

/** A refused account action with a message safe to show. */
export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
    /** The form field the message is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}
