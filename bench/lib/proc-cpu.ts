// CPU time another process has used, from /proc/<pid>/stat (Linux). On a shared machine requests
// per CPU-second stay meaningful when requests per wall-second do not.
import { readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux x86-64 and arm64

/** User + system CPU seconds used so far by `pid`; null where /proc is unavailable. */
export async function readProcessCpuSeconds(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
