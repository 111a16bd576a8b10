// A description of the machine the bench ran on, for the README and the JSON results.
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';

/** The machine and runtime. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1, 5 and 15-minute load averages when the bench started. */
  loadAverage: number[];
}

async function firstMatch(file: string, pattern: RegExp): Promise<string | null> {
  try {
    return pattern.exec(await readFile(file, 'utf8'))?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

/** Reads the CPU model from /proc/cpuinfo, the OS from /etc/os-release, the rest from node:os. */
export async function describeMachine(): Promise<MachineInfo> {
  const cpuModel =
    (await firstMatch('/proc/cpuinfo', /^model name\s*:\s*(.+)$/m)) ?? cpus()[0]?.model ?? 'unknown CPU';
  const distro = (await firstMatch('/etc/os-release', /^PRETTY_NAME="?([^"\n]+)"?$/m)) ?? process.platform;
  return {
    cpuModel,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${distro}, Linux ${release()}`,
    loadAverage: loadavg().map((v) => Math.round(v * 100) / 100),
  };
}
