// Known answers for the legacy URL keys (redirects stored by the WordPress import, looked up by
// every request that may be an old address).
import { describe, expect, it } from 'vitest';
import { legacyPathKey, mayBeLegacyUrl } from './legacy-path-key.ts';

describe('legacy URL keys', () => {
  it.each([
    ['/2024/05/slug/', '/2024/05/slug'],
    ['/2024/05/slug/?utm_source=x', '/2024/05/slug'],
    ['/?p=123', '/?p=123'],
    ['/?utm=1&page_id=7', '/?page_id=7'],
    ['/%E4%B8%AD%E6%96%87/', '/中文'],
    ['/', '/'],
  ])('legacy key of %s is %s', (path, key) => {
    expect(legacyPathKey(path)).toBe(key);
  });

  it.each([
    ['/article/x', false],
    ['/', false],
    ['/?q=1', false],
    ['/?p=1', true],
    ['/tag/x/', true],
    ['/old.html', true],
  ])('%s may be legacy: %s', (path, expected) => {
    expect(mayBeLegacyUrl(path)).toBe(expected);
  });
});
