// Password rules: length, the shipped common-password list and its variants, personal data.
import { describe, expect, it } from 'vitest';
import { loadCommonPasswords } from './common-passwords.ts';
import { checkPassword, parseCommonPasswords } from './password-policy.ts';

const common = loadCommonPasswords();

describe('password rules', () => {
  it('ships a list with comments stripped', () => {
    expect(common.size).toBeGreaterThan(150);
    expect(common.has('password')).toBe(true);
    expect([...common].some((e) => e.startsWith('#'))).toBe(false);
    expect(parseCommonPasswords('# c\n\nFoo\r\nbar  \n')).toEqual(new Set(['foo', 'bar']));
  });

  const refused: [string, string][] = [
    ['short', 'too-short'],
    ['elevenchars', 'too-short'],
    ['password1234', 'common'],
    ['Password1234!', 'common'],
    ['P@ssw0rd12345', 'common'],
    ['passwordpassword', 'common'],
    ['qwertyuiop123', 'common'],
    ['1q2w3e4r5t6y', 'common'],
    ['123456789012', 'common'],
    ['aaaaaaaaaaaa', 'common'],
    ['abababababab', 'common'],
    ['abcdefghijklmn', 'common'],
    ['zyxwvutsrqpo', 'common'],
    ['iloveyou2026!', 'common'],
    ['Dragon!!2024##', 'common'],
    ['correct horse battery staple', 'common'],
    ['Welcome12345', 'common'],
    ['silkpress2026!', 'common'],
    ['йцукенгшщзхъ', 'common'],
    ['x'.repeat(257), 'too-long'],
  ];
  for (const [password, problem] of refused) {
    it(`refuses ${JSON.stringify(password.slice(0, 30))} as ${problem}`, () => {
      expect(checkPassword(password, common)).toEqual([problem]);
    });
  }

  const accepted = [
    'orbit lantern tundra 42',
    'Kestrel-Monsoon-Abacus',
    'ветер над степью 7',
    '草原上的风很大也很冷啊啊',
    'g7#Lq2!vZ9@mW4',
    '4829173650182',
  ];
  for (const password of accepted) {
    it(`accepts ${JSON.stringify(password)}`, () => {
      expect(checkPassword(password, common)).toEqual([]);
    });
  }

  it('refuses passwords made of the user’s own name or email', () => {
    expect(checkPassword('olgaberezina2026', common, { email: 'olgaberezina@news.test' })).toEqual([
      'personal',
    ]);
    expect(checkPassword('Berezina-rules-77', common, { name: 'Olga Berezina' })).toEqual(['personal']);
    expect(
      checkPassword('Kestrel-Monsoon-Abacus', common, { name: 'Olga Berezina', email: 'olga@x.test' }),
    ).toEqual([]);
  });
});
