// The pseudo-locale crawl of the admin: with the site in `en-XA` (and so the admin of a user who
// chose no language), each admin page is fetched as the owner and its interface text checked.
// Every admin catalog message comes out bracketed ⟦…⟧ and accented, so a run of plain Latin
// letters outside the brackets, once content (titles, names, emails, settings) and dates are
// taken out, is interface text that bypassed the catalogs. The pages listed are the ones whose
// text is in the catalogs; docs/translating.md names those still in English.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE } from '../../src/i18n/index.ts';
import { PUBLIC_LEARNING_CURVE } from '../../src/spam/index.ts';
import { decodeHtml, firstArticleSlug, postForm, setCommentSettings } from '../comments/helpers.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { AdminClient, makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { untransformedWords } from './pseudo-text.ts';

/** What an admin page shows as interface: its text, accessible names, hints and option labels. */
function interfaceText(body: string): string {
  let html = body
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<time[^>]*>[\s\S]*?<\/time\s*>/g, ' ')
    .replace(/<textarea[^>]*>[\s\S]*?<\/textarea>/g, ' ')
    .replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' ')
    // Lines of an article's body in a revision diff.
    .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
    // A language's own name in a language menu is content of that language (it carries `lang`).
    .replace(/<option[^>]*\slang="[^"]+"[^>]*>[\s\S]*?<\/option>/g, ' ');
  const attributes = [
    ...html.matchAll(/\s(?:aria-label|placeholder|title|alt|data-confirm|data-say-[a-z-]+)="([^"]*)"/g),
  ].map((m) => m[1]);
  html = html.replace(/<[^>]+>/g, ' ');
  return decodeHtml([html, ...attributes].join(' '));
}

