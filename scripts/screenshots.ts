// `npm run screenshots`: PNGs of every admin page (and the public pages) at 390 and 1280 px wide,
// light and dark, so anyone reviewing a change can look at it. A fresh demo site on a scratch
// SQLite database, with a few comments waiting (some of them spam), served in-process; headless
// Debian Chromium (CHROME_PATH, default /usr/bin/chromium) driven by playwright-core. The admin
// pages are found from the navigation the owner sees (so pages added later are included), plus
// the pages behind them (an editor, a comment, the outbox, the spam list).
// Output: screenshots/<width>-<scheme>-<page>.png (git-ignored); `-- --out DIR` to choose.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { openServices, publishingDeps } from '../src/compose/index.ts';
import { loadConfig } from '../src/config.ts';
import { loadDemoContent } from '../src/content/load-demo.ts';
import { buildApp } from '../src/http/app.ts';
import { issueFormToken } from '../src/http/comments/form-token.ts';
import { createAccount } from '../src/users/accounts.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : join(root, 'screenshots'));
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;
const PASSWORD = 'orbit lantern tundra 42';

const COMMENTS: Array<[string, string]> = [
  ['Great read. More at http://bit.ly/a1 and http://bit.ly/a2', 'Promo'],
  ['I disagree with the council on the school budget, and here is why.', 'Vera'],
  ['Could you add the source for the rainfall figures?', 'Tomas'],
  ['Cheap watches and bags at http://tinyurl.com/z1 order today', 'Shop'],
];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'silkpress-screens-'));
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'site.db')}`,
    MEDIA_DIR: join(dir, 'media'),
    SITE_URL: 'http://127.0.0.1:0',
    LOG_LEVEL: 'silent',
    COMMENT_FLOOD_SECONDS: '0',
  });
  const services = await openServices(config);
  const { deps } = services;
  await loadDemoContent(publishingDeps(deps));
  const { user } = await createAccount(
    deps.accounts,
    { name: 'Dana Editor', email: 'dana@news.example', role: 'owner', password: PASSWORD },
    null,
  );
  const app = await buildApp(deps, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const home = await app.inject({ url: '/' });
  const articles = [...new Set([...home.body.matchAll(/href="(\/article\/[^"#?]+)"/g)].map((m) => m[1]!))];
  const tag = /href="(\/tag\/[^"#?]+)"/.exec(home.body)?.[1];
  // A few comments waiting, from different addresses.
  await deps.settings.write({ commentsHoldAll: true }, new Date());
  await deps.changes.publish(['settings']);
  for (const [i, [text, author]] of COMMENTS.entries()) {
    const body = new URLSearchParams({
      comment: text,
      author,
      email: `${author.toLowerCase()}@example.com`,
      url: '',
      formToken: issueFormToken(deps.comments.secret, new Date(Date.now() - 60_000)),
    });
    await app.inject({
      method: 'POST',
      url: `${articles[0]}/comments`,
      payload: body.toString(),
      remoteAddress: `192.0.2.${i + 10}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Screens/1.0' },
    });
  }

  const browser = await chromium.launch({
    executablePath: chrome,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(out, { recursive: true });
  let count = 0;
  try {
    const logIn = async (page: Page) => {
      await page.goto(`${base}/admin/login`);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: /log in/i }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
    };
    // Which pages: the owner's navigation, and the pages behind it.
    const probe = await browser.newPage();
    await logIn(probe);
    const nav = await probe.$$eval('nav.admin-nav a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    await probe.goto(`${base}/admin/comments`);
    const comment = await probe.getAttribute('li.mod-item', 'data-comment-id');
    await probe.goto(`${base}/admin/posts`);
    const edit = await probe.getAttribute('a[href$="/edit"]', 'href');
    await probe.close();
    const admin = [
      ...nav,
      '/admin/posts/new',
      ...(edit ? [edit] : []),
      '/admin/comments?status=spam',
      ...(comment ? [`/admin/comments/${comment}`] : []),
      '/admin/comments/outbox',
    ];
    const publicPages = ['/', ...articles.slice(0, 1), ...(tag ? [tag] : []), '/search?q=water'];
    const name = (path: string) =>
      path
        .replace(/^\/+/, '')
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/-+$/, '') || 'home';

    for (const width of WIDTHS)
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        const shoot = async (path: string, prefix: string) => {
          await page.goto(`${base}${path}`, { waitUntil: 'load' });
          await page.screenshot({
            path: join(out, `${width}-${scheme}-${prefix}${name(path)}.png`),
            fullPage: true,
          });
          count += 1;
        };
        for (const path of publicPages) await shoot(path, 'public-');
        await shoot('/admin/login', '');
        await logIn(page);
        for (const path of admin) await shoot(path, '');
        await context.close();
      }
  } finally {
    await browser.close();
    await app.close();
    await services.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${count} screenshots in ${out}\n`);
}

await main();
