// Every admin page I serve passes html-validate with the repository's `.htmlvalidate.json`,
// including pages with form errors, the one-time password page and errors.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { commentIdOf, firstArticleSlug, postForm } from '../comments/helpers.ts';
import { AdminClient, loggedIn, makeUser } from './admin-client.ts';

describe('admin HTML', () => {
  let site: TestSite;
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    pages.setup = (await new AdminClient(site.app).get('/admin/setup')).body;
    pages.setupErrors = (
      await (async () => {
        const c = new AdminClient(site.app);
        await c.get('/admin/setup');
        return c.post('/admin/setup', { name: '', email: 'bad', password: 'short', confirm: 'other' });
      })()
    ).body;
    const { client, user } = await loggedIn(site, 'owner');
    const other = await makeUser(site, 'author', 'Ann <Author>');
    pages.login = (await new AdminClient(site.app).get('/admin/login?notice=deactivated')).body;
    pages.dashboard = (await client.get('/admin')).body;
    pages.users = (await client.get('/admin/users')).body;
    pages.usersErrors = (
      await client.post('/admin/users', { name: '', email: user.email, role: 'author' })
    ).body;
    pages.oneTimePassword = (await client.post(`/admin/users/${other.id}/reset-password`)).body;
    pages.profile = (await client.get('/admin/profile')).body;
    pages.profileErrors = (
      await client.post('/admin/profile/password', { current: '', next: 'x', confirm: 'y' })
    ).body;
    pages.settings = (await client.get('/admin/settings')).body;
    pages.settingsErrors = (
      await client.post('/admin/settings', { title: '', timezone: 'Nowhere/None' })
    ).body;
    pages.commentSettings = (await client.get('/admin/settings/comments')).body;
    pages.commentSettingsErrors = (
      await client.post('/admin/settings/comments', { linkLimit: 'x', holdAll: 'maybe', order: '' })
    ).body;
    pages.audit = (await client.get('/admin/audit?action=user.login')).body;
    pages.importExport = (await client.get('/admin/import-export')).body;
    pages.notFound = (await client.get('/admin/nothing-here')).body;
    // The console with a comment (its IP and email links), the comment's page, spam and API
    // keys, media, the post list and the editor with a fresh preview link.
    const slug = await firstArticleSlug(site.app);
    const article = (await site.services.deps.articles.findPublishedBySlug('post', slug, site.clock.now()))!;
    const post = await postForm(site.app, slug, { comment: 'Hello from a reader.' });
    const commentId = commentIdOf(post);
    pages.comments = (await client.get('/admin/comments?status=approved')).body;
    pages.commentsPending = (await client.get('/admin/comments')).body;
    pages.comment = (await client.get(`/admin/comments/${commentId}`)).body;
    pages.spam = (await client.get('/admin/spam')).body;
    pages.media = (await client.get('/admin/media')).body;
    pages.posts = (await client.get('/admin/posts')).body;
    pages.editor = (await client.get(`/admin/posts/${article.id}/edit`)).body;
    pages.previewLink = (await client.post(`/admin/posts/${article.id}/preview-links`)).body;
  });
  afterAll(async () => site.close());

  it('renders all the pages under test', () => {
    expect(Object.keys(pages)).toHaveLength(24);
    for (const [name, body] of Object.entries(pages)) expect(body, name).toMatch(/^<!doctype html>/);
  });

  it('links a comment’s IP address as markup, not as escaped text', () => {
    // postForm posts from 203.0.113.7.
    const both = `${pages.comments}${pages.commentsPending}`;
    expect(both).toMatch(/<a href="\/admin\/comments\?status=\w+&amp;ip=203\.0\.113\.7">203\.0\.113\.7<\/a>/);
    expect(both).not.toContain('&lt;a href');
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const [name, body] of Object.entries(pages)) {
      const report = await validator.validateString(body, `${name}.html`);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${name}: ${m.ruleId} ${m.message} (line ${m.line})`);
    }
    expect(problems).toEqual([]);
  });
});
