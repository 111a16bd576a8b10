// One spelling per name, so a list entry and what a comment carries compare equal: domains in
// lower-case ASCII (IDN as punycode), without a trailing dot or a leading "www."; e-mail
// addresses with such a domain; user names case-folded.
import { domainToASCII } from 'node:url';

// A host name of ASCII labels (letters, digits, dash not at an end, underscore as some DNS
// names have), the last one not all digits (that would be an IPv4 address).
const HOST = /^(?:(?!-)[a-z0-9_-]{1,63}(?<!-)\.)*(?!-)(?=[a-z0-9_-]*[a-z_-])[a-z0-9_-]{1,63}(?<!-)$/;

/**
 * A domain in its canonical form, or null when it is not a host name: lower case, IDN → punycode
 * (`bücher.example` → `xn--bcher-kva.example`), no trailing dot, no leading `www.` or `*.`.
 * A URL gives its host (`https://bad.example/page` → `bad.example`).
 */
export function normalizeDomain(text: string): string | null {
  let t = text.trim();
  if (t === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
    try {
      t = new URL(t).hostname;
    } catch {
      return null;
    }
  }
  if (t.charCodeAt(0) === 42 /* * */ || t.charCodeAt(0) === 46 /* . */) t = t.replace(/^\*?\.+/, '');
  if (t.endsWith('.')) t = t.replace(/\.+$/, '');
  if (t === '') return null;
  // Plain lower-case ASCII (nearly every host) needs no IDN conversion.
  let ascii = t.toLowerCase();
  if (!/^[a-z0-9._-]+$/.test(ascii)) {
    if (/[\s/@:]/.test(t)) return null;
    ascii = domainToASCII(t);
  }
  const host = ascii.startsWith('www.') ? ascii.slice(4) : ascii;
  return HOST.test(host) ? host : null;
}

/** An e-mail address's parts in canonical form; null when it is not an address. */
export function normalizeEmail(text: string): { local: string; domain: string } | null {
  const t = text.trim();
  const at = t.lastIndexOf('@');
  if (at <= 0 || at === t.length - 1) return null;
  const local = t.slice(0, at).toLowerCase();
  if (/[\s@]/.test(local)) return null;
  const domain = normalizeDomain(t.slice(at + 1));
  return domain ? { local, domain } : null;
}

/** A user name compared case-insensitively: NFKC, case-folded, inner spaces collapsed. */
export function normalizeUsername(text: string): string | null {
  const t = text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return t === '' ? null : t;
}
