// Structured data and link previews (issue 13, defect 11): every NewsArticle has an image (the
// feature image, else the site's default share image, else a generated card with the headline
// in 16x9, 4x3 and 1x1, 1200 pixels wide), og:image likewise, and the publisher has a logo even
// when none is set. On both databases.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../src/compose/index.ts';
import { saveArticle } from '../src/content/publishing.ts';
import { loggedIn, makeUser } from './admin/admin-client.ts';
import { firstArticleSlug, setCommentSettings } from './comments/helpers.ts';
import { testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';

const jsonLd = (body: string): Record<string, unknown>[] =>
  [...body.matchAll(/<script type="application\/ld\+json">\s*([\s\S]*?)\s*<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
const meta = (body: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`)
    .exec(body)?.[1]
    ?.replace(/&#38;/g, '&');
const pathOf = (url: string) => new URL(url).pathname;

for (const dialect of testDialects()) {
  describe(`structured data images [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    const get = (url: string) => site.app.inject(url);
    const newsArticle = async (path: string) => {
      const body = (await get(path)).body;
      return { body, ld: jsonLd(body).find((o) => o['@type'] === 'NewsArticle')! };
    };

    beforeAll(async () => {
      site = await createTestSite(dialect);
      slug = await firstArticleSlug(site.app);
    });
    afterAll(async () => site?.close());

    it('gives an article without a feature image its headline card in three shapes, 1200 px wide', async () => {
      const { body, ld } = await newsArticle(`/article/${slug}`);
      const images = ld.image as string[];
      expect(images).toHaveLength(3);
      expect(meta(body, 'og:image')).toBe(images[0]);
      expect(meta(body, 'twitter:card')).toBe('summary_large_image');
      const sizes: string[] = [];
      for (const url of images) {
        expect(url).toMatch(/^http:\/\/news\.test\/share\/article-\d+-(16x9|4x3|1x1)\.[0-9a-f]{12}\.png$/);
        const res = await get(pathOf(url));
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('image/png');
        expect(res.headers['cache-control']).toContain('immutable');
        const { width, height, format } = await sharp(res.rawPayload).metadata();
        expect(format).toBe('png');
        sizes.push(`${width}x${height}`);
        expect((await get(pathOf(url))).rawPayload.equals(res.rawPayload)).toBe(true);
      }
      expect(sizes).toEqual(['1200x675', '1200x900', '1200x1200']);
    });

    it('names a publisher logo of at least 112 px when none is set', async () => {
      const { ld } = await newsArticle(`/article/${slug}`);
      const logo = (ld.publisher as { logo: { url: string; width: number; height: number } }).logo;
      expect(logo.url).toMatch(/^http:\/\/news\.test\/share\/logo\.[0-9a-f]{12}\.png$/);
      const res = await get(pathOf(logo.url));
      expect(res.statusCode).toBe(200);
      const { width, height } = await sharp(res.rawPayload).metadata();
      expect([width, height]).toEqual([logo.width, logo.height]);
      expect(width).toBeGreaterThanOrEqual(112);
    });

    it('uses the feature image when there is one', async () => {
      const { deps } = site.services;
      const authorId = (await deps.users.findAuthorBySlug('tom-hartley'))!.id;
      await saveArticle(publishingDeps(deps), {
        kind: 'post',
        title: 'Pictured',
        slug: 'pictured',
        bodyMarkdown: 'Text.',
        status: 'published',
        authorId,
        language: 'en',
        featureImage: { src: '/media/0123456789abcdef-1600w.jpg', alt: 'A picture' },
        publishedAt: site.clock.now().toISOString(),
      });
      const { body, ld } = await newsArticle('/article/pictured');
      expect(ld.image).toEqual(['http://news.test/media/0123456789abcdef-1600w.jpg']);
      expect(meta(body, 'og:image')).toBe('http://news.test/media/0123456789abcdef-1600w.jpg');
    });

    it('uses the default share image setting before generated cards, on articles and other pages', async () => {
      await setCommentSettings(site, { shareImage: 'https://cdn.example/share.jpg' });
      const { body, ld } = await newsArticle(`/article/${slug}`);
      expect(ld.image).toEqual(['https://cdn.example/share.jpg']);
      expect(meta(body, 'og:image')).toBe('https://cdn.example/share.jpg');
      expect(meta((await get('/')).body, 'og:image')).toBe('https://cdn.example/share.jpg');
      await setCommentSettings(site, { shareImage: null });
      const home = meta((await get('/')).body, 'og:image')!;
      expect(home).toMatch(/^http:\/\/news\.test\/share\/site-16x9\.[0-9a-f]{12}\.png$/);
      expect((await get(pathOf(home))).statusCode).toBe(200);
    });

    it('takes the default share image from the settings page, refusing what is not an address', async () => {
      await makeUser(site, 'owner', 'Settings owner');
      const { client } = await loggedIn(site, 'owner');
      await client.get('/admin/settings');
      const fields = {
        title: 'Silk Road Dispatch',
        tagline: 'China and Central Asia, from the ground',
        logo: '',
        language: 'en',
        timezone: 'UTC',
        postsPerPage: '10',
        dateFormat: 'long',
        footerText: '',
      };
      const bad = await client.post('/admin/settings', { ...fields, shareImage: 'javascript:alert(1)' });
      expect(bad.statusCode).toBe(422);
      expect(bad.body).toContain('id="f-shareImage-error"');
      const good = await client.post('/admin/settings', {
        ...fields,
        shareImage: '/media/0123456789abcdef-1600w.jpg',
      });
      expect(good.statusCode).toBe(303);
      expect((await site.services.deps.settings.readAll()).shareImage).toBe(
        '/media/0123456789abcdef-1600w.jpg',
      );
      await client.post('/admin/settings', { ...fields, shareImage: '' });
      expect((await site.services.deps.settings.readAll()).shareImage).toBeNull();
    });

    it('sends an outdated card address to the current one, and knows no card for a hidden story', async () => {
      const { deps } = site.services;
      const { ld } = await newsArticle(`/article/${slug}`);
      const before = pathOf((ld.image as string[])[0]!);
      const article = (await deps.articles.findPublishedBySlug('post', slug, site.clock.now()))!;
      const draft = {
        kind: article.kind,
        title: `${article.title} (updated)`,
        slug: article.slug,
        bodyMarkdown: article.bodyMarkdown,
        status: article.status,
        authorId: article.author.id,
        language: article.language,
        publishedAt: article.publishedAt,
      };
      await saveArticle(publishingDeps(deps), draft, article.id);
      const after = pathOf(((await newsArticle(`/article/${slug}`)).ld.image as string[])[0]!);
      expect(after).not.toBe(before);
      const old = await get(before);
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe(after);
      await saveArticle(publishingDeps(deps), { ...draft, status: 'draft', publishedAt: null }, article.id);
      expect((await get(after)).statusCode).toBe(404);
      expect((await get('/share/article-999999-16x9.0123456789ab.png')).statusCode).toBe(404);
      expect((await get('/share/anything.png')).statusCode).toBe(404);
    });
  });
}
