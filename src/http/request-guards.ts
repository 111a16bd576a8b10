// Requests refused before routing: ones that are well-formed HTTP but ambiguous about where they
// are going (two Host headers: a proxy and the app could each pick a different one).
import type { FastifyInstance } from 'fastify';
import { AppError } from '../kernel/app-error.ts';

/** How many headers named `name` (lower case) the request carried. */
export function headerCount(rawHeaders: string[], name: string): number {
  let n = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === name) n += 1;
  return n;
}

/** Registers the checks on every route of `app`. */
export function installRequestGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (headerCount(request.raw.rawHeaders, 'host') > 1)
      throw new AppError('BAD_REQUEST', 'The request names more than one host.');
  });
}
