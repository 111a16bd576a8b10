// Keeps the importing thread's heap from filling with garbage. V8 sizes the next full collection
// from the heap limit, which on a large machine lets an import's short-lived batches pile up to
// several hundred MB before anything is freed. Between batches we ask for a full collection once
// the heap has grown by `slack` since the last one: ~20 ms every second or two of importing,
// for a flat memory profile. The collector comes from a V8 flag set at runtime; where that is not
// possible the guard does nothing.
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * A guard for one import; call `check()` between batches. The slack grows with the live heap (a
 * quarter of it), so in a big process (the admin import runs in the server) collections, which
 * cost in proportion to the live heap, stay as rare relative to the work as in the CLI.
 */
export function createHeapGuard(minSlackBytes = 16 * 1024 * 1024): { check(): void } {
  let floor = v8.getHeapStatistics().used_heap_size;
  return {
    check() {
      if (v8.getHeapStatistics().used_heap_size < floor + Math.max(minSlackBytes, floor / 4)) return;
      collector()?.();
      floor = v8.getHeapStatistics().used_heap_size;
    },
  };
}
