// Memory of another process from /proc/<pid>/status (Linux): resident set now and its peak.
import { readFile } from 'node:fs/promises';

/** Resident memory of a process, in bytes. */
export interface ProcessMemory {
  /** VmRSS: resident set size now. */
  rss: number;
  /** VmHWM: the peak resident set size since the process started. */
  peakRss: number;
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
