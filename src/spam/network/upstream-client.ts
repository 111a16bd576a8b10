// The HTTP side of the upstream: one comment-check with a hard timeout, and the reports the
// outbox job sends. An upstream that is down or slow costs a check at most the timeout, and after
// a few failures in a row none at all: it is rested (not asked) for a while, then tried again.
import type { CommentInput } from '../analyze.ts';
import {
  readCheckAnswer,
  type UpstreamAnswer,
  type UpstreamContext,
  type UpstreamOutcome,
  upstreamForm,
} from './upstream.ts';

/** Where the upstream is and how long a check may wait for it. */
export interface UpstreamConfig {
  url: string;
  key: string;
  timeoutMs: number;
}

/** How the service asks the upstream (a site without one has `NO_UPSTREAM`). */
export interface UpstreamPort {
  /** False when no upstream is configured: nothing is sent, nothing is queued. */
  readonly configured: boolean;
  check(input: CommentInput, ctx: UpstreamContext): Promise<UpstreamAnswer>;
}

/** A site without an upstream: nothing leaves the server. */
export const NO_UPSTREAM: UpstreamPort = {
  configured: false,
  check: () => Promise.resolve({ outcome: 'skipped', guid: null, ms: 0 }),
};

/** What the client tells the log: failures, at most once per `logEveryMs`, with the count since. */
export interface UpstreamLog {
  warn(fields: Record<string, unknown>, message: string): void;
}

/** Failures in a row before the upstream is rested. */
export const FAILURES_TO_REST = 3;
/** How long a failing upstream is rested. */
export const REST_MS = 30_000;

/** An Akismet-protocol upstream over HTTP (fetch, keep-alive). */
export class UpstreamClient implements UpstreamPort {
  readonly configured = true;
  private failures = 0;
  private restUntil = 0;
  private lastLog = -Infinity;
  private unlogged = 0;

  constructor(
    private readonly config: UpstreamConfig,
    private readonly log: UpstreamLog,
    private readonly clock: () => number = () => performance.now(),
    private readonly logEveryMs = 60_000,
  ) {}

  /** Asks the upstream; never throws, never waits longer than the timeout. */
  async check(input: CommentInput, ctx: UpstreamContext): Promise<UpstreamAnswer> {
    const start = this.clock();
    if (start < this.restUntil) return { outcome: 'skipped', guid: null, ms: 0 };
    const body = upstreamForm(input, ctx);
    body.set('api_key', this.config.key);
    let answer: Omit<UpstreamAnswer, 'ms'>;
    let detail: string | null = null;
    try {
      const res = await fetch(`${this.config.url}/1.1/comment-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        body,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      const text = await res.text();
      answer = readCheckAnswer(res.status, text, (name) => res.headers.get(name));
      if (answer.outcome === 'error')
        detail = `HTTP ${res.status}: ${text.slice(0, 80)} ${res.headers.get('x-akismet-debug-help') ?? ''}`;
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      answer = { outcome: timedOut ? 'timeout' : 'error', guid: null };
      detail =
        err instanceof Error ? (((err.cause as Error | undefined)?.message ?? err.message) as string) : '';
    }
    const ms = Math.round(this.clock() - start);
    this.record(answer.outcome, detail, ms);
    return { ...answer, ms };
  }

  private record(outcome: UpstreamOutcome, detail: string | null, ms: number): void {
    if (outcome !== 'timeout' && outcome !== 'error') {
      this.failures = 0;
      return;
    }
    this.failures++;
    const now = this.clock();
    if (this.failures >= FAILURES_TO_REST) this.restUntil = now + REST_MS;
    this.unlogged++;
    if (now - this.lastLog < this.logEveryMs) return;
    this.log.warn(
      {
        upstream: new URL(this.config.url).host,
        outcome,
        detail: detail?.trim() ?? null,
        ms,
        failures: this.unlogged,
        restedForMs: this.failures >= FAILURES_TO_REST ? REST_MS : 0,
      },
      'spam upstream did not answer: the local verdict stands',
    );
    this.lastLog = now;
    this.unlogged = 0;
  }
}

/** Sends one report (submit-spam or submit-ham); throws on anything but Akismet's thanks. */
export async function sendUpstreamReport(
  config: UpstreamConfig,
  kind: 'submit-spam' | 'submit-ham',
  form: URLSearchParams,
  timeoutMs = 10_000,
): Promise<void> {
  const body = new URLSearchParams(form);
  body.set('api_key', config.key);
  const res = await fetch(`${config.url}/1.1/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = (await res.text()).trim();
  if (res.status !== 200 || text === 'invalid' || text.startsWith('Missing required field'))
    throw new Error(`${kind}: HTTP ${res.status} ${text.slice(0, 120)}`);
}
