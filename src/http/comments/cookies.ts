// The comment cookies: the signed "my pending comments" pass (lets an author see their held
// comment; makes their article pages personal and uncached) and the opt-in "remember me".
import { decodePendingPass, encodePendingPass, type PendingPass } from '../../comments/signing.ts';

/** Name of the signed pending-comments cookie. */
export const PENDING_COOKIE = 'sp_pending';
/** Name of the remember-me cookie (name, email, website). */
export const REMEMBER_COOKIE = 'sp_commenter';

const PENDING_MAX_AGE_S = 24 * 3600;
const REMEMBER_MAX_AGE_S = 365 * 24 * 3600;

/** Cookies from a Cookie header (first value of each name wins; bad encodings are skipped). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (name in out) continue;
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // a malformed value is ignored
    }
  }
  return out;
}

const attributes = (maxAge: number, secure: boolean) =>
  `Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;

/** The reader's valid pending pass, or null. */
export function pendingPassOf(
  cookies: Record<string, string>,
  secret: string,
  now: Date,
): PendingPass | null {
  return decodePendingPass(secret, cookies[PENDING_COOKIE], now);
}

/** Set-Cookie adding `id` to the reader's pending pass (keeping the 20 most recent). */
export function pendingCookie(
  existing: PendingPass | null,
  id: number,
  secret: string,
  now: Date,
  secure: boolean,
): string {
  const ids = [...(existing?.ids ?? []).filter((x) => x !== id), id].slice(-20);
  const value = encodePendingPass(secret, { ids, expiresAt: now.getTime() + PENDING_MAX_AGE_S * 1000 });
  return `${PENDING_COOKIE}=${encodeURIComponent(value)}; ${attributes(PENDING_MAX_AGE_S, secure)}`;
}

/** What "Save my name, email, and website" remembers. */
export interface RememberedCommenter {
  author: string;
  email: string;
  url: string;
}

/** The remembered commenter, or null. */
export function rememberedOf(cookies: Record<string, string>): RememberedCommenter | null {
  const raw = cookies[REMEMBER_COOKIE];
  if (!raw || raw.length > 2000) return null;
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>;
    const s = (x: unknown) => (typeof x === 'string' ? x.slice(0, 500) : '');
    return { author: s(v.author), email: s(v.email), url: s(v.url) };
  } catch {
    return null;
  }
}

/** Set-Cookie remembering the commenter, or clearing the cookie when `who` is null. */
export function rememberCookie(who: RememberedCommenter | null, secure: boolean): string {
  if (!who)
    return `${REMEMBER_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  const value = Buffer.from(JSON.stringify(who), 'utf8').toString('base64url');
  return `${REMEMBER_COOKIE}=${value}; ${attributes(REMEMBER_MAX_AGE_S, secure)}`;
}
