// Errors the editorial rules raise. The domain may not import the HTTP layer, so routes map
// these codes onto AppError (same names, same meaning). The message is English (logs, the CLI);
// `problem` names the refusal as a code and its values, so the admin words it in its language.

/** Why an editorial action was refused. */
export type EditorialErrorCode = 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION_FAILED' | 'NOT_FOUND';

/** Which refusal it was (`slug-taken`…) and the values its sentence names (the slug…). */
export interface EditorialProblem {
  code: string;
  values?: Record<string, string>;
}

/** A refused editorial action with a message safe to show the editor. */
export class EditorialError extends Error {
  constructor(
    readonly code: EditorialErrorCode,
    message: string,
    /** The form field the message is about, when there is one. */
    readonly field?: string,
    /** The refusal as a code, for the interface to word. */
    readonly problem?: EditorialProblem,
  ) {
    super(message);
    this.name = 'EditorialError';
  }
}
