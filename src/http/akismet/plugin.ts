// The Akismet-compatible API under /1.1/ and /1.2/: verify-key, comment-check, submit-spam,
// submit-ham, usage-limit and key-sites, answering in Akismet's plain-text wire format. It only
// translates: scoring, recording and learning are the spam service's (the same as our form's).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STORAGE_RETRY_AFTER_SECONDS } from '../errors.ts';
import { releaseAdmissionSlot } from '../admission-plugin.ts';
import { storageFailure } from '../../db/storage-errors.ts';
import type { ApiKeyRecord } from '../../spam/network/api-key-repo.ts';
import { usageMonth } from '../../spam/network/api-keys.ts';
import type { SpamFeature } from '../../compose/spam.ts';
import { reportFromClient } from '../../spam/network/client-report.ts';
import { NETWORK_EVIDENCE_HEADER } from '../../spam/network/upstream.ts';
import { MalformedFormError, parseFormBody } from './form-body.ts';
import { API_KEYS_CHANGED } from '../../spam/service/change-keys.ts';
import { KeyGuard, requestKey } from './key-guard.ts';
import { keySitesBody } from './key-sites.ts';
import { toAkismetRequest } from './to-input.ts';
import type { Clock } from '../../kernel/clock.ts';

/** Akismet's answer to a reported comment. */
export const THANKS = 'Thanks for making the web a better place.';

/** Largest accepted body (a comment is read up to 10,000 characters anyway). */
export const AKISMET_BODY_LIMIT = 64 * 1024;

/** Options of the plugin. */
export interface AkismetPluginOptions {
  spam: SpamFeature;
  changes: { subscribe(l: (keys: string[]) => void): () => void };
  clock: Clock;
}

type Params = Record<string, string>;
type Req = FastifyRequest<{ Body: Params }>;

const text = (reply: FastifyReply, body: string, status = 200) =>
  reply
    .code(status)
    .type('text/plain; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .send(body);

const invalidKey = (reply: FastifyReply, help = 'We were unable to verify your API key.') =>
  text(reply.header('X-akismet-debug-help', help), 'invalid');

function missing(p: Params, names: string[]): string | null {
  return names.find((n) => (p[n] ?? '').trim() === '') ?? null;
}

const params = (req: Req): Params => (req.body && typeof req.body === 'object' ? req.body : {});

/** True when every field is there; otherwise answers Akismet's "missing required field". */
async function requireFields(reply: FastifyReply, p: Params, names: string[]): Promise<boolean> {
  const gap = missing(p, names);
  if (gap === null) return true;
  await text(
    reply
      .header('X-akismet-debug-help', `Empty "${gap}" value`)
      .header('X-akismet-error', `Missing required field: ${gap}.`),
    `Missing required field: ${gap}.`,
  );
  return false;
}

/** Request bodies as Akismet's clients send them, and errors in its wire format. */
function installWireFormat(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: AKISMET_BODY_LIMIT }, (_req, body, done) => {
    try {
      done(null, parseFormBody(body as Buffer));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof MalformedFormError)
      return text(
        reply.header('X-akismet-error', 'Malformed request body'),
        `Bad request: ${err.message}.`,
        400,
      );
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return text(reply.header('X-akismet-error', 'Request body too large'), 'Request body too large.', 413);
    if (err.statusCode && err.statusCode < 500)
      return text(reply.header('X-akismet-error', 'Bad request'), 'Bad request.', err.statusCode);
    req.log.error({ err }, 'akismet api error');
    // The database cannot store the check right now: a client should retry, not give up.
    if (storageFailure(err))
      return text(
        reply
          .header('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS))
          .header('X-akismet-error', 'Temporarily unavailable'),
        'Temporarily unavailable: the service cannot store anything right now. Try again in a minute.',
        503,
      );
    return text(reply.header('X-akismet-error', 'Internal error'), 'Internal error.', 500);
  });
}

/** What every route of one API version uses. */
interface ApiContext {
  spam: SpamFeature;
  clock: Clock;
  guard: KeyGuard;
  gate: KeyGate;
}

/** The key checks every route shares, answering refusals in the wire format. */
interface KeyGate {
  /** Sets Retry-After for a wait until `at`. */
  retryAfter(reply: FastifyReply, at: Date): FastifyReply;
  tooManyGuesses(reply: FastifyReply, at: Date): FastifyReply;
  /** The key of a request, or null with a reply already sent (invalid key, too many guesses, over the limit). */
  authorise(req: Req, reply: FastifyReply, count?: boolean): Promise<ApiKeyRecord | null>;
}

/** The key checks over `guard`, on `clock`. */
function keyGate(guard: KeyGuard, clock: Clock): KeyGate {
  const retryAfter = (reply: FastifyReply, at: Date) =>
    reply.header(
      'Retry-After',
      String(Math.max(1, Math.ceil((at.getTime() - clock.now().getTime()) / 1000))),
    );
  const tooManyGuesses = (reply: FastifyReply, at: Date) =>
    text(
      retryAfter(reply, at).header('X-akismet-error', 'Too many invalid keys'),
      'Too many invalid API keys from your address. Try again later.',
      429,
    );
  const authorise = async (req: Req, reply: FastifyReply, count = true): Promise<ApiKeyRecord | null> => {
    const given = requestKey(params(req), req.headers.host);
    const checked = await guard.check(given, req.ip);
    if (checked.kind === 'throttled') {
      await tooManyGuesses(reply, checked.retryAt);
      return null;
    }
    if (checked.kind === 'invalid') {
      await invalidKey(reply, given ? 'We were unable to verify your API key.' : 'Empty "api_key" value');
      return null;
    }
    const { record } = checked;
    const admitted = await guard.admit(record, count);
    if (!admitted.ok) {
      await text(
        retryAfter(reply, admitted.retryAt).header('X-akismet-error', 'Rate limit exceeded'),
        `Rate limit exceeded: this key allows ${record.rateLimit} requests per minute. Try again in a minute.`,
        429,
      );
      return null;
    }
    return record;
  };
  return { retryAfter, tooManyGuesses, authorise };
}

