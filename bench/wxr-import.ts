// WXR import benchmark: writes a generated WordPress export (default 100,000 posts and 500,000
// comments, produced lazily by our own writer, streamed to a temp file), imports it into a fresh
// SQLite database through the real import step (worker pool, batches, bulk inserts), and prints
// items per second, CPU time per item and peak RSS (of the whole process: generation included,
// which peaks far lower). Every tenth comment is spam; `--train-spam` also trains the spam model.
// Run: node --import tsx bench/wxr-import.ts [--posts 100000] [--comments 500000] [--workers N]
//      [--batch RECORDS] [--train-spam]
import { createWriteStream, mkdtempSync, rmSync, statSync, createReadStream } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/create-db.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { defaultWorkers, importWxr } from '../src/importers/wxr/import-wxr.ts';
import { writeWxr } from '../src/importers/wxr/export/write-wxr.ts';
import type { WxrExportItem } from '../src/importers/wxr/export/wxr-export-types.ts';
import { WxrImportRepo } from '../src/importers/wxr/wxr-import-repo.ts';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '100000' },
    comments: { type: 'string', default: '500000' },
    workers: { type: 'string', default: String(defaultWorkers(availableParallelism())) },
    keep: { type: 'boolean', default: false },
    batch: { type: 'string' },
    'train-spam': { type: 'boolean', default: false },
  },
});
const posts = Number(values.posts);
const comments = Number(values.comments);
const workers = Number(values.workers);

const WORDS =
  'harbour council ferry timetable market weather fishermen quay budget school bridge storm festival'.split(
    ' ',
  );
const word = (i: number, n: number): string => WORDS[(i * 7 + n * 13) % WORDS.length] as string;
const sentence = (i: number, n: number): string =>
  Array.from({ length: 14 }, (_, k) => word(i + k, n)).join(' ');

/** About 350 words of news HTML with the markup WordPress posts usually carry. */
function body(i: number): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, n) =>
      `<p>${sentence(i, n)}, <strong>${word(i, n)}</strong> and <a href="https://example.org/${i}/${n}">${word(n, i)}</a>. ${sentence(n, i)} — «вовремя», 准时 🚢. ${sentence(i + n, n)}.</p>`,
  );
  paragraphs.splice(
    3,
    0,
    `<h2>${word(i, 3)} ${word(i, 4)}</h2>`,
    `<ul><li>${sentence(i, 7)}</li><li>${sentence(i, 8)}</li></ul>`,
  );
  return paragraphs.join('\n\n');
}

function* items(): Generator<WxrExportItem> {
  let commentId = 1;
  for (let i = 1; i <= posts; i++) {
    // Comments spread evenly; every third one replies to the one before it.
    const count = Math.floor((i * comments) / posts) - Math.floor(((i - 1) * comments) / posts);
    const first = commentId;
    const list = Array.from({ length: count }, (_, n) => {
      const id = commentId++;
      return {
        wpId: id,
        parentWpId: n % 3 === 2 ? id - 1 : null,
        authorName: `Reader ${id % 977}`,
        authorEmail: `r${id % 977}@example.net`,
        authorIp: `192.0.2.${id % 250}`,
        dateGmt: '2024-01-02T09:00:00Z',
        content: `Comment ${id - first} on post ${i}: ${sentence(id, 1)}.\nSecond line.`,
        approved: (id % 10 === 0 ? 'spam' : 'approved') as 'spam' | 'approved',
      };
    });
    yield {
      wpId: i,
      guid: `https://example.org/?p=${i}`,
      postType: 'post',
      title: `Post number ${i}: ${word(i, 1)} ${word(i, 2)}`,
      slug: `post-${i}`,
      link: `https://example.org/2024/01/post-${i}/`,
      creator: `editor${i % 5}`,
      contentHtml: body(i),
      status: 'publish',
      postDateGmt: '2024-01-01T09:00:00Z',
      categories: [{ domain: 'category', nicename: `section-${i % 20}`, name: `Section ${i % 20}` }],
      comments: list,
    };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'silkpress-wxr-bench-'));
const file = join(dir, 'export.xml');
try {
  let t = performance.now();
  await pipeline(
    Readable.from(
      writeWxr({
        site: { title: 'Bench', link: 'https://example.org', pubDate: '2024-01-03T00:00:00Z' },
        authors: Array.from({ length: 5 }, (_, n) => ({
          login: `editor${n}`,
          email: `editor${n}@example.org`,
        })),
        items: items(),
      }),
    ),
    createWriteStream(file),
  );
  const bytes = statSync(file).size;
  console.log(
    `generated ${posts} posts, ${comments} comments: ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s (peak RSS so far ${Math.round((process.resourceUsage().maxRSS * 1024) / 1e6)} MB)`,
  );

  const db = openDatabase(`sqlite:${join(dir, 'bench.db')}`);
  await migrateToLatest(db.db, db.dialect);
  const cpuBefore = process.cpuUsage();
  t = performance.now();
  let lastLine = t;
  const report = await importWxr(
    {
      store: new WxrImportRepo(db.db, db.dialect),
      now: () => new Date('2024-02-01T00:00:00Z'),
      changes: { publish: async () => {} },
    },
    {
      open: () => createReadStream(file),
      workers,
      trainSpam: values['train-spam'],
      ...(values.batch ? { batchSize: Number(values.batch) } : {}),
      onProgress: (d) => {
        const now = performance.now();
        if (now - lastLine < 10_000) return;
        lastLine = now;
        const rate = (d.items + d.comments) / ((now - t) / 1000);
        console.log(
          `  ${d.items} posts, ${d.comments} comments, ${Math.round(rate)} items/s, RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB (heap ${Math.round(process.memoryUsage().heapUsed / 1e6)}/${Math.round(process.memoryUsage().heapTotal / 1e6)} MB)`,
        );
      },
    },
  );
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await db.close();
  const itemsDone = report.counts.posts.imported + report.counts.comments.imported;
  console.log(
    JSON.stringify(
      {
        posts: report.counts.posts,
        comments: report.counts.comments,
        fatal: report.fatal,
        seconds: Number(seconds.toFixed(1)),
        itemsPerSecond: Math.round(itemsDone / seconds),
        mainThreadAndWorkersCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
        cpuMsPerItem: Number(((cpu.user + cpu.system) / 1e3 / itemsDone).toFixed(3)),
        peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
        fileMB: Math.round(bytes / 1e6),
        workers,
        ...(report.spamTraining ? { spamTraining: report.spamTraining } : {}),
        loadAverage: loadavg().map((x) => Number(x.toFixed(1))),
        date: new Date().toISOString(),
      },
      null,
      2,
    ),
  );
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