describe('admin pseudo-locale crawl [sqlite]', () => {
  let site: TestSite;
  let owner: AdminClient;
  let anonymous: AdminClient;
  let content: string[] = [];
  /** A post written for the crawl (two saved revisions) and a demo post with its translations. */
  let postId = 0;
  let demoPostId = 0;
  let revisionIds: number[] = [];
  /** Comments posted for the crawl: one a reader wrote, one the spam filter scored high. */
  let commentId = 0;
  let spamCommentId = 0;
  let undoToken = '';
  /** A reputation list read from a file (one malformed line), which the spam comment's IP is on. */
  const listDir = mkdtempSync(join(tmpdir(), 'silkpress-pseudo-lists-'));
  const listPath = join(listDir, 'ips.txt');
  let ownerId = 0;

  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await setCommentSettings(site, { language: PSEUDO_LOCALE });
    const user = await makeUser(site, 'owner', 'Olga Owner');
    ownerId = user.id;
    owner = new AdminClient(site.app);
    await owner.logIn(user.email, TEST_PASSWORD);
    anonymous = new AdminClient(site.app);
    const { db } = site.services.database;
    // A post of our own with two revisions to compare.
    const created = await owner.post('/admin/posts', {
      title: 'Pseudo post',
      bodyMarkdown: 'One',
      action: 'save',
    });
    postId = Number(/\/admin\/posts\/(\d+)\/edit/.exec(String(created.headers.location))?.[1]);
    const editor = await owner.get(`/admin/posts/${postId}/edit`);
    const version = /name="version" value="(\d+)"/.exec(editor.body)?.[1] ?? '';
    await owner.post(`/admin/posts/${postId}`, {
      title: 'Pseudo post',
      bodyMarkdown: 'Two',
      version,
      action: 'save',
    });
    revisionIds = (await site.services.deps.editorial.revisions.list(postId)).map((r) => r.id);
    const articles = await db
      .selectFrom('articles')
      .select(['id', 'title', 'excerpt', 'language', 'kind', 'translation_group'])
      .execute();
    demoPostId = articles.find((a) => a.kind === 'post' && a.translation_group !== null)?.id ?? 0;
    const tags = await db.selectFrom('tags').select(['name']).execute();
    // A reputation list that holds the spam comment's network, and an API key, for the spam pages.
    writeFileSync(listPath, '203.0.113.0/24\nnot-an-address\n');
    await owner.get('/admin/spam');
    await owner.post('/admin/spam/lists', {
      name: 'crawl-ips',
      location: listPath,
      kind: 'ip',
      format: 'lines',
      weight: '2',
      action: 'hold',
      refreshMinutes: '60',
    });
    await owner.post('/admin/spam/keys', {
      label: 'Crawl key',
      site: 'https://sister.example',
      rateLimit: '90',
    });
    // Comments through the public form: a reader's, and one the spam filter scores high (every
    // comment waits, and the filter only records its verdict, so both are in the queue).
    await setCommentSettings(site, { commentsHoldAll: true, spamShadowMode: true });
    const slug = await firstArticleSlug(site.app);
    await postForm(site.app, slug);
    site.clock.advance(120_000);
    await postForm(
      site.app,
      slug,
      {
        comment: 'Cheap watches at http://bit.ly/w1 and http://bit.ly/x1 buy now',
        author: 'Spam Bot',
        email: 'bot@mailinator.com',
      },
      { ip: '203.0.113.9' },
    );
    const comments = await db
      .selectFrom('comments')
      .select(['id', 'author_name', 'author_email', 'author_url', 'user_agent', 'content', 'reasons'])
      .execute();
    commentId = comments.find((c) => c.author_email === 'ann@example.com')?.id ?? 0;
    spamCommentId = comments.find((c) => c.author_email === 'bot@mailinator.com')?.id ?? 0;
    // The spam comment's verdict has several reasons, among them a list hit and a disposable address.
    const verdicts = await db.selectFrom('spam_verdicts').select(['reasons']).execute();
    const codes = verdicts.flatMap((v) => (JSON.parse(v.reasons) as { code: string }[]).map((r) => r.code));
    expect(codes).toEqual(expect.arrayContaining(['url-shortener', 'list-ip', 'disposable-email']));
    const mail = await db.selectFrom('mail_outbox').select(['subject', 'to_address']).execute();
    // Who did what in the audit log: users, and the names of the command line and the rules.
    const actors = await db.selectFrom('audit_log').select(['actor_name']).distinct().execute();
    const users = await db.selectFrom('users').select(['name', 'email', 'bio']).execute();
    const settings = await site.services.deps.settings.readAll();
    content = [
      ...articles.flatMap((a) => [a.title, a.excerpt, a.language]),
      ...tags.map((t) => t.name),
      ...comments.flatMap((c) => [
        c.author_name,
        c.author_email,
        c.author_url ?? '',
        c.user_agent ?? '',
        c.content,
      ]),
      // A comment's links are rendered as links: the text around them, and the addresses.
      ...comments.flatMap((c) => c.content.split(/(https?:\/\/\S+)/).map((piece) => piece.trim())),
      // The spam pages' data: the list and its file, the key's label and site, and the learning
      // curve's videos (names of the public data set).
      'crawl-ips',
      listPath,
      'Crawl key',
      'https://sister.example',
      ...PUBLIC_LEARNING_CURVE.curves.map((c) => c.video.replace(/^Youtube\d+-/, '')),
      ...actors.map((a) => a.actor_name),
      ...mail.flatMap((m) => [m.subject, m.to_address]),
      ...users.flatMap((u) => [u.name, u.email, u.bio]),
      String(settings.title),
      'nobody@example.com',
      'Nina New',
      'nina@example.com',
      'Site',
      'Pseudo post',
      // The site language's own name, in the admin-language menu's "site's language" option.
      PSEUDO_LOCALE,
    ].filter((c) => c.length > 0);
  });
  afterAll(async () => {
    await site?.close();
    rmSync(listDir, { recursive: true, force: true });
  });

  const pages: [string, () => Promise<{ statusCode: number; body: string }>][] = [
    ['login', () => anonymous.get('/admin/login')],
    ['login after logging out', () => anonymous.get('/admin/login?notice=logged-out')],
    ['refused login', () => anonymous.post('/admin/login', { email: 'nobody@example.com', password: 'x' })],
    ['dashboard', () => owner.get('/admin')],
    ['profile', () => owner.get('/admin/profile')],
    ['profile refused', () => owner.post('/admin/profile', { name: '', bio: '' })],
    [
      'password refused',
      () => owner.post('/admin/profile/password', { current: '', next: 'a', confirm: 'b' }),
    ],
    // Account refusals the rules raise (codes the page words): beside the field, as a flash,
    // and as an error page.
    [
      'password refused by the rules: the current one is wrong',
      () =>
        owner.post('/admin/profile/password', {
          current: 'not the password',
          next: 'a long new passphrase',
          confirm: 'a long new passphrase',
        }),
    ],
    [
      'password refused by the rules: too short',
      () =>
        owner.post('/admin/profile/password', { current: TEST_PASSWORD, next: 'short', confirm: 'short' }),
    ],
    [
      'password refused by the rules: too common',
      () =>
        owner.post('/admin/profile/password', {
          current: TEST_PASSWORD,
          next: 'password1234',
          confirm: 'password1234',
        }),
    ],
    ['setup after setup', () => anonymous.get('/admin/setup')],
    ['404', () => owner.get('/admin/no-such-page')],
    ['settings', () => owner.get('/admin/settings')],
    [
      'settings refused',
      () => owner.post('/admin/settings', { title: '', postsPerPage: 'x', dateFormat: 'x' }),
    ],
    ['spam settings refused', () => owner.post('/admin/settings/spam', { spamThreshold: '2' })],
    [
      'settings refused by the domain',
      async () => {
        const page = await owner.get('/admin/settings');
        const value = (name: string) =>
          new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(page.body)?.[1] ?? '';
        return owner.post('/admin/settings', {
          title: 'Site',
          tagline: '',
          footerText: '',
          postsPerPage: '10',
          dateFormat: 'long',
          language: 'en-XA',
          timezone: 'Mars/Olympus',
          logo: value('logo'),
        });
      },
    ],
    ['comment settings', () => owner.get('/admin/settings/comments')],
    ['comment settings refused', () => owner.post('/admin/settings/comments', { linkLimit: 'many' })],
    [
      'comment settings refused: word lists and order',
      () =>
        owner.post('/admin/settings/comments', {
          holdWords: 'x'.repeat(101),
          blockWords: Array.from({ length: 1001 }, (_, i) => `w${i}`).join('\n'),
          order: 'sideways',
          holdAll: 'maybe',
        }),
    ],
    ['import/export', () => owner.get('/admin/import-export')],
    ['users', () => owner.get('/admin/users')],
    ['user refused', () => owner.post('/admin/users', { name: '', email: 'x', role: 'author' })],
    [
      'user refused by the rules: the address is taken',
      async () => {
        const olga = await site.services.deps.accounts.users.findById(ownerId);
        return owner.post('/admin/users', { name: 'Olga Owner', email: olga!.email, role: 'author' });
      },
    ],
    [
      'users after refusing a change of one’s own role',
      async () => {
        await owner.post(`/admin/users/${ownerId}/role`, { role: 'author' });
        return owner.get('/admin/users');
      },
    ],
    [
      'users after refusing to deactivate oneself',
      async () => {
        await owner.post(`/admin/users/${ownerId}/deactivate`);
        return owner.get('/admin/users');
      },
    ],
    [
      'users after a role that is none',
      async () => {
        await owner.post(`/admin/users/${ownerId}/role`, { role: 'emperor' });
        return owner.get('/admin/users');
      },
    ],
    ['no such user', () => owner.post('/admin/users/987654/reset-password')],
    ['no such user id', () => owner.post('/admin/users/not-an-id/reset-password')],
    [
      'user added',
      () => owner.post('/admin/users', { name: 'Nina New', email: 'nina@example.com', role: 'author' }),
    ],
    [
      'password reset',
      async () => {
        const nina = await site.services.deps.accounts.users.findByEmail('nina@example.com');
        return owner.post(`/admin/users/${nina!.id}/reset-password`);
      },
    ],
    [
      'users after a role change',
      async () => {
        const nina = await site.services.deps.accounts.users.findByEmail('nina@example.com');
        await owner.post(`/admin/users/${nina!.id}/role`, { role: 'editor' });
        return owner.get('/admin/users');
      },
    ],
    ['posts', () => owner.get('/admin/posts')],
    ['pages', () => owner.get('/admin/pages')],
    ['posts filtered, none found', () => owner.get('/admin/posts?status=draft&q=nothing-like-this')],
    ['new post', () => owner.get('/admin/posts/new')],
    [
      'editor refused by the form',
      () => owner.post('/admin/posts', { title: 'x'.repeat(301), language: '1', action: 'save' }),
    ],
    [
      'editor refused by the rules',
      () => owner.post('/admin/posts', { title: 'Pseudo post', bodyMarkdown: '', action: 'publish' }),
    ],
    ['editor of a post with translations', () => owner.get(`/admin/posts/${demoPostId}/edit`)],
    ['editor after a save', () => owner.get(`/admin/posts/${postId}/edit`)],
    ['preview link created', () => owner.post(`/admin/posts/${postId}/preview-links`)],
    [
      'list after a quick action',
      async () => {
        await owner.post(`/admin/posts/${postId}/status`, { action: 'trash', version: '9' });
        return owner.get('/admin/posts?status=trash');
      },
    ],
    [
      'revisions compared',
      () => owner.get(`/admin/posts/${postId}/revisions?a=${revisionIds.at(-1)}&b=${revisionIds[0]}`),
    ],
    ['comments, pending with a spam verdict', () => owner.get('/admin/comments?status=pending')],
    ['comments, approved', () => owner.get('/admin/comments?status=approved')],
    ['comments filtered, none found', () => owner.get('/admin/comments?status=spam&q=nothing-like-this')],
    [
      'comments after a decision (with undo)',
      async () => {
        await owner.get('/admin/comments');
        await owner.post('/admin/comments/bulk', {
          single: `${spamCommentId}:spam`,
          back: '/admin/comments',
        });
        const page = await owner.get('/admin/comments?status=spam');
        undoToken = /name="undo" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
        return page;
      },
    ],
    [
      'comments after an undo',
      async () => {
        expect(undoToken).not.toBe('');
        await owner.post('/admin/comments/undo', { undo: undoToken, back: '/admin/comments' });
        return owner.get('/admin/comments');
      },
    ],
    [
      'comments after a sweep',
      async () => {
        await owner.post('/admin/comments/spam-above', { threshold: '1', back: '/admin/comments' });
        return owner.get('/admin/comments');
      },
    ],
    ['comment detail', () => owner.get(`/admin/comments/${commentId}`)],
    [
      'comment detail of a spam comment (why its status, the verdict and its reasons)',
      async () => {
        const page = await owner.get(`/admin/comments/${spamCommentId}`);
        expect(page.body).toContain('class="comment-spam-verdict');
        return page;
      },
    ],
    [
      'comment edit refused',
      async () => {
        await owner.post(`/admin/comments/${commentId}/edit`, {
          content: '',
          authorName: 'Ann Reader',
          authorUrl: '',
        });
        return owner.get(`/admin/comments/${commentId}`);
      },
    ],
    ['mail outbox', () => owner.get('/admin/comments/outbox')],
    ['comments filtered by a spam reason', () => owner.get('/admin/comments?status=pending&reason=list-ip')],
    ['spam dashboard with a verdict, a list and a key', () => owner.get('/admin/spam')],
    [
      'spam key created (shown once)',
      () => owner.post('/admin/spam/keys', { label: 'Crawl key', rateLimit: '60' }),
    ],
    [
      'spam key refused',
      async () => {
        await owner.post('/admin/spam/keys', { label: '', site: 'ftp://x' });
        return owner.get('/admin/spam');
      },
    ],
    [
      'spam key revoked',
      async () => {
        const page = await owner.get('/admin/spam');
        const id = /action="\/admin\/spam\/keys\/(\d+)\/revoke"/.exec(page.body)?.[1];
        await owner.post(`/admin/spam/keys/${id}/revoke`);
        return owner.get('/admin/spam');
      },
    ],
    [
      'spam list added',
      async () => {
        await owner.post('/admin/spam/lists', {
          name: 'crawl-ips2',
          location: listPath,
          kind: 'ip',
          action: 'score',
          weight: '-1',
        });
        return owner.get('/admin/spam');
      },
    ],
    [
      'spam list refreshed',
      async () => {
        await owner.post('/admin/spam/lists/crawl-ips/refresh');
        return owner.get('/admin/spam');
      },
    ],
    [
      'spam list refused',
      async () => {
        await owner.post('/admin/spam/lists', { name: 'x y', location: 'ftp://a', kind: 'ip', weight: '20' });
        return owner.get('/admin/spam');
      },
    ],
    [
      'spam list already exists',
      async () => {
        await owner.post('/admin/spam/lists', { name: 'crawl-ips', location: listPath, kind: 'ip' });
        return owner.get('/admin/spam');
      },
    ],
    [
      'spam list disabled',
      async () => {
        await owner.post('/admin/spam/lists/crawl-ips/disable');
        return owner.get('/admin/spam');
      },
    ],
    [
      'spam list failing to read',
      async () => {
        await owner.post('/admin/spam/lists/crawl-ips/enable');
        rmSync(listPath);
        await owner.post('/admin/spam/lists/crawl-ips/refresh');
        // The flash quotes the fetcher's own error (English): the table shows it as code.
        await owner.get('/admin/spam');
        return owner.get('/admin/spam');
      },
    ],
    [
      'spam list removed',
      async () => {
        await owner.post('/admin/spam/lists/crawl-ips/remove');
        return owner.get('/admin/spam');
      },
    ],
    ['no such spam list', () => owner.post('/admin/spam/lists/nothing/refresh')],
    ['media', () => owner.get('/admin/media')],
    ['audit log with entries', () => owner.get('/admin/audit')],
    ['audit log filtered', () => owner.get('/admin/audit?action=comment.spam')],
  ];

  for (const [name, fetch] of pages) {
    it(`${name}: every interface string came through the catalogs`, async () => {
      const res = await fetch();
      expect(res.body).toContain('⟦');
      const leftovers = untransformedWords(interfaceText(res.body), content);
      expect(leftovers, `${name} (${res.statusCode})`).toEqual([]);
    });
  }
});

