// Avatars drawn locally: the commenter's initials on a colour derived from a hash, as an SVG
// image served by the site. No third-party avatar service ever learns who reads or writes here.
import { BoundedMemo } from '../kernel/bounded-memo.ts';

// Background colours all dark enough for white initials at WCAG AA (≥ 4.5:1).
const PALETTE = ['#8c1d18', '#0b4f9c', '#1d6b35', '#6b3fa0', '#8a4b00', '#00606b', '#5b5b5b', '#a3161a'];

/**
 * A stable seed for an avatar's colour, from the public name only: an avatar must not let
 * anyone confirm a guessed email address (as Gravatar's hashes do). FNV-1a, 2×32 bits.
 */
export function avatarSeed(name: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const text = name.trim().toLocaleLowerCase();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Up to two initials from a name (letters or digits of any script), "?" when none. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const firstChar = (w: string) => [...w].find((ch) => /[\p{L}\p{N}]/u.test(ch)) ?? '';
  const letters = words
    .map(firstChar)
    .filter(Boolean)
    .slice(0, 2)
    .map((ch) => ch.toLocaleUpperCase());
  // CJK names are written without spaces: one character reads best.
  if (
    letters.length > 0 &&
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(letters[0]!)
  )
    return letters[0]!;
  return letters.join('') || '?';
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** The avatar as an SVG document, showing `initials` (at most two characters are drawn). */
export function avatarSvg(seed: string, initials: string): string {
  const index = parseInt(seed.slice(0, 8), 16) % PALETTE.length;
  const colour = PALETTE[Number.isNaN(index) ? 0 : index];
  const text = escapeXml([...initials].slice(0, 2).join('') || '?');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48"><rect width="48" height="48" rx="24" fill="${colour}"/><text x="24" y="24" dy="0.35em" text-anchor="middle" font-family="system-ui,sans-serif" font-size="${[...initials].length > 1 ? 18 : 22}" font-weight="600" fill="#ffffff">${text}</text></svg>`;
}

// A comment page shows the same names again and again; the initials' Unicode scans add up.
const pathMemo = new BoundedMemo<string, string>(10_000);

/** The URL path of an avatar image (served by the comments plugin, cacheable forever). */
export function avatarPath(name: string): string {
  let path = pathMemo.get(name);
  if (path === undefined) {
    path = `/comments/avatar/${avatarSeed(name)}.svg?i=${encodeURIComponent(initialsOf(name))}`;
    pathMemo.set(name, path);
  }
  return path;
}
