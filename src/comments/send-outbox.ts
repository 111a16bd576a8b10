// The outbox sender: claims due messages, hands each to the transport, records the result,
// and retries failures with exponential backoff (1 min, 2, 4 … capped at 6 h; 8 attempts).
import type { OutboxMessage, OutboxRepo } from './outbox-repo.ts';
import type { Clock } from '../kernel/clock.ts';

/** Sends one message (nodemailer in production, an SMTP test server in tests). */
export interface MailTransport {
  send(message: OutboxMessage): Promise<void>;
}

/** Attempts before a message is marked failed. */
export const MAX_ATTEMPTS = 8;

/** When to try again after `attempts` failed attempts, or null to give up. */
export function retryAt(now: Date, attempts: number): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const delayMs = Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
  return new Date(now.getTime() + delayMs);
}

/** Sends due mail in batches until none is due; returns how many were sent. */
export async function sendDueMail(
  deps: {
    outbox: Pick<OutboxRepo, 'claimDue' | 'markSent' | 'markFailed'>;
    transport: MailTransport;
    clock: Clock;
  },
  options: { batch?: number; leaseMs?: number; maxBatches?: number } = {},
): Promise<number> {
  let sent = 0;
  for (let i = 0; i < (options.maxBatches ?? 20); i++) {
    const claimed = await deps.outbox.claimDue(
      deps.clock.now(),
      options.batch ?? 20,
      options.leaseMs ?? 5 * 60_000,
    );
    if (claimed.length === 0) break;
    for (const message of claimed) {
      try {
        await deps.transport.send(message);
        await deps.outbox.markSent(message.id, deps.clock.now());
        sent += 1;
      } catch (err) {
        const now = deps.clock.now();
        await deps.outbox.markFailed(
          message.id,
          err instanceof Error ? err.message : String(err),
          retryAt(now, message.attempts),
        );
      }
    }
  }
  return sent;
}