describe('admin pseudo-locale crawl of the spam dashboard with an upstream service [sqlite]', () => {
  let site: TestSite;
  let owner: AdminClient;

  beforeAll(async () => {
    // Nothing listens there: every check counts an error, and the section shows the counts.
    site = await createTestSite('sqlite', {
      demo: false,
      env: { SPAM_UPSTREAM_URL: 'http://127.0.0.1:9/', SPAM_UPSTREAM_KEY: 'crawl-upstream-key' },
    });
    await setCommentSettings(site, { language: PSEUDO_LOCALE });
    const user = await makeUser(site, 'owner', 'Olga Owner');
    owner = new AdminClient(site.app);
    await owner.logIn(user.email, TEST_PASSWORD);
  });
  afterAll(async () => site?.close());

  it('spam dashboard with the upstream section: every interface string came through the catalogs', async () => {
    const res = await owner.get('/admin/spam');
    expect(res.body).toContain('id="spam-upstream"');
    const settings = await site.services.deps.settings.readAll();
    const content = [
      '127.0.0.1',
      'Olga Owner',
      // The default site title.
      'Silkpress',
      String(settings.title),
      PSEUDO_LOCALE,
      ...PUBLIC_LEARNING_CURVE.curves.map((c) => c.video.replace(/^Youtube\d+-/, '')),
    ];
    const leftovers = untransformedWords(interfaceText(res.body), content);
    expect(leftovers).toEqual([]);
  });
});
