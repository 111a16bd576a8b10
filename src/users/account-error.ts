// Errors the account rules raise: a code (what kind of refusal, the AppError code routes map it
// onto) and a problem (exactly what was refused) with the values its sentence needs. The domain
// holds no sentence: the admin words a problem from its catalogs (`account.error.<problem>`, in
// the user's admin language) and the CLI from the English one (views/admin/account-errors.ts).

/** Why an account action was refused. */
export type AccountErrorCode = 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION_FAILED' | 'NOT_FOUND';

/** Every problem an account action can be refused with (each has `account.error.<problem>`). */
export const ACCOUNT_PROBLEMS = [
  'ownerOnly',
  'emailTaken',
  'alreadySetUp',
  'noSuchUser',
  'noAccountWithEmail',
  'ownRole',
  'ownDeactivation',
  'lastOwnerRole',
  'lastOwnerDeactivation',
  'nameMissing',
  'currentPasswordWrong',
  'samePassword',
  'passwordTooShort',
  'passwordTooLong',
  'passwordCommon',
  'passwordPersonal',
] as const;

/** What exactly was refused. */
export type AccountProblem = (typeof ACCOUNT_PROBLEMS)[number];

/** Values a problem's sentence names (`{ min: 12 }`, `{ email }`). */
export type AccountErrorValues = Record<string, string | number>;

/** A refused account action: a code, a problem and its values, never a sentence. */
export class AccountError extends Error {
  /** The form field the problem is about, when there is one. */
  readonly field?: string;
  readonly values: AccountErrorValues;

  constructor(
    readonly code: AccountErrorCode,
    readonly problem: AccountProblem,
    options: { field?: string; values?: AccountErrorValues } = {},
  ) {
    // For logs only: what people read is worded from the problem.
    super(`account refused: ${problem}`);
    this.name = 'AccountError';
    this.values = options.values ?? {};
    if (options.field !== undefined) this.field = options.field;
  }
}
