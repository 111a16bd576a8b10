// Content negotiation for errors and form answers: JSON for API clients and scripts, HTML for
// browsers (whose Accept header names text/html).
import type { FastifyRequest } from 'fastify';

/** True when the client asks for JSON and not for HTML. */
export function wantsJson(request: Pick<FastifyRequest, 'headers'>): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}
