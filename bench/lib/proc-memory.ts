// Memory of another process from /proc/<pid>/status (Linux): resident set now and its peak.
import { readFile } from 'node:fs/promises';
import { processTree } from './proc-tree.ts';

/** Resident memory of a process, in bytes. */
export interface ProcessMemory {
  /** VmRSS: resident set size now. */
  rss: number;
  /** VmHWM: the peak resident set size since the process started. */
  peakRss: number;
  /**
   * For a process tree (readServerMemory): how many processes serve requests (1 for a single
   * process), and their resident sets added up. rss and peakRss are then the largest worker's.
   */
  workers?: number;
  totalRss?: number;
}

/** Reads VmRSS and VmHWM of `pid`; null where /proc is unavailable or the process is gone. */
export async function readProcessMemory(pid: number): Promise<ProcessMemory | null> {
  let status: string;
  try {
    status = await readFile(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  };
  return { rss: kib('VmRSS'), peakRss: kib('VmHWM') };
}

/**
 * Memory of a server that may be a tree (a cluster primary and its workers): rss and peakRss of
 * the largest process that serves requests (the primary of a cluster serves none, so it is left
 * out of those), the number of such processes and the resident sets of the whole tree added up.
 */
export async function readServerMemory(pid: number): Promise<ProcessMemory | null> {
  const pids = await processTree(pid);
  const all = (await Promise.all(pids.map((p) => readProcessMemory(p)))).filter(
    (m): m is ProcessMemory => m !== null,
  );
  if (all.length === 0) return null;
  const serving = all.length > 1 ? all.slice(1) : all;
  return {
    rss: Math.max(...serving.map((m) => m.rss)),
    peakRss: Math.max(...serving.map((m) => m.peakRss)),
    workers: serving.length,
    totalRss: all.reduce((sum, m) => sum + m.rss, 0),
  };
}
