// Turns a run's results into the console report and the Markdown results section of the README.
import type { BenchResults } from './results.ts';
import { markdownTable, textTable } from './tables.ts';

const MB = 1e6;
// Values may be null when read back from JSON (NaN serialises as null).
const ms = (v: number | null) =>
  v === null || !Number.isFinite(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1);
const int = (v: number) => Math.round(v).toLocaleString('en-US');
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(0)} MB`);

function scenarioTable(r: BenchResults) {
  const headers = [
    'Scenario',
    'URLs',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'KB/resp',
    'bad',
    'CPU ms/resp',
    'CPU share',
    'load avg',
  ];
  const rows = r.scenarios.map((s) => [
    s.label,
    int(s.distinctPaths),
    int(s.result.requestsPerSecond),
    ms(s.result.latency.p50),
    ms(s.result.latency.p95),
    ms(s.result.latency.p99),
    (s.result.bytesPerResponse / 1000).toFixed(1),
    int(s.result.non2xx + s.result.errors),
    Number.isFinite(s.result.serverCpuMsPerResponse) ? s.result.serverCpuMsPerResponse.toFixed(2) : '—',
    Number.isFinite(s.result.serverCpuShare) ? `${(s.result.serverCpuShare * 100).toFixed(0)}%` : '—',
    s.result.loadAverage.toFixed(1),
  ]);
  return { headers, rows, numeric: [false, ...headers.slice(1).map(() => true)] };
}

function ratioTable(r: BenchResults) {
  const label = (id: string) =>
    id.includes('/') ? id : `${r.scenarios.find((s) => s.id === id)?.label ?? id} ÷ baseline`;
  const rows = Object.entries(r.ratios).map(([id, v]) => [label(id), `${(v * 100).toFixed(0)}%`]);
  return { headers: ['Ratio (same run)', 'Value'], rows, numeric: [false, true] };
}

function memoryTable(r: BenchResults) {
  const row = (name: string, m: BenchResults['memory']['cacheOn']) => [
    name,
    mb(m.ready?.rss),
    mb(m.afterLoad?.rss),
    mb(m.afterLoad?.peakRss),
    mb(m.afterLoad?.pss),
  ];
  return {
    headers: ['Process', 'RSS ready', 'RSS after load', 'Peak RSS (VmHWM)', 'PSS after load'],
    rows: [
      row('page cache on (default)', r.memory.cacheOn),
      row('page cache off', r.memory.cacheOff),
      row('baseline node:http (Node + tsx floor)', r.memory.baseline),
      ...(r.memory.allCoresOn
        ? [
            row(
              `one worker per core, cache on (largest of ${r.memory.allCoresOn.afterLoad?.workers ?? '?'})`,
              r.memory.allCoresOn,
            ),
            row(
              `one worker per core, cache off (largest of ${r.memory.allCoresOff.afterLoad?.workers ?? '?'})`,
              r.memory.allCoresOff,
            ),
            row('nginx (largest worker)', r.memory.nginx),
          ]
        : []),
    ],
    numeric: [false, true, true, true, true],
  };
}

function commentTable(r: BenchResults) {
  const headers = [
    'Comments',
    'pages/s',
    'p50 ms',
    'p99 ms',
    'KB/page',
    'shown',
    'CPU ms/page',
    'faults/page',
    'load avg',
  ];
  const staticRps = r.comments.pages.find((p) => p.id === 'static-bytes')?.result.requestsPerSecond;
  const rows = r.comments.pages.map((p) => [
    p.id === 'static-bytes' || !staticRps
      ? p.label
      : `${p.label} (${((p.result.requestsPerSecond / staticRps) * 100).toFixed(0)}% of baseline)`,
    int(p.result.requestsPerSecond),
    ms(p.result.latency.p50),
    ms(p.result.latency.p99),
    (p.result.bytesPerResponse / 1000).toFixed(0),
    int(p.commentsShown),
    Number.isFinite(p.result.serverCpuMsPerResponse) ? p.result.serverCpuMsPerResponse.toFixed(2) : '—',
    Number.isFinite(p.result.serverFaultsPerResponse) ? p.result.serverFaultsPerResponse.toFixed(0) : '—',
    p.result.loadAverage.toFixed(1),
  ]);
  const q = r.comments.posts;
  const stored = Object.entries(q.storedByStatus)
    .map(([status, n]) => `${int(n)} ${status}`)
    .join(', ');
  const other = Object.entries(q.otherStatuses)
    .map(([status, n]) => `${int(n)}× ${status}`)
    .join(', ');
  rows.push([
    `Comment POST → 303 (stored: ${stored || 'none'}${other ? `; other answers: ${other}` : ''})`,
    int(q.perSecond),
    ms(q.latency.p50),
    ms(q.latency.p99),
    '—',
    '—',
    Number.isFinite(q.serverCpuMsPerPost) ? q.serverCpuMsPerPost.toFixed(2) : '—',
    '—',
    q.loadAverage.toFixed(1),
  ]);
  return { headers, rows, numeric: [false, ...headers.slice(1).map(() => true)] };
}

function targetTable(r: BenchResults) {
  return {
    headers: ['Target', 'Goal', 'Measured', 'Met'],
    rows: r.targets.map((t) => [t.name, t.goal, t.measured, t.met ? 'yes' : '**no**']),
    numeric: [false, false, false, false],
  };
}

function searchLine(r: BenchResults): string {
  const s = r.search;
  const probes = Object.entries(s.probes)
    .map(([q, slug]) => `\`${q}\` → ${slug === undefined ? 'did not run' : slug ? `\`${slug}\`` : 'nothing'}`)
    .join(', ');
  const slowest = s.slowest.map((x) => `\`${x.query}\` ${ms(x.ms)} ms (${int(x.total)} hits)`).join(', ');
  const budget = s.cutShort
    ? `the ${s.budgetSeconds} s budget ran out after ${int(s.calls)} calls (\`${s.runningWhenStopped ?? '?'}\` still running)`
    : `${int(s.calls)} calls within the ${s.budgetSeconds} s budget`;
  return (
    `In-process \`ArticleRepo.search\` over ${s.queries} distinct queries (${budget}; first round is warm-up): ` +
    `p50 ${ms(s.latency.p50)} ms, p95 ${ms(s.latency.p95)} ms, p99 ${ms(s.latency.p99)} ms, ` +
    `max ${ms(s.latency.max)} ms; ${s.empty} queries found nothing. Slowest first-round queries: ${slowest}. ` +
    `Top hits of the issue's queries: ${probes}.`
  );
}

