// Password rules: at least 12 characters, not a common password (the list in
// data/common-passwords.txt, also with digits/symbols around it or letters swapped for look-alike
// digits), not a keyboard walk or a run of one character, and not the user's own name or email.

/** Why a password is refused (stable codes; the admin catalogs word them, `account.error.password…`). */
export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'personal';

/** Shortest and longest accepted password. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Rows of keys people run their fingers along, and plain sequences; reversed runs count too.
const WALKS = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7',
  '!@#$%^&*()',
  'йцукенгшщзхъфывапролджэячсмитьбю',
];

const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '3': 'e',
  $: 's',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

/** The list of refused passwords and stems, parsed from the data file's text. */
export function parseCommonPasswords(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const entry = line.trim().toLowerCase();
    if (entry && !entry.startsWith('#')) out.add(entry.normalize('NFKC'));
  }
  return out;
}

/** True when `s` is a stretch of one of the walks (forwards or backwards), repeated or not. */
function isWalk(s: string): boolean {
  if (s.length < 4) return false;
  for (const walk of WALKS) {
    for (const w of [walk, [...walk].reverse().join('')]) {
      // A repeated walk ("qwertyqwerty") is as predictable as the walk itself.
      for (let period = 3; period <= s.length; period++) {
        const unit = s.slice(0, period);
        if (w.includes(unit) && unit.repeat(Math.ceil(s.length / period)).startsWith(s)) return true;
      }
    }
  }
  return false;
}

/** True when `s` is one short unit repeated ("aaaaaaaa", "abababab", "123123123"). */
function isRepetition(s: string): boolean {
  for (let period = 1; period <= Math.min(4, s.length / 2); period++) {
    if (
      s
        .slice(0, period)
        .repeat(Math.ceil(s.length / period))
        .startsWith(s)
    )
      return true;
  }
  return false;
}

/** True when `core` is a listed word, maybe repeated ("passwordpassword"). */
function isListed(core: string, common: Set<string>): boolean {
  if (common.has(core)) return true;
  for (let period = 3; period <= core.length / 2; period++) {
    const unit = core.slice(0, period);
    if (common.has(unit) && unit.repeat(Math.ceil(core.length / period)).startsWith(core)) return true;
  }
  return false;
}

/** What is left after dropping digits and symbols around the letters: "P@ssw0rd123!" → "password". */
function cores(lower: string): string[] {
  const strip = (t: string) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const deLeet = (t: string) => [...t].map((c) => LEET[c] ?? c).join('');
  const stripped = strip(lower);
  const candidates = [
    lower,
    stripped,
    deLeet(stripped),
    strip(deLeet(lower)),
    deLeet(lower).replace(/[^\p{L}]+/gu, ''),
  ];
  // Leftovers shorter than 4 letters say nothing about the password (e.g. random digits).
  return candidates.filter((c) => c.length >= 4);
}

/** The problems with `password` for this user (empty when it is acceptable). */
export function checkPassword(
  password: string,
  common: Set<string>,
  personal: { email?: string; name?: string } = {},
): PasswordProblem[] {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) return ['too-short'];
  if (chars.length > PASSWORD_MAX_LENGTH) return ['too-long'];
  const lower = password.normalize('NFKC').toLowerCase();
  const noSpaces = lower.replace(/\s+/g, '');
  if (isRepetition(noSpaces) || isWalk(noSpaces)) return ['common'];
  for (const core of cores(noSpaces)) {
    if (isListed(core, common) || isWalk(core)) return ['common'];
  }
  const local = (personal.email ?? '').toLowerCase().split('@')[0] ?? '';
  const nameParts = (personal.name ?? '').toLowerCase().split(/\s+/);
  const personalWords = [local, ...nameParts].filter((w) => w.length >= 4);
  if (personalWords.some((w) => noSpaces.includes(w))) return ['personal'];
  return [];
}
