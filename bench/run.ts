// `npm run bench`: builds a site of 10,000 generated articles plus the demo, runs Silkpress
// (page cache on, then off; one process, then one worker per core), a minimal node:http baseline
// and nginx serving the same bytes (the limit) in child processes on loopback,
// loads them with autocannon, measures search in-process, then the comment benchmarks (a
// 500-comment article and comment POSTs, bench/lib/comments-bench.ts), and writes the figures to
// bench/README.md (between markers) and bench/results/latest.json.
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { BENCH_ARTICLE_SLUG, type BenchSite, buildBenchSite } from './lib/build-site.ts';
import { type ChildServer, startChildServer, startSilkpressServer } from './lib/child-server.ts';
import { measureComments } from './lib/comments-bench.ts';
import { measureLoad } from './lib/load.ts';
import { findNginx, startNginx } from './lib/nginx-server.ts';
import { describeMachine } from './lib/machine.ts';
import { buildSearchQueries, DEMO_QUERIES } from './lib/queries.ts';
import { updateReadme, writeJson } from './lib/readme.ts';
import { renderConsoleReport, renderMarkdownReport } from './lib/report.ts';
import type { BenchResults, ScenarioResult } from './lib/results.ts';
import { measureSearchLatency } from './lib/search-latency.ts';
import { readSettings } from './lib/settings.ts';
import { checkTargets, computeRatios } from './lib/targets.ts';
import { buildVocabularies } from './lib/vocabulary.ts';

