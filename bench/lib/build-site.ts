// Builds the bench site in a temporary directory: a migrated SQLite database with the demo
// content, the generated authors and tags, and the generated articles bulk-inserted.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices, publishingDeps } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { ArticleInput } from '../../src/content/article-storage.ts';
import { CommentRepo } from '../../src/comments/comment-repo.ts';
import {
  demoArticles as demoArticleList,
  demoAuthors,
  demoTags,
} from '../../src/content/demo/demo-content.ts';
import { loadDemoContent } from '../../src/content/load-demo.ts';
import { bulkInsertArticles } from './bulk-load.ts';
import { createDataset, type DatasetOptions } from './dataset.ts';
import { preparedArticleBatches } from './prepared-articles.ts';
import { seedApprovedComments } from './seed-comments.ts';

/** The article page the load scenarios request (the first demo article) and its comments. */
export const BENCH_ARTICLE_SLUG = demoArticleList[0]?.slug ?? 'missing';
export const BENCH_ARTICLE_COMMENTS = 50;

/** A built site on disk. */
export interface BenchSite {
  dir: string;
  databaseUrl: string;
  /** Slugs of the generated articles, in insertion order. */
  articleSlugs: string[];
  demoArticles: number;
  generatedArticles: number;
  /** Wall-clock seconds: demo load, bulk insert (with its waits for the generator), whole build. */
  seconds: { demo: number; insert: number; waitForGenerator: number; total: number };
  databaseBytes: number;
  remove(): Promise<void>;
}

/** Creates the site; `onProgress` hears a line per stage; `analyze` runs ANALYZE at the end (what-if). */
export async function buildBenchSite(
  options: Omit<DatasetOptions, 'existingAuthors' | 'existingTags'>,
  onProgress: (line: string) => void,
  extra: { analyze?: boolean } = {},
): Promise<BenchSite> {
  const started = performance.now();
  const fullOptions = { ...options, existingAuthors: demoAuthors.length, existingTags: demoTags.length };
  const dataset = createDataset(fullOptions);
  const dir = await mkdtemp(join(tmpdir(), 'silkpress-bench-'));
  const file = join(dir, 'silkpress.db');
  const databaseUrl = `sqlite:${file}`;
  const services = await openServices(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }));
  // Existing (demo) authors and tags first, then the generated ones: see GeneratedArticle.
  const authorIds: number[] = [];
  const tagIds: number[] = [];
  let demoArticles: number;
  try {
    const deps = services.deps;
    demoArticles = (await loadDemoContent(publishingDeps(deps))).articles;
    // The measured article page carries a discussion, as the pages issue 17 measured did.
    const measured = await deps.articles.findPublishedBySlug('post', BENCH_ARTICLE_SLUG, new Date());
    if (!measured) throw new Error(`demo article ${BENCH_ARTICLE_SLUG} missing`);
    await seedApprovedComments(
      new CommentRepo(services.database.db),
      measured.id,
      BENCH_ARTICLE_COMMENTS,
      measured.publishedAt,
    );
    for (const a of demoAuthors) authorIds.push((await deps.users.findAuthorBySlug(a.slug))?.id ?? 0);
    for (const t of demoTags) tagIds.push((await deps.tags.findBySlug(t.slug))?.id ?? 0);
    if ([...authorIds, ...tagIds].includes(0)) throw new Error('demo authors or tags missing');
    const now = new Date();
    for (const a of dataset.authors) {
      authorIds.push(await deps.users.create({ ...a, role: 'author', passwordHash: null }, now));
    }
    for (const t of dataset.tags) tagIds.push((await deps.tags.upsert(t)).id);
  } finally {
    await services.close();
  }
  const demoSeconds = (performance.now() - started) / 1000;
  onProgress(`demo content: ${demoArticles} articles in ${demoSeconds.toFixed(1)} s`);

  const articleSlugs: string[] = [];
  async function* inputs(): AsyncGenerator<ArticleInput[]> {
    for await (const batch of preparedArticleBatches(fullOptions, 250)) {
      yield batch.map((a) => {
        articleSlugs.push(a.slug);
        return {
          kind: 'post',
          title: a.title,
          slug: a.slug,
          excerpt: a.excerpt,
          excerptAuto: true,
          bodyMarkdown: a.bodyMarkdown,
          bodyHtml: a.bodyHtml,
          bodyText: a.bodyText,
          status: 'published',
          authorId: authorIds[a.authorIndex] as number,
          language: a.language,
          featureImage: null,
          seoTitle: null,
          seoDescription: null,
          commentsOpen: true,
          publishedAt: a.publishedAt,
          tagIds: a.tagIndexes.map((i) => tagIds[i] as number),
          createdAt: a.publishedAt,
          updatedAt: a.publishedAt,
        } satisfies ArticleInput;
      });
    }
  }
  const loaded = await bulkInsertArticles(file, inputs(), { analyze: extra.analyze ?? false });
  const total = (performance.now() - started) / 1000;
  const rate = Math.round(loaded.articles / (loaded.insertSeconds + loaded.waitSeconds));
  onProgress(
    `generated articles: ${loaded.articles} in ${(loaded.insertSeconds + loaded.waitSeconds).toFixed(1)} s ` +
      `(${rate}/s; inserting ${loaded.insertSeconds.toFixed(1)} s, waiting for the generator ` +
      `${loaded.waitSeconds.toFixed(1)} s)`,
  );
  return {
    dir,
    databaseUrl,
    articleSlugs,
    demoArticles,
    generatedArticles: loaded.articles,
    seconds: { demo: demoSeconds, insert: loaded.insertSeconds, waitForGenerator: loaded.waitSeconds, total },
    databaseBytes: (await stat(file)).size,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