/** comment-check, submit-spam and submit-ham of one API version. */
function registerCommentRoutes(app: FastifyInstance, version: string, ctx: ApiContext): void {
  const { spam, clock, gate } = ctx;
  app.post(`/${version}/comment-check`, async (req: Req, reply) => {
    const record = await gate.authorise(req, reply);
    if (!record) return reply;
    const p = params(req);
    if (!(await requireFields(reply, p, ['blog', 'user_ip']))) return reply;
    const r = toAkismetRequest(p, clock.now());
    const result = await spam.service.check(r.input, {
      origin: 'api',
      apiKeyId: record.id,
      isTest: r.isTest,
      articleKey: r.articleKey,
      remember: !r.recheck,
      forced: r.forced,
      // Scored: waiting for the commit holds no CPU, so the next checks are scored meanwhile and
      // join the batch after this one (still answered only once its own batch is committed).
      onScored: () => void releaseAdmissionSlot(req),
    });
    const v = result.verdict;
    // Akismet answers true or false; a held comment is not spam ("false"), and the header tells
    // clients that know it (and people reading logs) that a moderator should look at it.
    const blocked = !v.shadow && (v.verdict === 'spam' || v.verdict === 'discard');
    reply.header('X-akismet-guid', result.guid);
    if (!v.shadow && v.verdict === 'hold') reply.header('X-Silkpress-Verdict', 'hold');
    // What of this verdict is the hub's memory (other sites' reports, its campaigns, history and
    // lists): a Silkpress site asking it counts that, not the text it scores itself (upstream.ts).
    // A forced outcome (a test trigger, an administrator) says nothing of the kind.
    if (!v.shadow && r.forced === null && v.memory !== undefined)
      reply.header(NETWORK_EVIDENCE_HEADER, v.memory.toFixed(2));
    if (blocked && v.verdict === 'discard' && r.forced === null) reply.header('X-akismet-pro-tip', 'discard');
    return text(reply, blocked ? 'true' : 'false');
  });

  for (const [name, decision] of [
    ['submit-spam', 'spam'],
    ['submit-ham', 'not-spam'],
  ] as const) {
    app.post(`/${version}/${name}`, async (req: Req, reply) => {
      const record = await gate.authorise(req, reply);
      if (!record) return reply;
      const p = params(req);
      if (!(await requireFields(reply, p, ['blog', 'user_ip']))) return reply;
      const r = toAkismetRequest(p, clock.now());
      await reportFromClient(spam, record, r, decision, clock.now());
      return text(reply, THANKS);
    });
  }
}

/** verify-key, usage-limit and key-sites of one API version. */
function registerKeyRoutes(app: FastifyInstance, version: string, ctx: ApiContext): void {
  const { spam, clock, guard, gate } = ctx;
  app.post(`/${version}/verify-key`, async (req: Req, reply) => {
    const key = requestKey(params(req), undefined);
    if (key === null) return invalidKey(reply, 'Empty "key" value');
    const checked = await guard.check(key, req.ip);
    if (checked.kind === 'throttled') return gate.tooManyGuesses(reply, checked.retryAt);
    if (checked.kind === 'invalid') return invalidKey(reply);
    const admitted = await guard.admit(checked.record, false);
    if (!admitted.ok) return text(gate.retryAfter(reply, admitted.retryAt), 'Rate limit exceeded.', 429);
    return text(reply, 'valid');
  });

  // Reports about usage are not themselves counted as usage.
  app.post(`/${version}/usage-limit`, async (req: Req, reply) => {
    const record = await gate.authorise(req, reply, false);
    if (!record) return reply;
    await guard.flush();
    const usage = await spam.apiKeys.usage(record.id, usageMonth(clock.now()));
    return reply
      .type('application/json; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .send({ limit: 'none', usage, percentage: '0.00', throttled: false });
  });

  app.post(`/${version}/key-sites`, async (req: Req, reply) => {
    const record = await gate.authorise(req, reply, false);
    if (!record) return reply;
    await Promise.all([guard.flush(), spam.flush()]);
    const out = await keySitesBody(spam, record, params(req), clock.now());
    return reply
      .type(out.type)
      .header('Cache-Control', 'no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .send(out.body);
  });
}

/** Registers the Akismet-compatible routes (at the root: /1.1/… and /1.2/…). */
export async function akismetPlugin(app: FastifyInstance, opts: AkismetPluginOptions): Promise<void> {
  const { spam, clock } = opts;
  const guard = new KeyGuard(spam.apiKeys, spam.limits, () => clock.now());
  const unsubscribe = opts.changes.subscribe((keys) => {
    if (keys.includes(API_KEYS_CHANGED) || keys.includes('*')) guard.forget();
  });
  const timer = setInterval(() => void guard.flush().catch(() => {}), 2000);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    unsubscribe();
    await guard.flush().catch(() => {});
  });

  installWireFormat(app);
  const ctx: ApiContext = { spam, clock, guard, gate: keyGate(guard, clock) };
  for (const version of ['1.1', '1.2']) {
    registerKeyRoutes(app, version, ctx);
    registerCommentRoutes(app, version, ctx);
  }
}