function contextLines(r: BenchResults): string[] {
  const m = r.machine;
  const d = r.dataset;
  const busy = m.loadAverage[0] !== undefined && m.loadAverage[0] > m.cores;
  return [
    `- Date: ${r.date.replace('T', ' ').slice(0, 16)} UTC; command: \`${r.command}\`; whole run ${r.totalSeconds.toFixed(0)} s`,
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.os}`,
    `- Machine speed at start: ${m.speed.jsWorkloadMs.toFixed(1)} ms for a fixed JavaScript workload, ` +
      `${m.speed.pageFaultMicros.toFixed(1)} µs per page fault (\`bench/lib/machine.ts\`; both vary between days ` +
      'on this virtual machine: compare runs with them in mind)',
    `- Load average at start: ${m.loadAverage.join(' / ')}` +
      (busy ? ' — the machine was shared with other work, so absolute figures are depressed' : ''),
    `- Dataset: ${d.demoArticles} demo + ${int(d.generatedArticles)} generated articles ` +
      `(${d.authors} generated authors, ${d.tags} generated tags), SQLite ${d.databaseMiB.toFixed(0)} MiB; ` +
      `built in ${d.seconds.total.toFixed(1)} s (bulk insert ${d.seconds.insert.toFixed(1)} s = ` +
      `${int(d.generatedArticles / (d.seconds.insert + d.seconds.waitForGenerator))} articles/s)`,
    `- Load: autocannon, ${r.settings.connections} connections, pipelining ${r.settings.pipelining}, ` +
      `${r.settings.warmupSeconds} s warm-up + ${r.settings.seconds} s per row, loopback; ` +
      `article \`${r.articlePath}\` (${(r.articleBytes / 1000).toFixed(1)} KB)`,
    ...(r.settings.analyze
      ? ['- **What-if run**: `ANALYZE` was run on the database after loading (not what production does)']
      : []),
  ];
}

/** The console report. */
export function renderConsoleReport(r: BenchResults): string {
  const t = (x: { headers: string[]; rows: string[][]; numeric: boolean[] }) =>
    textTable(
      x.headers,
      x.rows.map((row) => row.map((c) => c.replace(/\*\*/g, ''))),
      x.numeric,
    );
  return [
    t(scenarioTable(r)),
    t(ratioTable(r)),
    t(memoryTable(r)),
    searchLine(r).replace(/`/g, ''),
    t(commentTable(r)),
    t(targetTable(r)),
  ].join('\n\n');
}

/** The README's generated results section (between the markers). */
export function renderMarkdownReport(r: BenchResults): string {
  const t = (x: { headers: string[]; rows: string[][]; numeric: boolean[] }) =>
    markdownTable(x.headers, x.rows, x.numeric);
  return [
    '## Latest results',
    '',
    '_Generated by `npm run bench`; edit outside the markers._',
    '',
    ...contextLines(r),
    '',
    t(scenarioTable(r)),
    '',
    '"bad" counts non-2xx responses and socket errors (timeouts included). "CPU ms/resp" is the server ' +
      'process\'s user+system CPU time per response (from /proc/<pid>/stat), "CPU share" the part of one ' +
      'core it got during the row, and "load avg" the 1-minute load average when the row started: on a busy ' +
      'machine, 1000 ÷ CPU ms/resp estimates what one free core would serve.',
    '',
    t(ratioTable(r)),
    '',
    t(memoryTable(r)),
    '',
    searchLine(r),
    '',
    '### Comments',
    '',
    `An article with ${r.comments.comments} approved comments (a quarter of them replies), all on one page, ` +
      'on its own SQLite database (the demo content plus the comments), same load settings; the baseline ' +
      'row is bare node:http answering with the exact bytes of that page. POSTs go through the whole ' +
      'pipeline as a browser would send them: a form token from a rendered page, aged past the 3 s ' +
      'bot threshold, a distinct text, name and address each (`X-Forwarded-For` behind `TRUST_PROXY`); ' +
      'the spam filter and the moderation rules decide as in production (first-time commenters are held). ' +
      '"faults/page" counts the server\'s minor page faults per page (memory it touched for the first ' +
      'time); their cost is on the machine speed line above.',
    '',
    t(commentTable(r)),
    '',
    '### Targets',
    '',
    t(targetTable(r)),
  ].join('\n');
}
