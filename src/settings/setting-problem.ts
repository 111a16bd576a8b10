// What is wrong with a setting's value, as a code and the numbers its sentence names: the admin
// words it in the user's language (`settings.problem.<problem>` in the admin catalogs) and the
// CLI in English (views/admin/setting-problems.ts). No sentence lives in the settings feature.

/** Every kind of refused setting value (each has `settings.problem.<code>`). */
export const SETTING_PROBLEM_CODES = [
  'trueFalse',
  'order',
  'tooManyWords',
  'wordTooLong',
  'wholeNumber',
  'language',
  'timezone',
  'address',
  'siteIcon',
] as const;

/** A kind of refused setting value. */
export type SettingProblemCode = (typeof SETTING_PROBLEM_CODES)[number];

/** A refused value: what is wrong, and the limits the message names (`{ min: 1, max: 10 }`). */
export interface SettingProblem {
  problem: SettingProblemCode;
  values?: Record<string, number>;
}
