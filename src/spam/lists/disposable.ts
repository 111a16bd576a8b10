// Disposable-mail domains, from the community-maintained disposable-email-domains list as the
// `disposable-email-domains-js` package ships it (CC0, no dependencies, released as the list
// changes): updating the package updates the list. Read once, on the first address checked.
import { disposableEmailBlocklist } from 'disposable-email-domains-js';
import { normalizeEmail } from './normalize.ts';

let domains: ReadonlySet<string> | null = null;

function disposableDomains(): ReadonlySet<string> {
  domains ??= new Set(disposableEmailBlocklist().map((d) => d.trim().toLowerCase()));
  return domains;
}

/** Number of disposable-mail domains known. */
export function disposableDomainCount(): number {
  return disposableDomains().size;
}

/**
 * The disposable-mail domain an address is at (also for a subdomain of one, as such services
 * hand out), or null.
 */
export function disposableDomainOf(email: string | null | undefined): string | null {
  if (!email) return null;
  const parts = normalizeEmail(email);
  if (!parts) return null;
  const set = disposableDomains();
  let host = parts.domain;
  for (;;) {
    if (set.has(host)) return host;
    const dot = host.indexOf('.');
    // Never match a bare top-level domain.
    if (dot < 0 || host.indexOf('.', dot + 1) < 0) return null;
    host = host.slice(dot + 1);
  }
}
