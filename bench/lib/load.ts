// One load measurement with autocannon's programmatic API: a warm-up run (discarded), then a
// timed run whose every 2xx response time is kept for exact percentiles.
import autocannon, { type AutocannonRequest } from 'autocannon';
import { loadavg } from 'node:os';
import { readTreeCounters } from './proc-cpu.ts';
import { type LatencySummary, summarise } from './stats.ts';

/** What to load and for how long. */
export interface LoadOptions {
  /** Server origin, e.g. http://127.0.0.1:3000. */
  origin: string;
  /** Paths requested in turn (one path: the same URL every time). */
  paths: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** The server's process id, to measure the CPU time it (and its workers) spend on the measured run. */
  serverPid?: number;
  /** Request headers (e.g. a browser's Accept-Encoding); none by default. */
  headers?: Record<string, string>;
}

/** The outcome of a measured run. */
export interface LoadResult {
  requestsPerSecond: number;
  /** 2xx responses counted. */
  responses: number;
  seconds: number;
  latency: LatencySummary;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
  /** 1-minute load average of the machine when the run started (contention indicator). */
  loadAverage: number;
  /** Server CPU milliseconds per 2xx response (NaN when unknown). */
  serverCpuMsPerResponse: number;
  /** Share of one core the server got during the run (1 = a full core). */
  serverCpuShare: number;
  /** Server minor page faults per 2xx response (NaN when unknown). */
  serverFaultsPerResponse: number;
}

/** Seconds before autocannon gives up on a response. */
export const LOAD_TIMEOUT_SECONDS = 10;

function requestsFor(paths: string[]): AutocannonRequest[] {
  if (paths.length === 1) return [{ method: 'GET', path: paths[0] as string }];
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }),
    },
  ];
}

async function run(options: LoadOptions, seconds: number, record: boolean) {
  const latencies: number[] = [];
  let bytes = 0;
  const instance = autocannon({
    url: options.origin,
    connections: options.connections,
    pipelining: 1,
    duration: seconds,
    timeout: LOAD_TIMEOUT_SECONDS,
    requests: requestsFor(options.paths),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  if (record) {
    instance.on('response', (_client: unknown, status: number, resBytes: number, responseTime: number) => {
      if (status < 200 || status > 299) return;
      latencies.push(responseTime);
      bytes += resBytes;
    });
  }
  const result = await instance;
  return { result, latencies, bytes };
}

/** Warms up, then measures (a server that answers nothing in time gets 0 req/s and NaN latencies). */
export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(options, options.warmupSeconds, false);
  const loadAverage = loadavg()[0] ?? Number.NaN;
  const before = options.serverPid ? await readTreeCounters(options.serverPid) : null;
  const { result, latencies, bytes } = await run(options, options.seconds, true);
  const after = options.serverPid ? await readTreeCounters(options.serverPid) : null;
  const cpuSeconds = before && after ? after.cpuSeconds - before.cpuSeconds : Number.NaN;
  const faults = before && after ? after.minorFaults - before.minorFaults : Number.NaN;
  return {
    requestsPerSecond: latencies.length / result.duration,
    responses: latencies.length,
    seconds: result.duration,
    latency: summarise(latencies),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
    loadAverage,
    serverCpuMsPerResponse: (cpuSeconds * 1000) / latencies.length,
    serverCpuShare: cpuSeconds / result.duration,
    serverFaultsPerResponse: faults / latencies.length,
  };
}
