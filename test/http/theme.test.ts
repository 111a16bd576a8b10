// A site built with its own theme (THEME module + THEME_CSS stylesheet, docs/themes.md), on the
// real HTTP stack: its stylesheet is served fingerprinted and cached for a year, its footer and
// cards are on the pages (cached ones too), and the admin keeps the stock stylesheet. A site
// without a theme serves the stock stylesheet and footer.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeCss } from '../../src/views/assets.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/theme/${name}`, import.meta.url));
const brandCss = readFileSync(fixture('brand.css'), 'utf8');
const article = '/article/china-kazakhstan-oil-pipeline-two-decades';
const CUSTOM_FOOTER = '<aside class="fixture-footer">Printed by Silk Road Dispatch &amp; friends</aside>';

const stylesheetOf = (page: string) => /<link rel="stylesheet" href="([^"]+)"/.exec(page)?.[1] ?? '';
const stylesheetsOf = (page: string) =>
  [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

async function listen(site: TestSite): Promise<string> {
  await site.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(site.app.server.address() as { port: number }).port}`;
}

describe('a site with its own theme', () => {
  let site: TestSite;
  let base: string;
  beforeAll(async () => {
    site = await createTestSite('sqlite', {
      env: { THEME: fixture('theme.js'), THEME_CSS: fixture('brand.css') },
    });
    base = await listen(site);
  });
  afterAll(async () => site?.close());

  it("serves the theme's stylesheet fingerprinted by its content and cached for a year", async () => {
    const page = await (await fetch(`${base}${article}`)).text();
    const css = themeCss + '\n' + brandCss;
    expect(stylesheetOf(page)).toBe(`/assets/theme.${hashOf(css)}.css`);
    const res = await fetch(`${base}${stylesheetOf(page)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(css);
  });

  it('draws the article page with its footer around the stock one, from the cache as well', async () => {
    for (const attempt of ['rendered', 'cached']) {
      const res = await fetch(`${base}${article}`);
      expect(res.status, attempt).toBe(200);
      const page = await res.text();
      expect(page, attempt).toContain(CUSTOM_FOOTER);
      expect(page.indexOf(CUSTOM_FOOTER), attempt).toBeLessThan(page.indexOf('<footer class="site-footer"'));
      expect(page, attempt).toContain('<a href="/privacy">Privacy</a>');
    }
  });

  it('draws every card through the theme (home page, related stories)', async () => {
    const home = await (await fetch(`${base}/`)).text();
    expect(home.match(/<div class="fixture-card"><article class="card/g)?.length).toBeGreaterThan(1);
    expect(home).not.toMatch(/<div class="cards">\s*<article/);
    const page = await (await fetch(`${base}${article}`)).text();
    expect(page).toMatch(
      /<div class="cards cards--compact"><div class="fixture-card"><article class="card card--compact/,
    );
  });

  it('keeps the stock stylesheet for the admin, served as well', async () => {
    const login = await (await fetch(`${base}/admin/login`)).text();
    const [stock] = stylesheetsOf(login);
    expect(stock).toBe(`/assets/theme.${hashOf(themeCss)}.css`);
    const res = await fetch(`${base}${stock}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(themeCss);
  });
});

describe('a site without a theme', () => {
  let site: TestSite;
  let base: string;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    base = await listen(site);
  });
  afterAll(async () => site?.close());

  it('serves the stock stylesheet to readers and the admin, and the stock footer', async () => {
    const page = await (await fetch(`${base}${article}`)).text();
    const stock = `/assets/theme.${hashOf(themeCss)}.css`;
    expect(stylesheetOf(page)).toBe(stock);
    expect(stylesheetsOf(await (await fetch(`${base}/admin/login`)).text())[0]).toBe(stock);
    expect(page).not.toContain('fixture-footer');
    expect(page).not.toContain('fixture-card');
    expect(page).toContain('<footer class="site-footer"');
  });
});
