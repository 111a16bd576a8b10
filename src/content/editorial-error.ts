// Errors the editorial rules raise. The domain may not import the HTTP layer, so routes map
// these codes onto AppError (same names, same meaning).

/** Why an editorial action was refused. */
export type EditorialErrorCode = 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION_FAILED' | 'NOT_FOUND';

/** A refused editorial action with a message safe to show the editor. */
export class EditorialError extends Error {
  constructor(
    readonly code: EditorialErrorCode,
    message: string,
    /** The form field the message is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'EditorialError';
  }
}
