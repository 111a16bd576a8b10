// The reputation-list signals of a comment (moved out of analyze.ts unchanged, 2026-12-07 late, to
// keep that file under 400 lines).
import type { SignalNote } from './signal-note.ts';
import { describeListHits, reasonListHits } from './lists/explain.ts';
import { SIGNAL_CODES, type ContextEvidence, type SignalCode } from './signals/signals.ts';

/** The signal of each kind of reputation list, and its index in SIGNAL_CODES. */
const LIST_SIGNALS = (
  [
    ['ip', 'list-ip'],
    ['domain', 'list-domain'],
    ['email', 'list-email'],
    ['username', 'list-username'],
  ] as const
).map(([kind, code]) => [kind, code, SIGNAL_CODES.indexOf(code)] as const);
const DISPOSABLE_AT = SIGNAL_CODES.indexOf('disposable-email');

/** The reputation-list signals: each kind's hits weigh what the operator gave their lists. */
export function listSignals(
  ctx: ContextEvidence,
  set: (index: number, value: number, count: number) => void,
): { notes: Map<SignalCode, SignalNote> | null; hold: boolean } {
  const hits = ctx.listHits ?? [];
  if (hits.length === 0 && !ctx.disposableDomain) return { notes: null, hold: false };
  const notes = new Map<SignalCode, SignalNote>();
  for (const [kind, code, at] of LIST_SIGNALS) {
    const mine = hits.filter((h) => h.kind === kind);
    if (mine.length === 0) continue;
    set(
      at,
      mine.reduce((sum, h) => sum + h.weight, 0),
      mine.length,
    );
    notes.set(code, { message: describeListHits(mine), hits: reasonListHits(mine) });
  }
  if (ctx.disposableDomain) {
    set(DISPOSABLE_AT, 1, 1);
    notes.set('disposable-email', {
      message: `e-mail address at a disposable-mail domain (${ctx.disposableDomain}); never spam by itself`,
      values: { domain: ctx.disposableDomain },
    });
  }
  return { notes, hold: hits.some((h) => h.action === 'hold') };
}
