// The admin's front door in the public app. A worker that only ever serves readers never needs
// the admin's routes, views and catalogs (about 3.5 MB of V8's old generation in every worker,
// docs/scaling.md, "Memory per worker, 2026-12-06, evening"), and Fastify takes no route once it
// is ready. So the public app routes every /admin address here, and the first such request
// builds the admin's own Fastify instance (admin-app.ts, loaded then); this request and every
// later one are handed to it whole, body unread. The public app's hooks have run by then (the
// admission gate holds the request's slot until its response ends); the admin app runs its own
// (security headers, the request id, compression, error pages) on the response it sends.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestIdOf } from './request-id.ts';

/** Options of the door. */
export interface AdminDoorOptions {
  /** Builds the admin's app, ready; called on the first request (again after a failure). */
  open(): Promise<FastifyInstance>;
}

const forwardedIds = new WeakMap<IncomingMessage, string>();

/** The id the public app gave a request it handed on, so both log it under one id. */
export function forwardedRequestId(raw: IncomingMessage): string {
  return forwardedIds.get(raw) ?? requestIdOf(raw);
}

/** Routes every address under the prefix (`/admin`) to the admin's app. */
export async function adminDoor(app: FastifyInstance, { open }: AdminDoorOptions): Promise<void> {
  let admin: Promise<FastifyInstance> | null = null;
  app.addHook('onClose', async () => {
    const opened = await admin?.catch(() => null);
    await opened?.close();
  });
  // The body is the admin app's to read (its parsers, its limits): nothing here consumes it.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));
  const forward = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    admin ??= open().catch((err: unknown) => {
      admin = null;
      throw err;
    });
    const inner = await admin;
    forwardedIds.set(request.raw, request.id);
    reply.hijack();
    inner.routing(request.raw, reply.raw);
  };
  app.all('/', forward);
  app.all('/*', forward);
}