const started = performance.now();
/** What browsers send: the compression rows ask for it, the others for no coding. */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const settings = readSettings(process.env);
const benchDir = new URL('.', import.meta.url).pathname;
const log = (line: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${line}`);

const machine = await describeMachine();
log(
  `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.join(' ')}, ` +
    `JS workload ${machine.speed.jsWorkloadMs.toFixed(1)} ms, page fault ${machine.speed.pageFaultMicros.toFixed(1)} µs`,
);
const now = new Date();
const site = await buildBenchSite(
  {
    seed: settings.seed,
    articles: settings.articles,
    authors: settings.authors,
    tags: settings.tags,
    from: new Date(Date.UTC(now.getUTCFullYear() - 3, 0, 1)),
    to: new Date(now.getTime() - 24 * 3600 * 1000),
  },
  log,
  { analyze: settings.analyze },
);
try {
  const results = await measureSite(site);
  console.log(`\n${renderConsoleReport(results)}\n`);
  await updateReadme(join(benchDir, 'README.md'), renderMarkdownReport(results));
  await writeJson(join(benchDir, 'results', 'latest.json'), results);
  log('wrote bench/README.md and bench/results/latest.json');
  if (settings.cpuProfileDir) log(`CPU profiles of the Silkpress children in ${settings.cpuProfileDir}/`);
} finally {
  await site.remove();
}

async function measureSite(site: BenchSite): Promise<BenchResults> {
  const queries = buildSearchQueries(buildVocabularies(settings.seed), settings.seed);
  log(`search in-process: ${queries.length} queries, up to ${settings.searchSeconds} s`);
  const search = await measureSearchLatency(site.databaseUrl, queries, {
    rounds: 4,
    pageSize: 10,
    probes: DEMO_QUERIES,
    budgetSeconds: settings.searchSeconds,
  });
  log(
    `  p95 ${search.latency.p95.toFixed(1)} ms over ${search.calls} calls${search.cutShort ? ' (budget ran out)' : ''}`,
  );

  const scenarios: ScenarioResult[] = [];
  const measure = async (
    server: ChildServer,
    spec: Omit<ScenarioResult, 'result' | 'paths' | 'distinctPaths'>,
    paths: string[],
    headers?: Record<string, string>,
  ) => {
    log(`${spec.label} …`);
    const result = await measureLoad({
      origin: server.url,
      paths,
      connections: settings.connections,
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      serverPid: server.pid,
      ...(headers ? { headers } : {}),
    });
    scenarios.push({ ...spec, paths: paths.slice(0, 3), distinctPaths: paths.length, result });
    log(
      `  ${Math.round(result.requestsPerSecond)} req/s, p95 ${result.latency.p95.toFixed(1)} ms, ` +
        `${result.responses ? result.serverCpuMsPerResponse.toFixed(2) : '—'} server CPU ms/response`,
    );
  };
  const startSilkpress = (cacheEntries: string, name: string, workers = 1) =>
    startSilkpressServer({
      env: {
        DATABASE_URL: site.databaseUrl,
        LOG_LEVEL: 'silent',
        PAGE_CACHE_ENTRIES: cacheEntries,
        SITE_URL: 'http://news.bench.test',
        WORKERS: String(workers),
      },
      // One directory per server: Node writes one profile per thread.
      nodeFlags: settings.cpuProfileDir
        ? ['--cpu-prof', `--cpu-prof-dir=${join(settings.cpuProfileDir, name)}`]
        : [],
    });

  const articlePath = `/article/${BENCH_ARTICLE_SLUG}`;
  const articlePaths = site.articleSlugs.map((slug) => `/article/${slug}`);
  const searchPaths = queries.map((q) => `/search?q=${encodeURIComponent(q)}`);
  const memory: BenchResults['memory'] = {
    cacheOn: { ready: null, afterLoad: null },
    cacheOff: { ready: null, afterLoad: null },
    baseline: { ready: null, afterLoad: null },
    allCoresOn: { ready: null, afterLoad: null },
    allCoresOff: { ready: null, afterLoad: null },
    nginx: { ready: null, afterLoad: null },
  };

  // Page cache on (the default): the comparison with the baseline, then a cache that only misses.
  let articleBytes = 0;
  let bodyFile = '';
  const cached = await startSilkpress('', 'cache-on');
  try {
    memory.cacheOn.ready = await cached.memory();
    const response = await fetch(cached.url + articlePath);
    if (response.status !== 200) throw new Error(`${articlePath} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    articleBytes = body.length;
    bodyFile = join(site.dir, 'article.html');
    await writeFile(bodyFile, body);
    const baseline = await startChildServer({
      entry: new URL('./lib/baseline-child.ts', import.meta.url),
      args: [bodyFile],
    });
    try {
      memory.baseline.ready = await baseline.memory();
      await measure(
        baseline,
        { id: 'baseline', label: 'Baseline: node:http, same bytes', server: 'baseline' },
        [articlePath],
      );
      memory.baseline.afterLoad = await baseline.memory();
    } finally {
      await baseline.stop();
    }
    await measure(cached, { id: 'article-warm', label: 'Article, cache warm', server: 'cache-on' }, [
      articlePath,
    ]);
    await measure(
      cached,
      { id: 'article-warm-br', label: 'Article, cache warm, brotli', server: 'cache-on' },
      [articlePath],
      BROWSER_ENCODINGS,
    );
    await measure(cached, { id: 'home-warm', label: 'Home, cache warm', server: 'cache-on' }, ['/']);
    await measure(
      cached,
      { id: 'article-churn', label: 'Article, cache on, every URL a miss', server: 'cache-on' },
      articlePaths,
    );
    memory.cacheOn.afterLoad = await cached.memory();
  } finally {
    await cached.stop();
  }

  // Page cache off (PAGE_CACHE_ENTRIES=0): every request renders.
  const uncached = await startSilkpress('0', 'cache-off');
  try {
    memory.cacheOff.ready = await uncached.memory();
    await measure(uncached, { id: 'article-off', label: 'Article, cache off', server: 'cache-off' }, [
      articlePath,
    ]);
    await measure(
      uncached,
      { id: 'article-off-br', label: 'Article, cache off, brotli', server: 'cache-off' },
      [articlePath],
      BROWSER_ENCODINGS,
    );
    await measure(
      uncached,
      { id: 'article-off-many', label: 'Article, cache off, rotating URLs', server: 'cache-off' },
      articlePaths,
    );
    await measure(uncached, { id: 'home-off', label: 'Home, cache off', server: 'cache-off' }, ['/']);
    await measure(
      uncached,
      { id: 'search-off', label: 'Search, cache off, rotating queries', server: 'cache-off' },
      searchPaths,
    );
    memory.cacheOff.afterLoad = await uncached.memory();
  } finally {
    await uncached.stop();
  }

  // Every core (issue 17): the limit is nginx serving the same bytes as a static file with one
  // worker per core; Silkpress runs one worker per core too, cache warm, then off.
  const cores = availableParallelism();
  const nginx = findNginx();
  if ('path' in nginx) {
    const limit = await startNginx(nginx.path, await readFile(bodyFile), cores);
    try {
      memory.nginx.ready = await limit.memory();
      await measure(
        limit,
        {
          id: 'nginx',
          label: `Limit: nginx, same bytes as a static file, ${cores} workers`,
          server: 'nginx',
        },
        [articlePath],
      );
      memory.nginx.afterLoad = await limit.memory();
    } finally {
      await limit.stop();
    }
  } else {
    log(nginx.missing);
  }
  const allOn = await startSilkpress('', 'all-cores-on', cores);
  try {
    memory.allCoresOn.ready = await allOn.memory();
    await measure(
      allOn,
      { id: 'article-warm-all', label: `Article, cache warm, ${cores} workers`, server: 'all-cores-on' },
      [articlePath],
    );
    memory.allCoresOn.afterLoad = await allOn.memory();
  } finally {
    await allOn.stop();
  }
  const allOff = await startSilkpress('0', 'all-cores-off', cores);
  try {
    memory.allCoresOff.ready = await allOff.memory();
    await measure(
      allOff,
      { id: 'article-off-all', label: `Article, cache off, ${cores} workers`, server: 'all-cores-off' },
      [articlePath],
    );
    memory.allCoresOff.afterLoad = await allOff.memory();
  } finally {
    await allOff.stop();
  }

  // Comments (issue 4): a 500-comment article and comment POSTs, on their own small database.
  const comments = await measureComments(
    {
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      connections: settings.connections,
      cpuProfileDir: settings.cpuProfileDir,
    },
    log,
  );

  const partial = {
    date: new Date().toISOString(),
    command: [...settings.overrides, 'npm run bench'].join(' '),
    machine,
    settings: {
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      connections: settings.connections,
      pipelining: 1,
      analyze: settings.analyze,
    },
    dataset: {
      demoArticles: site.demoArticles,
      generatedArticles: site.generatedArticles,
      authors: settings.authors,
      tags: settings.tags,
      databaseMiB: site.databaseBytes / 1024 ** 2,
      seconds: site.seconds,
    },
    articlePath,
    articleBytes,
    scenarios,
    memory,
    search,
    comments,
    ratios: computeRatios(scenarios),
  };
  return { ...partial, targets: checkTargets(partial), totalSeconds: (performance.now() - started) / 1000 };
}
