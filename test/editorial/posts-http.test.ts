// The editor over HTTP: list, create, workflow actions, conflicts, bad input (each keeping what
// was typed), revisions, preview links, autosave, scheduling with the injected clock, pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { type AdminClient, loggedIn, makeUser } from '../admin/admin-client.ts';

const fields = (over: Record<string, string> = {}) => ({
  title: 'Caravan routes <revived>',
  slug: '',
  excerpt: '',
  bodyMarkdown: 'Traders **return** to the old road.\n\nSecond paragraph.',
  tags: 'Trade, Silk Road Revival',
  authorId: '',
  language: 'en',
  featureImageSrc: '',
  featureImageAlt: '',
  seoTitle: '',
  seoDescription: '',
  commentsOpen: '1',
  scheduleDate: '',
  scheduleTime: '',
  version: '',
  ...over,
});

const idFrom = (location: string | undefined) => Number(/\/(\d+)\/edit$/.exec(location ?? '')?.[1]);
const versionIn = (body: string) => /name="version" value="(\d+)"/.exec(body)?.[1] ?? '';

describe('editor over HTTP', () => {
  let site: TestSite;
  let editor: AdminClient;
  let editorId: number;
  let author: AdminClient;
  let contributor: AdminClient;

  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner'); // past first-run setup
    ({
      client: editor,
      user: { id: editorId },
    } = await loggedIn(site, 'editor'));
    ({ client: author } = await loggedIn(site, 'author'));
    ({ client: contributor } = await loggedIn(site, 'contributor'));
  });
  afterAll(async () => site.close());

  const create = async (client: AdminClient, over: Record<string, string> = {}, action = 'save') => {
    await client.get('/admin/posts/new');
    const res = await client.post('/admin/posts', { ...fields(over), action });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
    return idFrom(res.headers.location as string);
  };

  it('lists posts with filters, counts and the last editor', async () => {
    const res = await editor.get('/admin/posts');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Posts');
    expect(res.body).toMatch(/Published <span class="editor-count count">\(\d+\)<\/span>/);
    const filtered = await editor.get('/admin/posts?status=published&q=zzznothing');
    expect(filtered.body).toContain('No posts match these filters.');
  });

  it('creates a draft, escapes it, derives the slug and creates tags', async () => {
    const id = await create(editor);
    const page = await editor.get(`/admin/posts/${id}/edit`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Draft saved.');
    expect(page.body).toContain('Caravan routes &#60;revived&#62;');
    expect(page.body).not.toContain('<revived>');
    const a = await site.services.deps.articles.findById(id);
    expect(a?.status).toBe('draft');
    expect(a?.slug).toBe('caravan-routes-revived');
    expect(a?.tags.map((t) => t.name)).toEqual(['Trade', 'Silk Road Revival']);
    expect((await site.app.inject('/article/caravan-routes-revived')).statusCode).toBe(404);
  });

  it('publishes now, and the public page appears', async () => {
    const id = await create(editor, { title: 'Published through the editor' }, 'publish');
    const res = await site.app.inject('/article/published-through-the-editor');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Traders <strong>return</strong>');
    expect((await site.services.deps.articles.findById(id))?.publishedAt).toBe(
      site.clock.now().toISOString(),
    );
  });

  it('refuses a duplicate slug and an invalid date, keeping everything typed', async () => {
    await editor.get('/admin/posts/new');
    const dup = await editor.post('/admin/posts', {
      ...fields({ title: 'Another', slug: 'published-through-the-editor', bodyMarkdown: 'Keep **me** ✓' }),
      action: 'save',
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.body).toContain('already used by another post');
    expect(dup.body).toContain('Keep **me** ✓');
    expect(dup.body).toContain('value="published-through-the-editor"');

    const bad = await editor.post('/admin/posts', {
      ...fields({ title: 'Dated', scheduleDate: '2026-02-30', scheduleTime: '10:00', bodyMarkdown: 'Mine.' }),
      action: 'schedule',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('2026-02-30 is not a date in the calendar.');
    expect(bad.body).toContain('value="2026-02-30"');
    expect(bad.body).toContain('Mine.');
  });

  it('refuses a dangerous image address and a missing alt text, keeping the fields', async () => {
    await editor.get('/admin/posts/new');
    const js = await editor.post('/admin/posts', {
      ...fields({ featureImageSrc: 'javascript:alert(1)', featureImageAlt: 'x' }),
      action: 'save',
    });
    expect(js.statusCode).toBe(422);
    expect(js.body).toContain('Choose an uploaded image');
    expect(js.body).toContain('value="javascript:alert(1)"');
    const noAlt = await editor.post('/admin/posts', {
      ...fields({ featureImageSrc: '/media/0123456789abcdef-800w.jpg' }),
      action: 'save',
    });
    expect(noAlt.statusCode).toBe(422);
    expect(noAlt.body).toContain('Describe the feature image');
  });

  it('refuses a stale save with a clear message and the text intact; saving again wins', async () => {
    const id = await create(editor, { title: 'Two editors' });
    const first = await editor.get(`/admin/posts/${id}/edit`);
    const version = versionIn(first.body);
    expect(version).toBe('1');
    const ok = await editor.post(`/admin/posts/${id}`, {
      ...fields({ title: 'Two editors', version }),
      action: 'save',
    });
    expect(ok.statusCode).toBe(303);
    const stale = await editor.post(`/admin/posts/${id}`, {
      ...fields({ title: 'Two editors', bodyMarkdown: 'My precious words', version }),
      action: 'save',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else saved this article');
    expect(stale.body).toContain('My precious words');
    expect((await site.services.deps.articles.findById(id))?.bodyMarkdown).not.toContain('precious');
    const again = await editor.post(`/admin/posts/${id}`, {
      ...fields({ title: 'Two editors', bodyMarkdown: 'My precious words', version: versionIn(stale.body) }),
      action: 'save',
    });
    expect(again.statusCode).toBe(303);
    expect((await site.services.deps.articles.findById(id))?.bodyMarkdown).toBe('My precious words');
  });

  it('schedules in the site timezone and publishes when the clock gets there', async () => {
    await site.services.deps.settings.write({ timezone: 'Asia/Almaty' }, site.clock.now());
    const id = await create(
      editor,
      { title: 'Scheduled for Almaty morning', scheduleDate: '2026-11-27', scheduleTime: '09:00' },
      'schedule',
    );
    const a = await site.services.deps.articles.findById(id);
    expect(a?.status).toBe('scheduled');
    expect(a?.publishedAt).toBe('2026-11-27T04:00:00.000Z');
    const path = '/article/scheduled-for-almaty-morning';
    expect((await site.app.inject(path)).statusCode).toBe(404);
    const job = site.services.jobs.find((j) => j.name === 'publish-scheduled')!;
    await job.run();
    expect((await site.app.inject(path)).statusCode).toBe(404);
    site.clock.set('2026-11-27T04:00:00Z');
    await job.run();
    expect((await site.app.inject(path)).statusCode).toBe(200);
    expect((await site.app.inject('/')).body).toContain('Scheduled for Almaty morning');
    const audit = await site.services.deps.accounts!.audit.list({
      action: 'post.publish-scheduled',
      limit: 5,
      offset: 0,
    });
    expect(audit.items[0]?.target).toBe(`article:${id}`);
    site.clock.set('2026-11-26T12:00:00Z');
  });

  it('refuses a time in the past for scheduling', async () => {
    await editor.get('/admin/posts/new');
    const res = await editor.post('/admin/posts', {
      ...fields({ title: 'Too late', scheduleDate: '2020-01-01', scheduleTime: '10:00' }),
      action: 'schedule',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('already passed');
  });

  it('keeps revisions, compares two and restores one', async () => {
    const id = await create(editor, { title: 'Revised', bodyMarkdown: 'Line one\nLine two' });
    let page = await editor.get(`/admin/posts/${id}/edit`);
    await editor.post(`/admin/posts/${id}`, {
      ...fields({
        title: 'Revised',
        bodyMarkdown: 'Line one\nLine 2, better',
        version: versionIn(page.body),
      }),
      action: 'save',
    });
    const revs = await site.services.deps.editorial!.revisions.list(id);
    expect(revs).toHaveLength(2);
    const [newer, older] = revs;
    const diff = await editor.get(`/admin/posts/${id}/revisions?a=${older!.id}&b=${newer!.id}`);
    expect(diff.statusCode).toBe(200);
    expect(diff.body).toMatch(/editor-diff--removed[^]*Line two/);
    expect(diff.body).toMatch(/editor-diff--added[^]*Line 2, better/);
    const restore = await editor.post(`/admin/posts/${id}/revisions/${older!.id}/restore`, {
      version: versionIn(diff.body),
    });
    expect(restore.statusCode).toBe(303);
    expect((await site.services.deps.articles.findById(id))?.bodyMarkdown).toBe('Line one\nLine two');
    expect(await site.services.deps.editorial!.revisions.list(id)).toHaveLength(3);
    page = await editor.get(`/admin/posts/${id}/edit`);
    expect(page.body).toContain('Revision restored.');
  });

  it('autosaves to a revision without touching the article', async () => {
    const id = await create(editor, { title: 'Autosaved', bodyMarkdown: 'Saved text' }, 'publish');
    const page = await editor.get(`/admin/posts/${id}/edit`);
    const res = await editor.post(
      `/admin/posts/${id}/autosave`,
      { ...fields({ title: 'Autosaved', bodyMarkdown: 'Half-typed text', version: versionIn(page.body) }) },
      { accept: 'application/json' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true });
    expect((await site.services.deps.articles.findById(id))?.bodyMarkdown).toBe('Saved text');
    expect((await site.app.inject('/article/autosaved')).body).not.toContain('Half-typed');
    expect((await site.services.deps.editorial!.revisions.latestAutosave(id, editorId))?.bodyMarkdown).toBe(
      'Half-typed text',
    );
  });

  it('autosaves a new article by creating a draft, never publishing it', async () => {
    await editor.get('/admin/posts/new');
    const empty = await editor.post(
      '/admin/posts/autosave-new',
      { ...fields({ title: '' }) },
      { accept: 'application/json' },
    );
    expect(empty.json()).toMatchObject({ ok: false });
    const res = await editor.post(
      '/admin/posts/autosave-new',
      { ...fields({ title: 'Typed before saving', bodyMarkdown: 'Half a thought' }) },
      { accept: 'application/json' },
    );
    expect(res.statusCode).toBe(200);
    const body = res.json() as { id: number; version: number; editUrl: string };
    expect(body.editUrl).toBe(`/admin/posts/${body.id}/edit`);
    const a = await site.services.deps.articles.findById(body.id);
    expect(a?.status).toBe('draft');
    expect(a?.bodyMarkdown).toBe('Half a thought');
    expect((await site.app.inject('/article/typed-before-saving')).statusCode).toBe(404);
  });

  it('renders the Markdown preview with the public renderer, as JSON and without JS', async () => {
    await editor.get('/admin/posts/new');
    const json = await site.app.inject({
      method: 'POST',
      url: '/admin/preview',
      payload: { markdown: '# Hi\n\n<script>x</script> *there*' },
      headers: {
        cookie: [...editor.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': editor.csrf,
        accept: 'application/json',
      },
    });
    expect(json.statusCode).toBe(200);
    expect(json.json().html).toBe(site.services.deps.markdown.toHtml('# Hi\n\n<script>x</script> *there*'));
    expect(json.json().html).not.toContain('<script>');
    const form = await editor.post('/admin/posts', {
      ...fields({ bodyMarkdown: 'Preview *this*' }),
      action: 'preview',
    });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Preview <em>this</em>');
    expect(form.body).toContain('Preview *this*');
  });

  it('creates and revokes private preview links that render drafts with noindex and no caching', async () => {
    const id = await create(editor, { title: 'Secret draft' });
    await editor.get(`/admin/posts/${id}/edit`);
    const made = await editor.post(`/admin/posts/${id}/preview-links`, {});
    expect(made.statusCode).toBe(200);
    const url = /http:\/\/news\.test(\/preview\/[A-Za-z0-9_-]{43})/.exec(made.body)?.[1];
    expect(url).toBeTruthy();
    const preview = await site.app.inject(url!);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Secret draft');
    expect(preview.body).toMatch(/<meta name="robots" content="noindex/);
    expect(preview.headers['cache-control']).toBe('private, no-store');
    const linkId = (await site.services.deps.editorial!.previews.list(id))[0]!.id;
    const revoke = await editor.post(`/admin/posts/${id}/preview-links/${linkId}/revoke`, {});
    expect(revoke.statusCode).toBe(303);
    expect((await site.app.inject(url!)).statusCode).toBe(404);
    expect((await site.app.inject('/preview/not-a-token')).statusCode).toBe(404);
  });

  it('moves to trash, restores, and deletes permanently (editor only)', async () => {
    const id = await create(editor, { title: 'Short lived' }, 'publish');
    expect((await editor.post(`/admin/posts/${id}/status`, { action: 'trash' })).statusCode).toBe(303);
    expect((await site.app.inject('/article/short-lived')).statusCode).toBe(404);
    const trash = await editor.get('/admin/posts?status=trash');
    expect(trash.body).toContain('Short lived');
    expect((await editor.post(`/admin/posts/${id}/status`, { action: 'restore' })).statusCode).toBe(303);
    expect((await site.services.deps.articles.findById(id))?.status).toBe('draft');
    await editor.post(`/admin/posts/${id}/status`, { action: 'trash' });
    expect((await editor.post(`/admin/posts/${id}/status`, { action: 'delete' })).statusCode).toBe(303);
    expect(await site.services.deps.articles.findById(id)).toBeNull();
  });

  it('enforces roles on every action', async () => {
    const editorsPost = await create(editor, { title: 'Editors own' });
    // Authors cannot open or change someone else's post, nor delete permanently.
    expect((await author.get(`/admin/posts/${editorsPost}/edit`)).statusCode).toBe(403);
    await author.get('/admin/posts');
    expect((await author.post(`/admin/posts/${editorsPost}/status`, { action: 'trash' })).statusCode).toBe(
      403,
    );
    const own = await create(author, { title: 'Authors own' }, 'publish');
    expect((await site.services.deps.articles.findById(own))?.status).toBe('published');
    await author.post(`/admin/posts/${own}/status`, { action: 'trash' });
    expect((await author.post(`/admin/posts/${own}/status`, { action: 'delete' })).statusCode).toBe(403);
    expect(await site.services.deps.articles.findById(own)).not.toBeNull();
    // Contributors write drafts and submit them; publishing is refused and nothing changes.
    const draft = await create(contributor, { title: 'Contributor draft' });
    const page = await contributor.get(`/admin/posts/${draft}/edit`);
    expect(page.body).not.toContain('value="publish"');
    const pub = await contributor.post(`/admin/posts/${draft}`, {
      ...fields({ title: 'Contributor draft', version: versionIn(page.body) }),
      action: 'publish',
    });
    expect(pub.statusCode).toBe(403);
    expect((await site.services.deps.articles.findById(draft))?.status).toBe('draft');
    const submit = await contributor.post(`/admin/posts/${draft}`, {
      ...fields({ title: 'Contributor draft', version: versionIn(page.body) }),
      action: 'submit',
    });
    expect(submit.statusCode).toBe(303);
    expect((await site.services.deps.articles.findById(draft))?.status).toBe('review');
    // Only editors may credit someone else, and contributors see only their own posts.
    const credit = await contributor.post('/admin/posts', {
      ...fields({ authorId: String(editorId) }),
      action: 'save',
    });
    expect(credit.statusCode).toBe(403);
    expect((await contributor.get('/admin/posts')).body).not.toContain('Editors own');
    // Pages are for editors and owners.
    expect((await author.get('/admin/pages')).statusCode).toBe(403);
    expect((await author.post('/admin/pages', { ...fields(), action: 'save' })).statusCode).toBe(403);
  });

  it("refuses revisions, preview links, autosave and restore on someone else's post", async () => {
    const id = await create(editor, { title: 'Not yours' });
    const revId = (await site.services.deps.editorial!.revisions.list(id))[0]!.id;
    await author.get('/admin/posts');
    expect((await author.get(`/admin/posts/${id}/revisions`)).statusCode).toBe(403);
    expect(
      (await author.post(`/admin/posts/${id}/revisions/${revId}/restore`, { version: '1' })).statusCode,
    ).toBe(403);
    expect((await author.post(`/admin/posts/${id}/preview-links`, {})).statusCode).toBe(403);
    expect((await author.post(`/admin/posts/${id}/autosave`, { ...fields(), version: '1' })).statusCode).toBe(
      403,
    );
    expect((await contributor.get('/admin/media')).statusCode).toBe(200);
    expect(await site.services.deps.editorial!.previews.list(id)).toEqual([]);
    expect(await site.services.deps.editorial!.revisions.list(id)).toHaveLength(1);
    // Anonymous visitors are sent to the login page.
    const anon = await site.app.inject(`/admin/posts/${id}/edit`);
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toMatch(/^\/admin\/login/);
  });

  it('refuses forged requests (CSRF) and changes nothing', async () => {
    const id = await create(editor, { title: 'Guarded' });
    const forged = await editor.post(`/admin/posts/${id}/status`, { action: 'trash', _csrf: 'forged' });
    expect(forged.statusCode).toBe(403);
    const cross = await editor.post(
      `/admin/posts/${id}/status`,
      { action: 'trash' },
      { origin: 'https://evil.test' },
    );
    expect(cross.statusCode).toBe(403);
    expect((await editor.post('/admin/preview', { markdown: 'x', _csrf: 'nope' })).statusCode).toBe(403);
    const forgedAutosave = await editor.post(`/admin/posts/${id}/autosave`, {
      ...fields(),
      version: '1',
      _csrf: 'nope',
    });
    expect(forgedAutosave.statusCode).toBe(403);
    expect(await site.services.deps.editorial!.revisions.latestAutosave(id, editorId)).toBeNull();
    expect((await site.services.deps.articles.findById(id))?.status).toBe('draft');
  });

  it('manages static pages the same way', async () => {
    await editor.get('/admin/pages/new');
    const res = await editor.post('/admin/pages', {
      ...fields({ title: 'Contact us', tags: '' }),
      action: 'publish',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/admin\/pages\/\d+\/edit$/);
    expect((await site.app.inject('/contact-us')).statusCode).toBe(200);
    expect((await editor.get('/admin/pages')).body).toContain('Contact us');
  });
});
