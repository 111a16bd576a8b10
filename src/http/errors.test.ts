import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/index.ts';
import { AppError } from '../kernel/app-error.ts';
import { publicErrorText } from './errors.ts';

describe('publicErrorText', () => {
  const en = translatorFor('en');
  const ru = translatorFor('ru');

  it.each([
    [404, 'NOT_FOUND', 'error.heading.404'],
    [422, 'VALIDATION_FAILED', 'error.heading.422'],
    [503, 'STORAGE_UNAVAILABLE', 'error.heading.503'],
    // Statuses the catalogs do not name fall back to their class.
    [418, 'BAD_REQUEST', 'error.heading.refused'],
    [599, 'INTERNAL', 'error.heading.500'],
  ] as const)('status %i takes its heading from the catalog key %s', (status, code, key) => {
    const err = new AppError(code, 'English text for logs', { status });
    expect(publicErrorText(en, err).heading).toBe(en.t(key));
    expect(publicErrorText(ru, err).heading).toBe(ru.t(key));
  });

  it("speaks the page's language, never the error's own English message", () => {
    const err = new AppError('NOT_FOUND', 'English text for logs');
    const text = publicErrorText(ru, err);
    expect(text.heading).toBe(ru.t('error.heading.404'));
    expect(text.heading).not.toBe(en.t('error.heading.404'));
    expect(text.message).toBe(ru.t('error.message.NOT_FOUND'));
  });
});
