// Request ids: the one a proxy or load balancer sent (X-Request-Id) when it is a plausible token,
// so one request's lines can be followed from the proxy's log into ours; else a fresh UUID.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Letters, digits and `._:-`, 1–128 characters: what proxies generate (UUIDs, hex, nginx's $request_id). */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id of a request: its sane X-Request-Id, or a new random one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_ID.test(given) ? given : randomUUID();
}
