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
   * Proportional set size (smaps_rollup): each page shared with other processes counted as its
   * share. Workers share Node's own binary and libraries (about 50 MB, counted whole in every
   * worker's RSS), so PSS is what one more worker costs the machine. NaN where unavailable.
   */
  pss: number;
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
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const kib = (text: string, field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  };
  return { rss: kib(status, 'VmRSS'), peakRss: kib(status, 'VmHWM'), pss: kib(rollup, 'Pss') };
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
    pss: Math.max(...serving.map((m) => m.pss)),
    workers: serving.length,
    totalRss: all.reduce((sum, m) => sum + m.rss, 0),
  };
}
