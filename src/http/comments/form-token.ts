// The comment form's spam evidence: a signed token carrying the render time (HMAC with the same
// secret as the comments' cookies) and a honeypot field people never see.
import { signValue, verifySigned } from '../../comments/signing.ts';
import type { FormEvidence } from '../../spam/signals/signals.ts';

/** Name of the hidden honeypot field (a plausible name, so bots fill it in). */
export const HONEYPOT_FIELD = 'website2';
/** Name of the signed render-time field. */
export const FORM_TOKEN_FIELD = 'formToken';

/** A token saying "this form was rendered at `now`". */
export function issueFormToken(secret: string, now: Date): string {
  return signValue(secret, `form:${now.getTime()}`);
}

/** Form evidence from the posted fields: honeypot value, token validity and form age. */
export function readFormEvidence(body: unknown, secret: string, now: Date): FormEvidence {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const honeypot = typeof fields[HONEYPOT_FIELD] === 'string' ? (fields[HONEYPOT_FIELD] as string) : '';
  const token =
    typeof fields[FORM_TOKEN_FIELD] === 'string' ? (fields[FORM_TOKEN_FIELD] as string) : undefined;
  const payload = verifySigned(secret, token);
  const match = payload ? /^form:(\d{1,15})$/.exec(payload) : null;
  if (!match) return { honeypot, formAgeSeconds: null, tokenValid: false };
  return {
    honeypot,
    formAgeSeconds: Math.max(0, (now.getTime() - Number(match[1])) / 1000),
    tokenValid: true,
  };
}
