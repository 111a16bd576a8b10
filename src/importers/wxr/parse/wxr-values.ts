// Coercions from WXR's text fields to typed values. Every field is untrusted text.
import type { WxrCommentApproval } from './wxr-records.ts';

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** A non-negative integer id, or null when absent or not a number; 0 stays 0. */
export function toId(text: string | undefined): number | null {
  const t = text?.trim() ?? '';
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** A parent or user id where WordPress writes 0 for "none". */
export function toOptionalId(text: string | undefined): number | null {
  const n = toId(text);
  return n === 0 ? null : n;
}

/** An integer such as menu_order (may be negative); 0 when absent. */
export function toInt(text: string | undefined): number {
  const t = text?.trim() ?? '';
  return /^-?\d+$/.test(t) ? Number(t) : 0;
}

/** A WordPress local date kept as written, or null for the zero date or garbage. */
export function toLocalDate(text: string | undefined): string | null {
  const t = text?.trim() ?? '';
  const m = WP_DATE.exec(t);
  if (!m || m[1] === '0000') return null;
  return `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`;
}

/** A WordPress GMT date 'YYYY-MM-DD HH:MM:SS' as ISO 8601 UTC, or null for the zero date or garbage. */
export function toIsoUtc(text: string | undefined): string | null {
  const local = toLocalDate(text);
  if (local === null) return null;
  const iso = `${local.replace(' ', 'T')}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** ISO 8601 (any zone) back to WordPress's 'YYYY-MM-DD HH:MM:SS' in UTC; null → the zero date. */
export function toWpGmt(iso: string | null): string {
  if (iso === null) return '0000-00-00 00:00:00';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '0000-00-00 00:00:00';
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** WordPress's comment_approved ('1', '0', 'spam', 'trash', 'post-trashed') as a state; unknown → pending. */
export function toApproval(text: string | undefined): WxrCommentApproval {
  switch (text?.trim()) {
    case '1':
    case 'approve':
    case 'approved':
      return 'approved';
    case 'spam':
      return 'spam';
    case 'trash':
    case 'post-trashed':
      return 'trash';
    default:
      return 'pending';
  }
}

/** The state back as WordPress writes it. */
export function fromApproval(approved: WxrCommentApproval): string {
  return { approved: '1', pending: '0', spam: 'spam', trash: 'trash' }[approved];
}

/** A comment type; WordPress writes '' for ordinary comments. */
export function toCommentType(text: string | undefined): string {
  const t = text?.trim() ?? '';
  return t === '' ? 'comment' : t;
}

/** Sets a key on a plain record without letting '__proto__' or similar keys reach the prototype. */
export function setOwn(target: Record<string, string>, key: string, value: string): void {
  if (Object.prototype.hasOwnProperty.call(target, key)) return;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
