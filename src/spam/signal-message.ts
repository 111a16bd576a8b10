// What the hand-set signal tables (signals.ts, commercial.ts, offers.ts) share: the shape of a
// fixed signal's entry and the counted noun its English message starts with.

/** A hand-set signal: its fixed weight (log-odds per unit of value) and its English message. */
export interface FixedSignalInfo {
  prior: number;
  fixed: true;
  message: (count: number) => string;
}

/** "1 phone number", "3 phone numbers". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
