// The V8 flags a worker runs with. `npm start` and the documented service units start Node with
// them (package.json, docs/operations.md), and a cluster worker inherits its primary's flags; but
// a primary started without them (`silkpress start`, `node bin/silkpress.js start` in a unit of
// one's own) gave its workers V8's defaults, which let each worker's heap grow to 266-273 MB RSS
// after the memory bench's load instead of about 160 (docs/scaling.md). The primary therefore adds
// each flag its own command line and NODE_OPTIONS leave unset; one the operator set always wins.

/** The production heap flags, one per V8 option (the values of package.json's `start`). */
export const WORKER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=50'];

/** The option a flag sets, spelled with dashes ("--max_semi_space_size=8" → "max-semi-space-size"). */
function optionOf(flag: string): string {
  return flag.replace(/^--/, '').split('=')[0]!.replaceAll('_', '-');
}

/**
 * The worker's execArgv: the primary's own, plus each production flag whose option neither the
 * primary's command line nor NODE_OPTIONS (which every worker also reads) sets.
 */
export function workerExecArgv(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const set = new Set(
    [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].filter((a) => a.startsWith('--')).map(optionOf),
  );
  return [...execArgv, ...WORKER_V8_FLAGS.filter((flag) => !set.has(optionOf(flag)))];
}
