// The sentences of refusals that reach the admin as codes: account errors (users/account-error.ts)
// and settings problems (settings/setting-problem.ts), worded from the admin catalogs in `ui`'s
// language. The CLI words them with the English translator.
import type { AccountProblem, AccountErrorValues } from '../../users/account-error.ts';
import type { SettingProblem } from '../../settings/setting-problem.ts';
import type { AdminT } from './types.ts';

/** An account error's sentence (`account.error.<problem>` with its values). */
export function accountErrorText(
  ui: AdminT,
  err: { problem: AccountProblem; values: AccountErrorValues },
): string {
  return ui.t(`account.error.${err.problem}`, err.values);
}

/** A refused setting value's sentence (`settings.problem.<problem>` with its limits). */
export function settingProblemText(ui: AdminT, p: SettingProblem): string {
  return ui.t(`settings.problem.${p.problem}`, p.values);
}

/** Each field's problem as its sentence. */
export function settingProblemsText(
  ui: AdminT,
  problems: Partial<Record<string, SettingProblem>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, problem] of Object.entries(problems))
    if (problem) out[name] = settingProblemText(ui, problem);
  return out;
}
