// The comment benchmarks of `npm run bench` (issue 4, "Fast"): an article page with 500 approved
// comments, all on one page, with the page cache warm and off (against the same article without
// comments as the in-run baseline), and comment POST throughput through the whole pipeline (form
// token, validation, spam scoring, rules, insert, change publication), each against a Silkpress
// child process on loopback. Its own SQLite database: the demo content plus the seeded comments.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommentRepo } from '../../src/comments/comment-repo.ts';
import { openServices, publishingDeps } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemoContent } from '../../src/content/load-demo.ts';
import { type ChildServer, startChildServer, startSilkpressServer } from './child-server.ts';
import { type LoadResult, measureLoad } from './load.ts';
import { readProcessCpuSeconds } from './proc-cpu.ts';
import { seedApprovedComments } from './seed-comments.ts';
import { type LatencySummary, summarise } from './stats.ts';

/** Comments seeded on the measured article. */
export const BENCH_COMMENTS = 500;

/** How long and how hard to load. */
export interface CommentBenchOptions {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** Directory for --cpu-prof output of the Silkpress children (one folder per scenario). */
  cpuProfileDir?: string | null;
}

/** One page scenario. */
export interface CommentPageResult {
  id: 'static-bytes' | 'floor' | 'no-comments-off' | 'comments-warm' | 'comments-off';
  label: string;
  path: string;
  /** Comments rendered on the page (all of them: the bench sets 500 per page). */
  commentsShown: number;
  result: LoadResult;
}

/** The POST throughput run. */
export interface CommentPostResult {
  seconds: number;
  /** Posts answered with 303 (accepted: stored, or discarded as blatant spam; see storedByStatus). */
  stored: number;
  perSecond: number;
  latency: LatencySummary;
  /** Other answers by status code (e.g. 429 flood control, 409 duplicate). */
  otherStatuses: Record<string, number>;
  errors: number;
  /** Statuses of the comments the run stored, read from the database afterwards. */
  storedByStatus: Record<string, number>;
  serverCpuMsPerPost: number;
  loadAverage: number;
}

/** Everything the comment benchmarks measured. */
export interface CommentBenchResults {
  comments: number;
  pages: CommentPageResult[];
  posts: CommentPostResult;
}

/** Seeds the demo content and 500 approved comments (a quarter of them replies) on one article. */
async function seed(databaseUrl: string, mediaDir: string) {
  const services = await openServices(
    loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', MEDIA_DIR: mediaDir }),
  );
  try {
    await loadDemoContent(publishingDeps(services.deps));
    // The whole thread on one page: the bench measures rendering all 500 comments.
    await services.deps.settings.write({ commentsPerPage: BENCH_COMMENTS }, new Date());
    const [article, other] = (
      await services.deps.articles.listPublished({ now: new Date(), limit: 2, offset: 0 })
    ).items;
    if (!article || !other) throw new Error('the demo content has fewer than two articles');
    await seedApprovedComments(
      new CommentRepo(services.database.db),
      article.id,
      BENCH_COMMENTS,
      article.publishedAt,
    );
    return {
      path: `/article/${article.slug}`,
      baselinePath: `/article/${other.slug}`,
      articleId: article.id,
    };
  } finally {
    await services.close();
  }
}

async function countStatuses(databaseUrl: string, mediaDir: string, articleId: number) {
  const services = await openServices(
    loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', MEDIA_DIR: mediaDir }),
  );
  try {
    return await services.deps.comments!.moderation.countByStatus({ articleId });
  } finally {
    await services.close();
  }
}

/** A Silkpress child server on the bench database (profiled into `profileDir` when given). */
const startSilkpress = (
  databaseUrl: string,
  mediaDir: string,
  extra: Record<string, string>,
  profileDir?: string | null,
) =>
  startSilkpressServer({
    env: { DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir, LOG_LEVEL: 'silent', ...extra },
    nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });

