// Account errors and settings problems reach the admin as codes with values; here each is worded
// in every admin language: its own catalog's message (no English fallback), every value the
// domain sends named by the message and nothing else asked for, and Russian counts in the right
// plural form.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { adminLocales, adminTranslatorFor, shippedAdminCatalogs } from '../../i18n/index.ts';
import { type MessageElement, shapeOf } from '../../i18n/message-ast.ts';
import { ACCOUNT_PROBLEMS, AccountError, type AccountProblem } from '../../users/account-error.ts';
import { assertPasswordAcceptable } from '../../users/accounts.ts';
import { loadCommonPasswords } from '../../users/common-passwords.ts';
import { validateCommentSettings } from '../../settings/comment-moderation-settings.ts';
import { SETTING_PROBLEM_CODES, type SettingProblem } from '../../settings/setting-problem.ts';
import { type EditableSettings, validateSettings } from '../../settings/update-site-settings.ts';
import { accountErrorText, settingProblemText } from './problem-text.ts';

const COUNTS = [1, 2, 5, 11, 21, 22, 25, 111];
const deps = { commonPasswords: loadCommonPasswords() };

/** The AccountError the password rules raise for `password`. */
function passwordError(
  password: string,
  who = { email: 'annabel@news.test', name: 'Annabel Leeward' },
): AccountError {
  try {
    assertPasswordAcceptable(deps, password, who);
  } catch (err) {
    if (err instanceof AccountError) return err;
    throw err;
  }
  throw new Error(`"${password}" was accepted`);
}

// The values each problem is raised with: the password rules' from the rules themselves, the
// others as accounts.ts and profile.ts raise them.
const raised: Record<AccountProblem, AccountError> = {
  ownerOnly: new AccountError('FORBIDDEN', 'ownerOnly'),
  emailTaken: new AccountError('CONFLICT', 'emailTaken', { field: 'email' }),
  alreadySetUp: new AccountError('NOT_FOUND', 'alreadySetUp'),
  noSuchUser: new AccountError('NOT_FOUND', 'noSuchUser'),
  noAccountWithEmail: new AccountError('NOT_FOUND', 'noAccountWithEmail', {
    values: { email: 'nobody@news.test' },
  }),
  ownRole: new AccountError('CONFLICT', 'ownRole', { field: 'role' }),
  ownDeactivation: new AccountError('CONFLICT', 'ownDeactivation'),
  lastOwnerRole: new AccountError('CONFLICT', 'lastOwnerRole'),
  lastOwnerDeactivation: new AccountError('CONFLICT', 'lastOwnerDeactivation'),
  nameMissing: new AccountError('VALIDATION_FAILED', 'nameMissing', { field: 'name' }),
  currentPasswordWrong: new AccountError('VALIDATION_FAILED', 'currentPasswordWrong', { field: 'current' }),
  samePassword: new AccountError('VALIDATION_FAILED', 'samePassword', { field: 'next' }),
  passwordTooShort: passwordError('short'),
  passwordTooLong: passwordError('x7#'.repeat(100)),
  passwordCommon: passwordError('P@ssw0rd12345'),
  passwordPersonal: passwordError('annabel travels far'),
};

const site: EditableSettings = {
  title: 'Site',
  tagline: '',
  logo: null,
  shareImage: null,
  siteIcon: null,
  language: 'en',
  timezone: 'UTC',
  postsPerPage: 10,
  dateFormat: 'long',
  footerText: '',
};

/** Every settings problem, as the checks raise it. */
function settingProblems(): SettingProblem[] {
  const comments = validateCommentSettings({
    holdAll: 'maybe',
    order: 'random',
    holdWords: 'x'.repeat(101),
    blockWords: Array.from({ length: 1001 }, (_, i) => `w${i}`).join('\n'),
    threadDepth: '0',
  });
  const siteCheck = validateSettings({
    ...site,
    language: 'not a language!',
    timezone: 'Mars/Olympus',
    logo: 'javascript:alert(1)',
    siteIcon: '/elsewhere.png',
  });
  if (comments.ok || siteCheck.ok) throw new Error('the checks accepted bad values');
  return [...Object.values(comments.problems), ...Object.values(siteCheck.problems)].filter(
    (p): p is SettingProblem => p !== undefined,
  );
}

/** The argument names of a message. */
const argumentsOf = (message: string, locale: string) =>
  [
    ...shapeOf(new IntlMessageFormat(message, locale).getAst() as unknown as MessageElement[]).arguments,
  ].sort();

