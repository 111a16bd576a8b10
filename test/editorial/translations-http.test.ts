// The editor's translations panel over HTTP: search articles in other languages, link, unlink,
// refusals told in the editor, permissions like the editor's other actions, the audit log, and
// the public page following at once. On SQLite and PostgreSQL (the candidates come from each
// database's search).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../../src/compose/index.ts';
import { saveArticle } from '../../src/content/publishing.ts';
import { type AdminClient, loggedIn, makeUser } from '../admin/admin-client.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';

for (const dialect of testDialects()) {
  describe(`translations in the editor [${dialect}]`, { timeout: 60_000 }, () => {
    let site: TestSite;
    let editor: AdminClient;
    let author: AdminClient;
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      site = await createTestSite(dialect);
      await makeUser(site, 'owner');
      ({ client: editor } = await loggedIn(site, 'editor'));
      ({ client: author } = await loggedIn(site, 'author'));
      const deps = publishingDeps(site.services.deps);
      const authorId = (await site.services.deps.users.findAuthorBySlug('tom-hartley'))!.id;
      const post = async (key: string, title: string, language: string) => {
        ids[key] = await saveArticle(deps, {
          kind: 'post',
          title,
          slug: key,
          bodyMarkdown: `${title}.`,
          status: 'published',
          authorId,
          language,
          publishedAt: '2026-10-01T08:00:00.000Z',
        });
      };
      await post('bazaar-en', 'The bazaar at Osh reopens', 'en');
      await post('bazaar-ru', 'Базар в Оше снова открыт', 'ru');
      await post('bazaar-ru-2', 'Ошский рынок: второй взгляд', 'ru');
    });
    afterAll(async () => site?.close());

    const panel = (body: string) =>
      body.match(/<section class="admin-section" id="translations"[\s\S]*?<\/section>/)?.[0] ?? '';

    it('shows the panel with articles in other languages, found by words of their title', async () => {
      const page = await editor.get(`/admin/posts/${ids['bazaar-en']}/edit`);
      expect(page.statusCode).toBe(200);
      const all = panel(page.body);
      expect(all).toContain('No translations linked');
      expect(all).toContain('Базар в Оше снова открыт');
      expect(all).not.toContain('The bazaar at Osh reopens');
      const found = panel(
        (await editor.get(`/admin/posts/${ids['bazaar-en']}/edit?translation_q=Базар`)).body,
      );
      expect(found).toContain('Базар в Оше снова открыт');
      expect(found).not.toContain('второй взгляд');
      expect(found).toContain('value="Базар"');
    });

    it('links a translation, audited, and the public page shows it at once', async () => {
      const before = await site.app.inject(`/article/bazaar-en`);
      expect(before.body).not.toContain('language-switcher');
      await editor.get(`/admin/posts/${ids['bazaar-en']}/edit`);
      const res = await editor.post(`/admin/posts/${ids['bazaar-en']}/translations`, {
        otherId: String(ids['bazaar-ru']),
      });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/admin/posts/${ids['bazaar-en']}/edit#translations`);
      const page = await editor.get(`/admin/posts/${ids['bazaar-en']}/edit`);
      expect(page.body).toContain('Translation linked.');
      const linked = panel(page.body);
      expect(linked).toContain(
        `/admin/posts/${ids['bazaar-ru']}/translations`.replace(
          String(ids['bazaar-ru']),
          String(ids['bazaar-en']),
        ),
      );
      expect(linked).toMatch(new RegExp(`/translations/${ids['bazaar-ru']}/unlink`));
      expect((await site.app.inject('/article/bazaar-en')).body).toContain('hreflang="ru" lang="ru"');
      const audit = await site.services.deps.accounts.audit.list({
        action: 'post.translation-link',
        limit: 5,
        offset: 0,
      });
      expect(audit.items[0]).toMatchObject({ target: `article:${ids['bazaar-en']}` });
    });

    it('tells the editor why a second Russian version is refused, changing nothing', async () => {
      await editor.get(`/admin/posts/${ids['bazaar-en']}/edit`);
      const res = await editor.post(`/admin/posts/${ids['bazaar-en']}/translations`, {
        otherId: String(ids['bazaar-ru-2']),
      });
      expect(res.statusCode).toBe(303);
      const page = await editor.get(res.headers.location as string);
      expect(page.body).toContain('already have an article in ru');
      expect((await site.services.deps.articles.findById(ids['bazaar-ru-2']!))?.translationGroup).toBeNull();
    });

    it('an author cannot link other people’s published articles', async () => {
      await author.get('/admin/posts');
      const res = await author.post(`/admin/posts/${ids['bazaar-ru-2']}/translations`, {
        otherId: String(ids['bazaar-en']),
      });
      expect(res.statusCode).toBe(403);
    });

    it('refuses a form without the CSRF token', async () => {
      const res = await editor.post(`/admin/posts/${ids['bazaar-en']}/translations`, {
        _csrf: 'forged',
        otherId: String(ids['bazaar-ru-2']),
      });
      expect(res.statusCode).toBe(403);
    });

    it('unlinks, audited, and the public page follows', async () => {
      await editor.get(`/admin/posts/${ids['bazaar-en']}/edit`);
      const res = await editor.post(
        `/admin/posts/${ids['bazaar-en']}/translations/${ids['bazaar-ru']}/unlink`,
      );
      expect(res.statusCode).toBe(303);
      expect(panel((await editor.get(`/admin/posts/${ids['bazaar-en']}/edit`)).body)).toContain(
        'No translations linked',
      );
      expect((await site.app.inject('/article/bazaar-en')).body).not.toContain('language-switcher');
      const audit = await site.services.deps.accounts.audit.list({
        action: 'post.translation-unlink',
        limit: 5,
        offset: 0,
      });
      expect(audit.items).toHaveLength(1);
    });
  });
}
