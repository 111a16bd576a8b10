// The comment benchmarks alone, for quick iterations (`node --import tsx bench/comments.ts`);
// `npm run bench` runs the same measurements and records them in bench/README.md.
import { cpus, loadavg } from 'node:os';
import { measureComments } from './lib/comments-bench.ts';
import { measureMachineSpeed } from './lib/machine.ts';

const speed = measureMachineSpeed();
console.log(
  `machine speed: JS workload ${speed.jsWorkloadMs.toFixed(1)} ms, page fault ${speed.pageFaultMicros.toFixed(1)} µs`,
);

const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const results = await measureComments(
  {
    seconds,
    warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 1),
    connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
    // BENCH_CPU_PROF=DIR writes --cpu-prof profiles of the Silkpress children there.
    cpuProfileDir: process.env.BENCH_CPU_PROF || null,
  },
  (line) => console.log(`[comments bench] ${line}`),
);
for (const p of results.pages) {
  const r = p.result;
  console.log(
    `${p.label}: ${r.requestsPerSecond.toFixed(0)} pages/s, p50 ${r.latency.p50.toFixed(1)} ms, p99 ${r.latency.p99.toFixed(1)} ms, ` +
      `${(r.bytesPerResponse / 1024).toFixed(0)} KB, ${p.commentsShown} comments shown, server ${r.serverCpuMsPerResponse.toFixed(2)} CPU ms/page, ${r.serverFaultsPerResponse.toFixed(0)} page faults/page`,
  );
}
const q = results.posts;
console.log(
  `Comment POST: ${q.perSecond.toFixed(0)}/s accepted (303), p50 ${q.latency.p50.toFixed(1)} ms, p99 ${q.latency.p99.toFixed(1)} ms, ` +
    `server ${q.serverCpuMsPerPost.toFixed(2)} CPU ms/post; stored ${JSON.stringify(q.storedByStatus)}, other ${JSON.stringify(q.otherStatuses)}`,
);
console.log(`machine load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
