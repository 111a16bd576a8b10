// Editor figures: how long a save takes (through HTTP as the browser does it, and the domain call
// alone) and how long image processing takes per upload. Run:
//   node --import tsx bench/editor.ts            (SQLite in a temp folder)
//   BENCH_DATABASE_URL=postgres://… node --import tsx bench/editor.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { openServices, publishingDeps } from '../src/compose/index.ts';
import { loadConfig } from '../src/config.ts';
import { applyEditorAction } from '../src/content/editor.ts';
import { loadDemoContent } from '../src/content/load-demo.ts';
import { buildApp } from '../src/http/app.ts';
import { editorDepsFor } from '../src/http/admin/routes/editor-support.ts';
import { processImage } from '../src/media/process-image.ts';
import { createAccount } from '../src/users/accounts.ts';
import { TEST_SCRYPT_PARAMS } from '../src/users/password-hash.ts';
import { AdminClient } from '../test/admin/admin-client.ts';

const SAVES = Number(process.env.BENCH_SAVES ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'silkpress-bench-editor-'));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.db')}`;

function summary(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(1);
  return `n=${s.length}  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${s[s.length - 1]!.toFixed(1)} ms`;
}

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Paragraph ${i}: traders **return** to the [old road](https://example.org/${i}).`,
  ).join('\n\n');

const config = loadConfig({
  DATABASE_URL: databaseUrl,
  SITE_URL: 'http://bench.test',
  LOG_LEVEL: 'silent',
  MEDIA_DIR: join(dir, 'media'),
});
const services = await openServices(config, { passwordHashing: TEST_SCRYPT_PARAMS });
try {
  await loadDemoContent(publishingDeps(services.deps));
  const accounts = services.deps.accounts!;
  await createAccount(
    accounts,
    { name: 'Bench Owner', email: 'owner@bench.test', role: 'owner', password: 'juniper lantern orbit 77' },
    null,
  );
  const { user } = await createAccount(
    accounts,
    {
      name: 'Bench Editor',
      email: 'editor@bench.test',
      role: 'editor',
      password: 'caravan tundra morning 31',
    },
    null,
  );
  const app = await buildApp(services.deps, { logger: false });
  await app.ready();
  const client = new AdminClient(app);
  await client.logIn('editor@bench.test', 'caravan tundra morning 31');
  await client.get('/admin/posts/new');
  const created = await client.post('/admin/posts', {
    title: 'Bench post',
    bodyMarkdown: paragraphs(40),
    language: 'en',
    action: 'save',
  });
  const id = Number(/\/(\d+)\/edit$/.exec(String(created.headers.location))?.[1]);

  // 1. Through HTTP: session, CSRF, parse, version check, save, revision, audit, redirect.
  const http: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const version = String(await services.deps.articles.versionOf(id));
    const t = performance.now();
    const res = await client.post(`/admin/posts/${id}`, {
      title: 'Bench post',
      bodyMarkdown: `${paragraphs(40)}\n\nEdit ${i}.`,
      tags: 'Trade, Energy',
      language: 'en',
      commentsOpen: '1',
      version,
      action: 'save',
    });
    http.push(performance.now() - t);
    if (res.statusCode !== 303) throw new Error(`save failed: ${res.statusCode}`);
  }

  // 2. The domain call alone (what the route does after parsing).
  const domain: number[] = [];
  const fakeRequest = { admin: { user }, ip: '127.0.0.1' } as unknown as Parameters<typeof editorDepsFor>[1];
  const deps = editorDepsFor({ ...services.deps, accounts }, fakeRequest);
  for (let i = 0; i < SAVES; i++) {
    const version = (await services.deps.articles.versionOf(id)) ?? 1;
    const t = performance.now();
    await applyEditorAction(deps, user, {
      kind: 'post',
      action: 'save',
      id,
      form: {
        title: 'Bench post',
        slug: 'bench-post',
        excerpt: '',
        bodyMarkdown: `${paragraphs(40)}\n\nDomain edit ${i}.`,
        tagNames: ['Trade'],
        authorId: null,
        language: 'en',
        featureImageSrc: '',
        featureImageAlt: '',
        seoTitle: '',
        seoDescription: '',
        commentsOpen: true,
        scheduleDate: '',
        scheduleTime: '',
        version,
      },
    });
    domain.push(performance.now() - t);
  }

  // 3. Image processing: decode, strip metadata, re-encode, three WebP variants.
  const images: [string, Buffer][] = [
    [
      'phone photo 4000×3000 JPEG',
      await sharp({
        create: {
          width: 4000,
          height: 3000,
          channels: 3,
          background: '#808080',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .jpeg({ quality: 90 })
        .toBuffer(),
    ],
    [
      '1600×1200 JPEG',
      await sharp({
        create: {
          width: 1600,
          height: 1200,
          channels: 3,
          background: '#808080',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .jpeg({ quality: 90 })
        .toBuffer(),
    ],
    [
      '1200×800 PNG',
      await sharp({ create: { width: 1200, height: 800, channels: 4, background: '#3366aa80' } })
        .png()
        .toBuffer(),
    ],
  ];
  const imageLines: string[] = [];
  for (const [label, data] of images) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await processImage(data);
      times.push(performance.now() - t);
    }
    imageLines.push(`  ${label} (${(data.length / 1024 / 1024).toFixed(1)} MB): ${summary(times)}`);
  }

  const dialect = databaseUrl.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL';
  console.log(`Editor save latency (${dialect}, a 40-paragraph post, ${SAVES} saves each):`);
  console.log(`  HTTP POST /admin/posts/:id (session, CSRF, save, revision, audit): ${summary(http)}`);
  console.log(`  applyEditorAction alone:                                          ${summary(domain)}`);
  console.log('Image processing per upload (processImage: 1 re-encode + WebP variants):');
  for (const line of imageLines) console.log(line);
  await app.close();
} finally {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
}
