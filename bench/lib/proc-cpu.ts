// CPU time another process has used, from /proc/<pid>/stat (Linux). On a shared machine requests
// per CPU-second stay meaningful when requests per wall-second do not.
import { readFile } from 'node:fs/promises';
import { processTree } from './proc-tree.ts';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux x86-64 and arm64

/** What a process has used so far: CPU time and minor page faults. */
export interface ProcessCounters {
  /** User + system CPU seconds. */
  cpuSeconds: number;
  /**
   * Minor page faults (memory first touched). In a virtual machine each can cost several
   * microseconds, so a request that maps fresh memory pays for it in CPU time.
   */
  minorFaults: number;
}

/**
 * The counters of `pid` from /proc/<pid>/stat; null where /proc is unavailable. `mainThread`: those
 * of its main thread only (/proc/<pid>/task/<pid>/stat: the event loop's, without worker threads).
 */
export async function readProcessCounters(pid: number, mainThread = false): Promise<ProcessCounters | null> {
  try {
    const stat = await readFile(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3 (state):
    // minflt is field 10, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      minorFaults: Number(fields[7]),
    };
  } catch {
    return null;
  }
}

/** User + system CPU seconds used so far by `pid`; null where /proc is unavailable. */
export async function readProcessCpuSeconds(pid: number): Promise<number | null> {
  return (await readProcessCounters(pid))?.cpuSeconds ?? null;
}

/**
 * The counters of `pid` and every process it started, summed (a cluster's primary and workers).
 * A worker that exited meanwhile takes its counts with it: compare runs of the same tree.
 * `mainThreads`: only each process's main thread (its event loop).
 */
export async function readTreeCounters(pid: number, mainThreads = false): Promise<ProcessCounters | null> {
  const pids = await processTree(pid);
  if (pids.length === 0) return null;
  const total: ProcessCounters = { cpuSeconds: 0, minorFaults: 0 };
  for (const p of pids) {
    const c = await readProcessCounters(p, mainThreads);
    if (!c) continue;
    total.cpuSeconds += c.cpuSeconds;
    total.minorFaults += c.minorFaults;
  }
  return total;
}
