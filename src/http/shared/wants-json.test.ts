import { describe, expect, it } from 'vitest';
import { wantsJson } from './wants-json.ts';

describe('wantsJson', () => {
  it.each([
    [undefined, false],
    ['application/json', true],
    ['application/json, text/plain, */*', true],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', false],
    ['text/html, application/json', false],
    ['*/*', false],
  ])('Accept %s → %s', (accept, expected) => {
    expect(wantsJson({ headers: accept === undefined ? {} : { accept } })).toBe(expected);
  });
});
