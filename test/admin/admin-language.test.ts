// The admin's language: the site's by default (when the admin has it, else English), and each
// user's own choice from the profile, which changes only that user's pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCommentSettings } from '../comments/helpers.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { loggedIn } from './admin-client.ts';

const htmlLang = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];
const profileFields = { name: 'Ann Admin', bio: '' };

describe('admin language', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
  });
  afterAll(async () => site.close());

  it('follows the site language, and is English where the admin has no catalog', async () => {
    const { client } = await loggedIn(site, 'owner');
    await setCommentSettings(site, { language: 'ru' });
    let page = await client.get('/admin');
    expect(htmlLang(page.body)).toBe('ru');
    expect(page.body).toContain('>Статьи</a>');
    expect(page.body).toContain('Написать статью');
    await setCommentSettings(site, { language: 'kk' });
    page = await client.get('/admin');
    expect(htmlLang(page.body)).toBe('en');
    expect(page.body).toContain('>Posts</a>');
    await setCommentSettings(site, { language: 'en' });
  });

  it('is each user’s own choice in the profile, said in the new language at once', async () => {
    const { client, user } = await loggedIn(site, 'editor');
    const { client: other } = await loggedIn(site, 'author');
    await client.get('/admin/profile');
    let res = await client.post('/admin/profile', { ...profileFields, adminLanguage: 'zh-Hans' });
    expect(res.statusCode).toBe(303);
    const page = await client.get('/admin/profile');
    expect(htmlLang(page.body)).toBe('zh-Hans');
    expect(page.body).toContain('您的个人资料已保存。');
    expect(page.body).toContain('>文章</a>');
    expect(page.body).toMatch(/<option\s+value="zh-Hans"\s+lang="zh-Hans" selected\s*>\s*简体中文/);
    expect(page.body).toMatch(/<option\s+value="ru"\s+lang="ru"\s*>\s*Русский/);
    // Others keep the site's language.
    expect(htmlLang((await other.get('/admin')).body)).toBe('en');
    // A refused form speaks the user's language too.
    res = await client.post('/admin/profile', { name: '', bio: '', adminLanguage: 'zh-Hans' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('请输入您的姓名。');
    // An unknown tag is the site's language; so is the empty choice.
    await client.post('/admin/profile', { ...profileFields, adminLanguage: 'xx-Bogus' });
    expect((await site.services.deps.accounts.users.findById(user.id))?.adminLanguage).toBeNull();
    expect(htmlLang((await client.get('/admin')).body)).toBe('en');
    await client.post('/admin/profile', { ...profileFields, adminLanguage: 'ru' });
    expect((await client.get('/admin')).body).toContain('Вы вошли как');
    await client.post('/admin/profile', { ...profileFields, adminLanguage: '' });
    expect(htmlLang((await client.get('/admin')).body)).toBe('en');
  });
});
