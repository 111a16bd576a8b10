// Puts every request except the health probes through the admission gate (admission-gate.ts):
// the first hook of the app, so a refused request costs no routing, parsing or database work.
// A refusal is 503 with Retry-After and a short page made once at start (rendering the site's
// layout would cost the work the refusal is there to save).
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

const refusalHtml =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Busy right now</title></head><body><main><h1>Busy right now</h1>' +
  '<p>The site has more readers than it can serve this moment. Please try again in a few seconds.</p>' +
  '</main></body></html>';
const refusalJson = JSON.stringify({
  error: { code: 'OVERLOADED', message: 'The server is busy; retry after the time in Retry-After.' },
});

function refuse(request: FastifyRequest, reply: FastifyReply, retryAfterSeconds: number): void {
  const accept = request.headers.accept ?? '';
  const json = accept.includes('application/json') && !accept.includes('text/html');
  void reply
    .code(503)
    .header('Retry-After', String(retryAfterSeconds))
    .header('Cache-Control', 'no-store')
    .type(json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8')
    .send(json ? refusalJson : refusalHtml);
}

/** Adds admission control to `app`; returns the gate (its stats are reported by /readyz and tests). */
export function installAdmissionControl(app: FastifyInstance, limits: AdmissionLimits): AdmissionGate {
  const gate = new AdmissionGate(limits);

  const startWork = (reply: FastifyReply): void => {
    const began = performance.now();
    reply.raw.once('close', () => gate.done(performance.now() - began));
  };

  app.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.config.admission === false) return done();
    const admission = gate.arrive();
    if (admission.kind === 'now') {
      startWork(reply);
      return done();
    }
    if (admission.kind === 'refused') {
      request.log.debug({ retryAfter: admission.retryAfterSeconds }, 'refused: server overloaded');
      refuse(request, reply, admission.retryAfterSeconds);
      return;
    }
    // Waiting: if the client goes away first, leave the queue (or, if the turn came, end it).
    const onClose = (): void => {
      if (!admission.cancel()) gate.done(0);
    };
    reply.raw.once('close', onClose);
    void admission.started.then(() => {
      reply.raw.off('close', onClose);
      if (reply.raw.destroyed) {
        gate.done(0);
        return;
      }
      startWork(reply);
      done();
    });
  });
  return gate;
}