describe('account errors in every admin language', () => {
  it('raise the password problems with their limits', () => {
    expect(raised.passwordTooShort).toMatchObject({ problem: 'passwordTooShort', values: { min: 12 } });
    expect(raised.passwordTooLong).toMatchObject({ problem: 'passwordTooLong', values: { max: 256 } });
    expect(raised.passwordPersonal.field).toBe('password');
    // The error itself carries no sentence anyone reads.
    expect(raised.passwordCommon.message).toBe('account refused: passwordCommon');
  });

  for (const locale of adminLocales()) {
    it(`${locale}: each problem has its own message, naming exactly the values it is raised with`, () => {
      const catalog = shippedAdminCatalogs().get(locale)!;
      const ui = adminTranslatorFor(locale);
      for (const problem of ACCOUNT_PROBLEMS) {
        const err = raised[problem];
        const message = catalog[`account.error.${problem}`];
        expect(message, `${locale} account.error.${problem}`).toBeDefined();
        expect(argumentsOf(message!, locale), problem).toEqual(Object.keys(err.values).sort());
        const text = accountErrorText(ui, err);
        expect(text).not.toMatch(/[{}]/);
        for (const value of Object.values(err.values)) expect(text).toContain(String(value));
      }
    });
  }

  it('words them naturally in English, Chinese and Russian', () => {
    const err = raised.passwordTooShort;
    expect(accountErrorText(adminTranslatorFor('en'), err)).toBe('Use at least 12 characters.');
    expect(accountErrorText(adminTranslatorFor('zh-Hans'), err)).toBe('密码至少需要 12 个字符。');
    expect(accountErrorText(adminTranslatorFor('ru'), err)).toBe('Пароль должен быть не короче 12 символов.');
    expect(accountErrorText(adminTranslatorFor('ru'), raised.noAccountWithEmail)).toBe(
      'Учётной записи с адресом электронной почты nobody@news.test нет.',
    );
    expect(accountErrorText(adminTranslatorFor('zh-Hans'), raised.lastOwnerDeactivation)).toBe(
      '不能停用最后一位所有者。',
    );
  });

  it('count characters in Russian with one, few and many', () => {
    const ru = adminTranslatorFor('ru');
    const short = (min: number) => accountErrorText(ru, { problem: 'passwordTooShort', values: { min } });
    expect(COUNTS.map(short)).toEqual([
      'Пароль должен быть не короче 1 символа.',
      'Пароль должен быть не короче 2 символов.',
      'Пароль должен быть не короче 5 символов.',
      'Пароль должен быть не короче 11 символов.',
      'Пароль должен быть не короче 21 символа.',
      'Пароль должен быть не короче 22 символов.',
      'Пароль должен быть не короче 25 символов.',
      'Пароль должен быть не короче 111 символов.',
    ]);
    const en = adminTranslatorFor('en');
    expect(accountErrorText(en, { problem: 'passwordTooLong', values: { max: 1 } })).toBe(
      'Use at most 1 character.',
    );
  });
});

describe('settings problems in every admin language', () => {
  const problems = settingProblems();

  it('are raised as codes, every code by some check', () => {
    expect([...new Set(problems.map((p) => p.problem))].sort()).toEqual([...SETTING_PROBLEM_CODES].sort());
    expect(problems).toContainEqual({ problem: 'wholeNumber', values: { min: 1, max: 10 } });
    expect(problems).toContainEqual({ problem: 'tooManyWords', values: { max: 1000 } });
  });

  for (const locale of adminLocales()) {
    it(`${locale}: each problem has its own message, naming exactly its values`, () => {
      const catalog = shippedAdminCatalogs().get(locale)!;
      const ui = adminTranslatorFor(locale);
      for (const p of problems) {
        const message = catalog[`settings.problem.${p.problem}`];
        expect(message, `${locale} settings.problem.${p.problem}`).toBeDefined();
        expect(argumentsOf(message!, locale), p.problem).toEqual(Object.keys(p.values ?? {}).sort());
        expect(settingProblemText(ui, p)).not.toMatch(/[{}]/);
      }
    });
  }

  it('count words and characters in Russian with one, few and many', () => {
    const ru = adminTranslatorFor('ru');
    const words = (max: number) => settingProblemText(ru, { problem: 'tooManyWords', values: { max } });
    expect(COUNTS.map((n) => /не больше (.+)\.$/.exec(words(n))?.[1])).toEqual([
      '1 слова или фразы',
      '2 слов или фраз',
      '5 слов или фраз',
      '11 слов или фраз',
      '21 слова или фразы',
      '22 слов или фраз',
      '25 слов или фраз',
      '111 слов или фраз',
    ]);
    const length = (max: number) => settingProblemText(ru, { problem: 'wordTooLong', values: { max } });
    expect(length(21)).toBe('Каждое слово или фраза — не длиннее 21 символа.');
    expect(length(100)).toBe('Каждое слово или фраза — не длиннее 100 символов.');
    expect(
      settingProblemText(adminTranslatorFor('en'), { problem: 'tooManyWords', values: { max: 1000 } }),
    ).toBe('List at most 1,000 words or phrases.');
    expect(
      settingProblemText(adminTranslatorFor('zh-Hans'), {
        problem: 'wholeNumber',
        values: { min: 1, max: 10 },
      }),
    ).toBe('请输入 1 到 10 之间的整数。');
  });
});
