// Who had the cores during a measurement (Linux /proc): how long a process's event loop waited
// for a core while it had work (the scheduler's run-queue time, /proc/<pid>/task/<pid>/schedstat),
// how often it was taken off a core against its will (nonvoluntary_ctxt_switches), and how busy
// the whole machine was (/proc/stat). On two shared cores a server's figures depend on what else
// runs there, the bench's own client included; these say how much.
import { cpus } from 'node:os';
import { readFile } from 'node:fs/promises';
import { processTree } from './proc-tree.ts';

const TICKS_PER_SECOND = 100; // USER_HZ

/** A main thread's scheduling so far. */
export interface SchedCounters {
  /** Seconds on a core. */
  runSeconds: number;
  /** Seconds runnable but waiting for a core. */
  waitSeconds: number;
  /** Times it was preempted (it had work and lost the core). */
  preempted: number;
}

async function readThread(pid: number): Promise<SchedCounters | null> {
  try {
    const [sched, status] = await Promise.all([
      readFile(`/proc/${pid}/task/${pid}/schedstat`, 'utf8'),
      readFile(`/proc/${pid}/task/${pid}/status`, 'utf8'),
    ]);
    const [run, wait] = sched.trim().split(/\s+/).map(Number);
    const preempted = /nonvoluntary_ctxt_switches:\s*(\d+)/.exec(status)?.[1];
    return { runSeconds: run! / 1e9, waitSeconds: wait! / 1e9, preempted: Number(preempted ?? 0) };
  } catch {
    return null;
  }
}

/** The main threads of `pid` and the processes it started, summed; null without /proc. */
export async function readTreeSched(pid: number): Promise<SchedCounters | null> {
  const total: SchedCounters = { runSeconds: 0, waitSeconds: 0, preempted: 0 };
  let any = false;
  for (const p of await processTree(pid)) {
    const c = await readThread(p);
    if (!c) continue;
    any = true;
    total.runSeconds += c.runSeconds;
    total.waitSeconds += c.waitSeconds;
    total.preempted += c.preempted;
  }
  return any ? total : null;
}

/**
 * CPU seconds the whole machine has spent busy (every core, every process), and of them in
 * interrupts (the kernel's loopback delivery is largely softirq time, counted to no process);
 * null without /proc.
 */
export async function readMachineBusy(): Promise<{ busySeconds: number; irqSeconds: number } | null> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
    // cpu user nice system idle iowait irq softirq steal …
    const f = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const irq = f[5]! + f[6]!;
    return {
      busySeconds: (f[0]! + f[1]! + f[2]! + irq + f[7]!) / TICKS_PER_SECOND,
      irqSeconds: irq / TICKS_PER_SECOND,
    };
  } catch {
    return null;
  }
}

/** The machine's cores. */
export const CORES = cpus().length;
