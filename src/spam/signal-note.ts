// What a reason says beyond its count (analyze.ts gives it, verdict.ts and the admin read it): in a
// file of its own, so the modules that make notes (list-signals.ts, pasted-links.ts) need not
// import the analysis that imports them.
import type { ReasonListHit } from './lists/explain.ts';

/** What a reason says beyond its count: its English words, and the values the admin words it from. */
export interface SignalNote {
  message: string;
  hits?: ReasonListHit[];
  values?: Readonly<Record<string, string | number>>;
}
