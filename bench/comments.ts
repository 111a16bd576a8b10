// Comment benchmarks (run: `node --import tsx bench/comments.ts`): an article page with 500
// approved comments, page cache warm and off, and comment POST throughput, each against a
// Silkpress child process on loopback loaded with autocannon. Bounded: about 30 seconds.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommentRepo } from '../src/comments/comment-repo.ts';
import { openServices, publishingDeps } from '../src/compose.ts';
import { loadConfig } from '../src/config.ts';
import { loadDemoContent } from '../src/content/load-demo.ts';
import { startChildServer } from './lib/child-server.ts';
import { measureLoad } from './lib/load.ts';

const SECONDS = Number(process.env.BENCH_COMMENT_SECONDS ?? 6);
const CONNECTIONS = 10;
const COMMENTS = 500;
const dir = mkdtempSync(join(tmpdir(), 'silkpress-bench-comments-'));
const databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
const log = (s: string) => console.log(`[comments bench] ${s}`);

async function seed(): Promise<{ path: string; baseline: string }> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    MEDIA_DIR: join(dir, 'media'),
  });
  const services = await openServices(config);
  try {
    await loadDemoContent(publishingDeps(services.deps));
    const list = await services.deps.articles.listPublished({ now: new Date(), limit: 1, offset: 0 });
    const article = list.items[0]!;
    const repo = new CommentRepo(services.database.db);
    const start = Date.parse(article.publishedAt ?? '2026-01-01T00:00:00Z');
    const ids: number[] = [];
    for (let i = 0; i < COMMENTS; i++) {
      // Every fourth comment replies to an earlier one, so the thread has depth.
      const parentId = i % 4 === 3 ? ids[ids.length - 2]! : null;
      ids.push(
        await repo.insert(
          {
            articleId: article.id,
            parentId,
            status: 'approved',
            authorName: `Reader ${i}`,
            authorEmail: `reader${i}@example.com`,
            authorUrl: i % 3 === 0 ? `https://reader${i}.example` : null,
            ip: '192.0.2.1',
            userAgent: 'bench',
            content: `Comment ${i}: *thoughtful* remarks on the article, with a link https://example.org/${i} and\nsecond line.`,
            dedupeKey: null,
            reasons: [],
          },
          { userId: null, name: 'bench' },
          new Date(start + (i + 1) * 60_000),
        ),
      );
    }
    const other = (await services.deps.articles.listPublished({ now: new Date(), limit: 1, offset: 1 }))
      .items[0]!;
    return { path: `/article/${article.slug}`, baseline: `/article/${other.slug}` };
  } finally {
    await services.close();
  }
}

async function measurePage(path: string, cacheEntries: number) {
  const server = await startChildServer({
    entry: new URL('./lib/server-child.ts', import.meta.url),
    env: {
      DATABASE_URL: databaseUrl,
      PAGE_CACHE_ENTRIES: String(cacheEntries),
      LOG_LEVEL: 'silent',
      COMMENTS_PER_PAGE: '',
    },
  });
  try {
    const body = await (await fetch(server.url + path)).text();
    const shown = (body.match(/class="comment depth-/g) ?? []).length;
    const result = await measureLoad({
      origin: server.url,
      paths: [path],
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: 1,
      serverPid: server.pid,
    });
    return { ...result, shown, kb: Math.round(body.length / 1024) };
  } finally {
    await server.stop();
  }
}

async function measurePosts(path: string) {
  const server = await startChildServer({
    entry: new URL('./lib/server-child.ts', import.meta.url),
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', COMMENT_FLOOD_SECONDS: '0' },
  });
  try {
    let n = 0;
    let posted = 0;
    const instance = autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          path: `${path}/comments`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          setupRequest: (request) => {
            n += 1;
            return {
              ...request,
              body: new URLSearchParams({
                comment: `Bench comment ${n} ${Math.random()}`,
                author: `Poster ${n}`,
                email: `poster${n}@example.com`,
              }).toString(),
            } as typeof request;
          },
        },
      ],
    });
    instance.on('response', (_c: unknown, status: number) => {
      if (status === 303) posted += 1;
    });
    const result = await instance;
    return { perSecond: posted / result.duration, posted, errors: result.errors, non2xx: result.non2xx };
  } finally {
    await server.stop();
  }
}

try {
  log(`seeding ${COMMENTS} approved comments…`);
  const { path, baseline } = await seed();
  const base = await measurePage(baseline, 0);
  log(
    `article without comments, cache off (baseline): ${base.requestsPerSecond.toFixed(0)} pages/s (server ${base.serverCpuMsPerResponse.toFixed(2)} CPU ms/page)`,
  );
  const warm = await measurePage(path, 2000);
  log(
    `article with ${COMMENTS} comments, cache warm: ${warm.requestsPerSecond.toFixed(0)} pages/s (p50 ${warm.latency.p50.toFixed(1)} ms, p99 ${warm.latency.p99.toFixed(1)} ms; ${warm.kb} KB, ${warm.shown} comments on page 1)`,
  );
  const cold = await measurePage(path, 0);
  log(
    `article with ${COMMENTS} comments, cache off:  ${cold.requestsPerSecond.toFixed(0)} pages/s (p50 ${cold.latency.p50.toFixed(1)} ms, p99 ${cold.latency.p99.toFixed(1)} ms; server ${cold.serverCpuMsPerResponse.toFixed(2)} CPU ms/page)`,
  );
  const posts = await measurePosts(path);
  log(
    `comment POST (stored, 303): ${posts.perSecond.toFixed(0)}/s (${posts.posted} in ${SECONDS} s, errors ${posts.errors})`,
  );
  log(
    `target: 500 comments cache-off ≥ 300 pages/s → ${cold.requestsPerSecond >= 300 ? 'met' : 'NOT met'} (machine load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