/** One page loaded with the bench's settings, the server's CPU time counted. */
const loadPage = (server: ChildServer, path: string, o: CommentBenchOptions): Promise<LoadResult> =>
  measureLoad({
    origin: server.url,
    paths: [path],
    connections: o.connections,
    seconds: o.seconds,
    warmupSeconds: o.warmupSeconds,
    serverPid: server.pid,
  });

/** Comments rendered in a page's HTML. */
const commentsIn = (html: string): number => (html.match(/class="comment depth-/g) ?? []).length;

async function measurePage(
  databaseUrl: string,
  mediaDir: string,
  id: CommentPageResult['id'],
  label: string,
  path: string,
  cacheEntries: number,
  o: CommentBenchOptions,
): Promise<CommentPageResult> {
  const server = await startSilkpress(
    databaseUrl,
    mediaDir,
    { PAGE_CACHE_ENTRIES: String(cacheEntries) },
    o.cpuProfileDir ? join(o.cpuProfileDir, id) : null,
  );
  try {
    const commentsShown = commentsIn(await (await fetch(server.url + path)).text());
    const result = await loadPage(server, path, o);
    return { id, label, path, commentsShown, result };
  } finally {
    await server.stop();
  }
}

/**
 * The ceiling of this machine for the page's size: a bare node:http server answering with the
 * exact bytes of the 500-comment page (fetched from Silkpress first).
 */
async function measureStaticBytes(
  databaseUrl: string,
  mediaDir: string,
  dir: string,
  path: string,
  o: CommentBenchOptions,
): Promise<CommentPageResult> {
  const silkpress = await startSilkpress(databaseUrl, mediaDir, { PAGE_CACHE_ENTRIES: '0' });
  let body: Buffer;
  try {
    body = Buffer.from(await (await fetch(silkpress.url + path)).arrayBuffer());
  } finally {
    await silkpress.stop();
  }
  const bodyFile = join(dir, 'comments-page.html');
  writeFileSync(bodyFile, body);
  const server = await startChildServer({
    entry: new URL('./baseline-child.ts', import.meta.url),
    args: [bodyFile],
  });
  try {
    const result = await loadPage(server, path, o);
    const commentsShown = commentsIn(body.toString('utf8'));
    return { id: 'static-bytes', label: 'Baseline: node:http, the same bytes', path, commentsShown, result };
  } finally {
    await server.stop();
  }
}

/**
 * The floor of rendering this page from the database (floor-comments-child.ts): node:http, raw
 * SQLite rows, plain concatenation, Buffer and SHA-1 ETag. Uses the page saved by
 * measureStaticBytes for everything around the comment list.
 */
async function measureFloor(
  databaseUrl: string,
  dir: string,
  path: string,
  articleId: number,
  o: CommentBenchOptions,
): Promise<CommentPageResult> {
  const server = await startChildServer({
    entry: new URL('./floor-comments-child.ts', import.meta.url),
    args: [databaseUrl.replace(/^sqlite:/, ''), String(articleId), join(dir, 'comments-page.html')],
  });
  try {
    const body = await (await fetch(server.url + path)).text();
    const result = await loadPage(server, path, o);
    return {
      id: 'floor',
      label: 'Floor: node:http, raw SQLite rows, plain concatenation',
      path,
      commentsShown: commentsIn(body),
      result,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Posts comments as browsers do: the form token comes from a rendered page and is a few seconds
 * old, every post has its own text, name and address (behind a proxy, `X-Forwarded-For`), so
 * the run measures the normal path of a reader's comment rather than bot rejections.
 */
async function measurePosts(
  databaseUrl: string,
  mediaDir: string,
  path: string,
  o: CommentBenchOptions,
): Promise<Omit<CommentPostResult, 'storedByStatus'>> {
  const server = await startSilkpress(
    databaseUrl,
    mediaDir,
    { COMMENT_FLOOD_SECONDS: '0', TRUST_PROXY: 'true' },
    o.cpuProfileDir ? join(o.cpuProfileDir, 'comment-posts') : null,
  );
  try {
    const page = await (await fetch(server.url + path)).text();
    const token = /name="formToken" value="([^"]+)"/.exec(page)?.[1];
    if (!token) throw new Error('the article page has no comment form token');
    // The spam filter reads a form submitted within 3 s of rendering as a bot's.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    let n = 0;
    const latencies: number[] = [];
    const otherStatuses: Record<string, number> = {};
    const topics = ['pipeline tariffs', 'the railway timetable', 'visa rules', 'the summit agenda'];
    const instance = autocannon({
      url: server.url,
      connections: o.connections,
      duration: o.seconds,
      timeout: 10,
      requests: [
        {
          method: 'POST',
          path: `${path}/comments`,
          setupRequest: (request) => {
            n += 1;
            return {
              ...request,
              headers: {
                'content-type': 'application/x-www-form-urlencoded',
                'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
              },
              body: new URLSearchParams({
                comment: `Reader ${n} writes: I followed ${topics[n % topics.length]} closely; the figures in the article match what we saw this year (note ${n}).`,
                author: `Reader ${n}`,
                email: `reader.${n}@example.net`,
                url: '',
                website2: '',
                formToken: token,
              }).toString(),
            } as typeof request;
          },
        },
      ],
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status === 303) latencies.push(responseTime);
      else otherStatuses[status] = (otherStatuses[status] ?? 0) + 1;
    });
    const loadAverage = loadavg()[0] ?? Number.NaN;
    const cpuBefore = await readProcessCpuSeconds(server.pid);
    const result = await instance;
    const cpuAfter = await readProcessCpuSeconds(server.pid);
    const cpuSeconds = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : Number.NaN;
    return {
      seconds: result.duration,
      stored: latencies.length,
      perSecond: latencies.length / result.duration,
      latency: summarise(latencies),
      otherStatuses,
      errors: result.errors,
      serverCpuMsPerPost: (cpuSeconds * 1000) / Math.max(1, latencies.length),
      loadAverage,
    };
  } finally {
    await server.stop();
  }
}

/** Runs the comment benchmarks in a temporary directory (removed afterwards). */
export async function measureComments(
  o: CommentBenchOptions,
  log: (line: string) => void,
): Promise<CommentBenchResults> {
  const dir = mkdtempSync(join(tmpdir(), 'silkpress-bench-comments-'));
  const databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
  const mediaDir = join(dir, 'media');
  try {
    log(`comments: seeding ${BENCH_COMMENTS} approved comments on one demo article`);
    const { path, baselinePath, articleId } = await seed(databaseUrl, mediaDir);
    const pages: CommentPageResult[] = [];
    log('comments: baseline, node:http answering with the bytes of the 500-comment page');
    pages.push(await measureStaticBytes(databaseUrl, mediaDir, dir, path, o));
    log('comments: floor, the same thread rendered from raw SQLite rows by plain concatenation');
    pages.push(await measureFloor(databaseUrl, dir, path, articleId, o));
    const scenarios: Array<[CommentPageResult['id'], string, string, number]> = [
      ['no-comments-off', 'Article without comments, cache off', baselinePath, 0],
      ['comments-warm', `Article with ${BENCH_COMMENTS} comments, cache warm`, path, 2000],
      ['comments-off', `Article with ${BENCH_COMMENTS} comments, cache off`, path, 0],
    ];
    for (const [id, label, p, entries] of scenarios) {
      log(`comments: ${label}`);
      pages.push(await measurePage(databaseUrl, mediaDir, id, label, p, entries, o));
    }
    log('comments: POST throughput');
    const before = await countStatuses(databaseUrl, mediaDir, articleId);
    const posts = await measurePosts(databaseUrl, mediaDir, path, o);
    const after = await countStatuses(databaseUrl, mediaDir, articleId);
    const storedByStatus: Record<string, number> = {};
    for (const [status, count] of Object.entries(after)) {
      const added = count - (before[status as keyof typeof before] ?? 0);
      if (added) storedByStatus[status] = added;
    }
    return { comments: BENCH_COMMENTS, pages, posts: { ...posts, storedByStatus } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
