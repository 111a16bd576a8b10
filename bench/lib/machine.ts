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
  /** How fast this machine was when the bench started (it varies from day to day). */
  speed: MachineSpeed;
}

/**
 * Two probes that make runs on different days comparable. A virtual machine's speed varies with
 * its neighbours, and page faults (memory touched for the first time) can cost from under one to
 * over fifteen microseconds each: figures of a 500 KB page move with both.
 */
export interface MachineSpeed {
  /** Median milliseconds of a fixed JavaScript workload (objects, strings, JSON, a Map). */
  jsWorkloadMs: number;
  /** Median microseconds per minor page fault when filling freshly mapped memory. */
  pageFaultMicros: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function jsWorkload(): number {
  const started = performance.now();
  const items = Array.from({ length: 20_000 }, (_, i) => ({
    id: i,
    name: `reader ${i}`,
    tags: [i % 7, i % 11],
  }));
  const byName = new Map(items.map((item) => [item.name, item]));
  let found = 0;
  for (let i = 0; i < items.length; i += 3) if (byName.get(`reader ${i}`)) found++;
  const text = JSON.stringify(items);
  if (found === 0 || JSON.parse(text).length !== items.length) throw new Error('workload broken');
  return performance.now() - started;
}

function pageFaultCost(): number {
  const before = process.resourceUsage().minorPageFault;
  const started = performance.now();
  // Fresh memory from the kernel (above every allocator's pool), touched once per byte.
  Buffer.allocUnsafeSlow(32 * 1024 * 1024).fill(1);
  const micros = (performance.now() - started) * 1000;
  const faults = process.resourceUsage().minorPageFault - before;
  return faults > 0 ? micros / faults : NaN;
}

/** Measures MachineSpeed (about a second). */
export function measureMachineSpeed(): MachineSpeed {
  jsWorkload();
  return {
    jsWorkloadMs: median(Array.from({ length: 9 }, jsWorkload)),
    pageFaultMicros: median(Array.from({ length: 5 }, pageFaultCost)),
  };
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
    speed: measureMachineSpeed(),
  };
}
