// The settings' problems in the admin's language. The checks (shared with the CLI) word their
// problems in English; each field has one rule, so a field's problem is said again from its rule.
import { SOURCE_LOCALE } from '../../../i18n/index.ts';
import {
  COMMENT_SETTING_RANGES,
  type CommentSettingName,
  MAX_LISTED_WORDS,
  MAX_WORD_LENGTH,
} from '../../../settings/comment-moderation-settings.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import type { AdminT } from '../../../views/admin/types.ts';

/** The comment settings' problems, each said from its field's rule. */
export function commentSettingProblems(ui: AdminT, problems: Partial<Record<string, string>>): FieldErrors {
  if (ui.locale === SOURCE_LOCALE) return problems;
  const out: FieldErrors = {};
  for (const name of Object.keys(problems) as CommentSettingName[]) {
    const range = COMMENT_SETTING_RANGES[name];
    out[name] = range
      ? ui.t('validation.wholeNumberRange', { min: range[0], max: range[1] })
      : name === 'order'
        ? ui.t('validation.order')
        : name === 'holdWords' || name === 'blockWords'
          ? ui.t('validation.wordList', { count: MAX_LISTED_WORDS, length: MAX_WORD_LENGTH })
          : ui.t('validation.trueFalse');
  }
  return out;
}

const SITE_SETTING_PROBLEMS = {
  language: 'validation.problem.language',
  timezone: 'validation.problem.timezone',
  logo: 'validation.problem.address',
  shareImage: 'validation.problem.address',
  siteIcon: 'validation.problem.siteIcon',
} as const;

/** The site settings' problems (the values Intl and the media folder must accept). */
export function siteSettingProblems(ui: AdminT, problems: Partial<Record<string, string>>): FieldErrors {
  if (ui.locale === SOURCE_LOCALE) return problems;
  const out: FieldErrors = {};
  for (const [name, problem] of Object.entries(problems)) {
    const key = SITE_SETTING_PROBLEMS[name as keyof typeof SITE_SETTING_PROBLEMS];
    out[name] = key ? ui.t(key) : problem;
  }
  return out;
}
