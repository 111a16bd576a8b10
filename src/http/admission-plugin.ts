// Puts every request except the health probes through the admission gate (admission-gate.ts):
// the first hook of the app, so a refused request costs no routing, parsing or database work.
// A refusal is 503 with Retry-After and a short page in the site's language, made once per
// language (refusal-page.ts: rendering the site's layout would cost the work the refusal saves).
//
// Every admitted request starts in a later turn of the event loop (setImmediate), never inside
// the hook. Node reads the sockets that are ready one after another, and a request rendered from
// SQLite runs to its end without ever waiting (every query answers at once), so a request that
// started inside the hook was finished before the next socket was even read: the gate never saw
// more than one request, however many were waiting unread, and refused nothing while readers
// waited for seconds (2026-12-06, docs/scaling.md). Started later, the requests read in one turn
// are all in the gate first, in the order they were read, and the queue is the real one.
//
// A route whose request only waits, its work done, for something that holds no CPU (the Akismet
// API's check waiting for its commit) gives its slot back with `releaseAdmissionSlot`, so the
// next request is worked on meanwhile (admission-gate.ts, `park`).
import { performance } from 'node:perf_hooks';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AdmissionLimits, AdmissionGate } from './admission-gate.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The admission gate, or null when the app was built without admission control. */
    admission: AdmissionGate | null;
  }
  interface FastifyContextConfig {
    /** false: the route is never queued or refused by admission control (health probes). */
    admission?: boolean;
  }
}

/** Each working request's way to give its slot back (admission-gate.ts, `park`). */
const releases = new WeakMap<FastifyRequest, () => boolean>();

/**
 * Gives `request`'s admission slot back while it waits for something that holds no CPU, its work
 * done: the next waiting request starts. False when there is nothing to give back (no admission
 * control, given back already) or too many requests are parked (it keeps its slot).
 */
export function releaseAdmissionSlot(request: FastifyRequest): boolean {
  return releases.get(request)?.() ?? false;
}

const refusalJson = JSON.stringify({
  error: { code: 'OVERLOADED', message: 'The server is busy; retry after the time in Retry-After.' },
});

function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  retryAfterSeconds: number,
  refusalHtml: () => string,
): void {
  const accept = request.headers.accept ?? '';
  const json = accept.includes('application/json') && !accept.includes('text/html');
  void reply
    .code(503)
    .header('Retry-After', String(retryAfterSeconds))
    .header('Cache-Control', 'no-store')
    .type(json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8')
    .send(json ? refusalJson : refusalHtml());
}

/**
 * Adds admission control to `app`; returns the gate (its stats are reported by /readyz and tests).
 * `refusalHtml` gives the page a refused browser gets, already rendered.
 */
export function installAdmissionControl(
  app: FastifyInstance,
  limits: AdmissionLimits,
  refusalHtml: () => string,
): AdmissionGate {
  const gate = new AdmissionGate(limits);

  /** Starts the request in the next turn of the event loop, unless its client has gone. */
  const startSoon = (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    setImmediate(() => {
      if (reply.raw.destroyed) {
        gate.done(Number.NaN);
        return;
      }
      const began = performance.now();
      let parked = false;
      releases.set(request, () => {
        if (parked) return false;
        const at = performance.now();
        parked = gate.park(at - began, at);
        return parked;
      });
      reply.raw.once('close', () => {
        releases.delete(request);
        if (parked) return gate.unpark();
        const ended = performance.now();
        gate.done(ended - began, ended);
      });
      done();
    });
  };

  app.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.config.admission === false) return done();
    const admission = gate.arrive();
    if (admission.kind === 'now') return startSoon(request, reply, done);
    if (admission.kind === 'refused') {
      request.log.debug({ retryAfter: admission.retryAfterSeconds }, 'refused: server overloaded');
      refuse(request, reply, admission.retryAfterSeconds, refusalHtml);
      return;
    }
    // Waiting: if the client goes away first, leave the queue (or, if the turn came, end it).
    const onClose = (): void => {
      if (!admission.cancel()) gate.done(Number.NaN);
    };
    reply.raw.once('close', onClose);
    void admission.started.then(() => {
      reply.raw.off('close', onClose);
      startSoon(request, reply, done);
    });
  });
  return gate;
}
