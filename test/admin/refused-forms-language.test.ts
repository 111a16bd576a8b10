// Refused account and settings forms speak the admin's language (issue 16): the account rules and
// the settings checks raise codes, and the page words them from the admin catalogs in the user's
// language (the profile's choice, else the site's), keeping what was typed. On SQLite and
// PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCommentSettings } from '../comments/helpers.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { AdminClient, loggedIn, makeUser, TEST_PASSWORD } from './admin-client.ts';

const htmlLang = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];
/** The error shown beside input `name` (`<p class="form-error" id="f-name-error">…</p>`). */
const fieldError = (body: string, name: string) =>
  new RegExp(`class="form-error" id="[a-z]+-${name}-error">([^<]*)<`).exec(body)?.[1];

for (const dialect of testDialects()) {
  describe(`refused account and settings forms in the admin's language [${dialect}]`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect);
    });
    afterAll(async () => site?.close());

    it('first-run setup on a Chinese site: the password rule in Chinese, name and email kept', async () => {
      await setCommentSettings(site, { language: 'zh-Hans' });
      const c = new AdminClient(site.app);
      expect(htmlLang((await c.get('/admin/setup')).body)).toBe('zh-Hans');
      const short = await c.post('/admin/setup', {
        name: '王芳',
        email: 'wang.fang@news.test',
        password: 'short1',
        confirm: 'short1',
      });
      expect(short.statusCode).toBe(422);
      expect(fieldError(short.body, 'password')).toBe('密码至少需要 12 个字符。');
      // The hint names the rule's own minimum.
      expect(short.body).toContain('至少 12 个字符。几个互不相关的词语就能组成一个既安全又好记的密码。');
      expect(short.body).toContain('value="王芳"');
      expect(short.body).toContain('value="wang.fang@news.test"');
      expect(short.body).not.toContain('Use at least');
      const common = await c.post('/admin/setup', {
        name: '王芳',
        email: 'wang.fang@news.test',
        password: 'password1234',
        confirm: 'password1234',
      });
      expect(fieldError(common.body, 'password')).toBe(
        '此密码太常见或太容易被猜到。请试试几个互不相关的词语，或使用密码管理器。',
      );
      const done = await c.post('/admin/setup', {
        name: '王芳',
        email: 'wang.fang@news.test',
        password: TEST_PASSWORD,
        confirm: TEST_PASSWORD,
      });
      expect(done.statusCode).toBe(303);
      // Setup is over: said in Chinese from the account problem, not the generic 404 sentence.
      const again = await c.get('/admin/setup');
      expect(again.statusCode).toBe(404);
      expect(again.body).toContain('此网站已完成设置。');
      await setCommentSettings(site, { language: 'en' });
    });

    it('users page in Russian: a taken address and one’s own role, the form kept', async () => {
      const { client: owner, user } = await loggedIn(site, 'owner');
      await owner.get('/admin/profile');
      await owner.post('/admin/profile', { name: user.name, bio: '', adminLanguage: 'ru' });
      const other = await makeUser(site, 'author', 'Нина Петрова');
      await owner.get('/admin/users');
      const dup = await owner.post('/admin/users', { name: 'Дубль', email: other.email, role: 'editor' });
      expect(dup.statusCode).toBe(422);
      expect(htmlLang(dup.body)).toBe('ru');
      expect(fieldError(dup.body, 'email')).toBe('Учётная запись с этим адресом электронной почты уже есть.');
      expect(dup.body).toContain('value="Дубль"');
      expect(dup.body).toContain(`value="${other.email}"`);
      expect(dup.body).toMatch(/<option value="editor"\s+selected/);

      await owner.post(`/admin/users/${user.id}/role`, { role: 'author' });
      let page = await owner.get('/admin/users');
      expect(page.body).toContain('Свою роль изменить нельзя.');
      await owner.post(`/admin/users/${user.id}/deactivate`, {});
      page = await owner.get('/admin/users');
      expect(page.body).toContain('Свою учётную запись отключить нельзя.');
      expect(page.body).not.toContain('can’t');

      // A role that is none: said above the list, like the rules' refusals.
      await owner.post(`/admin/users/${other.id}/role`, { role: 'emperor' });
      page = await owner.get('/admin/users');
      expect(page.body).toContain('Выберите роль.');
      expect((await site.services.deps.accounts.users.findById(other.id))?.role).toBe('author');

      // A user that does not exist, or an address that cannot name one: the error page says so
      // in Russian.
      for (const id of ['987654', 'not-an-id']) {
        const missing = await owner.post(`/admin/users/${id}/reset-password`, {});
        expect(missing.statusCode).toBe(404);
        expect(missing.body).toContain('Такого пользователя нет.');
      }
    });

    it('password change in Chinese and Russian: each problem beside its field', async () => {
      const { client, user } = await loggedIn(site, 'editor');
      await client.get('/admin/profile');
      await client.post('/admin/profile', { name: user.name, bio: '', adminLanguage: 'zh-Hans' });
      await client.get('/admin/profile');
      const wrong = await client.post('/admin/profile/password', {
        current: 'not my password',
        next: 'a brand new passphrase',
        confirm: 'a brand new passphrase',
      });
      expect(wrong.statusCode).toBe(422);
      expect(fieldError(wrong.body, 'current')).toBe('当前密码不正确。');
      const same = await client.post('/admin/profile/password', {
        current: TEST_PASSWORD,
        next: TEST_PASSWORD,
        confirm: TEST_PASSWORD,
      });
      expect(fieldError(same.body, 'next')).toBe('新密码不能与当前密码相同。');

      await client.post('/admin/profile', { name: user.name, bio: '', adminLanguage: 'ru' });
      await client.get('/admin/profile');
      const short = await client.post('/admin/profile/password', {
        current: TEST_PASSWORD,
        next: 'short pass',
        confirm: 'short pass',
      });
      expect(short.statusCode).toBe(422);
      expect(htmlLang(short.body)).toBe('ru');
      expect(fieldError(short.body, 'next')).toBe('Пароль должен быть не короче 12 символов.');
      expect(short.body).toContain('Не меньше 12 символов, не распространённый пароль.');
      const personal = await client.post('/admin/profile/password', {
        current: TEST_PASSWORD,
        next: `${user.email.split('@')[0]} is my password`,
        confirm: `${user.email.split('@')[0]} is my password`,
      });
      expect(fieldError(personal.body, 'next')).toBe(
        'Не используйте в пароле своё имя или адрес электронной почты.',
      );
      // The name is kept in the profile form beside it.
      expect(personal.body).toContain(`value="${user.name}"`);
    });

    it('settings in Chinese and Russian: the checks’ problems worded, the values kept', async () => {
      const { client: owner, user } = await loggedIn(site, 'owner');
      await owner.get('/admin/profile');
      await owner.post('/admin/profile', { name: user.name, bio: '', adminLanguage: 'zh-Hans' });
      await owner.get('/admin/settings');
      const site1 = await owner.post('/admin/settings', {
        title: '中亚新闻',
        tagline: '',
        logo: 'javascript:alert(1)',
        siteIcon: '',
        language: 'en',
        timezone: 'Mars/Olympus',
        postsPerPage: '10',
        dateFormat: 'long',
        footerText: '',
      });
      expect(site1.statusCode).toBe(422);
      expect(fieldError(site1.body, 'timezone')).toBe(
        '请输入时区名称，例如 UTC、Europe/London 或 Asia/Almaty。',
      );
      expect(fieldError(site1.body, 'logo')).toBe('请输入以 https:// 或 / 开头的地址。');
      expect(site1.body).toContain('value="Mars/Olympus"');
      expect(site1.body).toContain('value="中亚新闻"');

      await owner.post('/admin/profile', { name: user.name, bio: '', adminLanguage: 'ru' });
      await owner.get('/admin/settings/comments');
      const comments = await owner.post('/admin/settings/comments', {
        linkLimit: '4',
        holdWords: 'x'.repeat(101),
        blockWords: '',
        floodSeconds: '30',
        threadDepth: '0',
        perPage: '25',
        order: 'newest',
        closeAfterDays: '90',
        ipRetentionDays: '14',
      });
      expect(comments.statusCode).toBe(422);
      expect(fieldError(comments.body, 'threadDepth')).toBe('Введите целое число от 1 до 10.');
      expect(fieldError(comments.body, 'holdWords')).toBe(
        'Каждое слово или фраза — не длиннее 100 символов.',
      );
      expect(comments.body).toMatch(/name="threadDepth"[^>]*value="0"/s);
    });
  });
}
