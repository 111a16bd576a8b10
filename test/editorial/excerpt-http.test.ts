// Automatic excerpts follow the body (issue 19, item 3): an excerpt the editor did not write is
// recomputed on every save, and the article page, its meta and Open Graph descriptions and the
// home listing show the new one; the editor shows it as the Excerpt field's placeholder, never
// as typed text. An excerpt the editor wrote stays. Through the admin editor, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminClient, loggedIn, makeUser } from '../admin/admin-client.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const FIRST = 'Caravans return to the old salt road after a decade of closed borders.';
const REWRITTEN = 'Customs officers at Dostyk now clear a freight train in under two hours.';
const REST = '\n\nSecond paragraph about the market towns along the way.';

const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');

/** The fields of the edit form exactly as the page renders them (what a browser would send). */
function formFields(page: string): Record<string, string> {
  const form = /<form[^>]*data-editor[\s\S]*?<\/form>/.exec(page)?.[0] ?? page;
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const type = /\btype="([^"]+)"/.exec(m[0])?.[1] ?? 'text';
    if (!name || name === '_csrf') continue;
    if (type === 'checkbox') {
      if (/\bchecked\b/.test(m[0])) out[name] = '1';
      continue;
    }
    out[name] = decode(/\bvalue="([^"]*)"/.exec(m[0])?.[1] ?? '');
  }
  for (const m of form.matchAll(/<textarea\b[^>]*\bname="([^"]+)"[^>]*>\n?([\s\S]*?)<\/textarea>/g))
    out[m[1]!] = decode(m[2]!);
  return out;
}

const excerptField = (page: string) => /<textarea[^>]*name="excerpt"[^>]*>/.exec(page)?.[0] ?? '';

for (const dialect of testDialects()) {
  describe(`automatic excerpts through the editor [${dialect}]`, { timeout: 120_000 }, () => {
    let site: TestSite;
    let editor: AdminClient;

    beforeAll(async () => {
      site = await createTestSite(dialect, { demo: false });
      await makeUser(site, 'owner');
      ({ client: editor } = await loggedIn(site, 'editor'));
    });
    afterAll(async () => site?.close());

    const publish = async (title: string, excerpt: string, body: string) => {
      await editor.get('/admin/posts/new');
      const form = formFields((await editor.get('/admin/posts/new')).body);
      const res = await editor.post('/admin/posts', {
        ...form,
        title,
        excerpt,
        bodyMarkdown: body,
        action: 'publish',
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
      return res.headers.location as string;
    };
    const editAndSave = async (editUrl: string, change: Record<string, string>) => {
      const page = await editor.get(editUrl);
      const res = await editor.post(editUrl.replace(/\/edit$/, ''), {
        ...formFields(page.body),
        ...change,
        action: 'save',
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
    };
    const publicViews = async (slug: string) => {
      const article = (await site.app.inject(`/article/${slug}`)).body;
      const home = (await site.app.inject('/')).body;
      return {
        standfirst: /<p class="article-standfirst">([^<]*)<\/p>/.exec(article)?.[1] ?? '',
        description: /<meta name="description" content="([^"]*)"/.exec(article)?.[1] ?? '',
        og: /<meta property="og:description" content="([^"]*)"/.exec(article)?.[1] ?? '',
        card: /<p class="card-excerpt"[^>]*>([^<]*)<\/p>/.exec(home)?.[1] ?? '',
      };
    };

    it('recomputes an excerpt nobody wrote when the opening paragraph is rewritten', async () => {
      const editUrl = await publish('Salt road reopens', '', FIRST + REST);
      const first = await publicViews('salt-road-reopens');
      for (const text of Object.values(first)) expect(decode(text)).toContain(FIRST);

      // The editor shows the automatic excerpt as a placeholder, not as text in the field.
      const page = (await editor.get(editUrl)).body;
      expect(formFields(page).excerpt).toBe('');
      expect(decode(excerptField(page))).toContain(`placeholder="${FIRST}`);

      await editAndSave(editUrl, { bodyMarkdown: REWRITTEN + REST });
      const after = await publicViews('salt-road-reopens');
      for (const [where, text] of Object.entries(after)) {
        expect(decode(text), where).toContain(REWRITTEN);
        expect(decode(text), where).not.toContain('salt road');
      }
      const stored = await site.services.deps.articles.findById(Number(/(\d+)\/edit$/.exec(editUrl)?.[1]));
      expect(stored?.excerptAuto).toBe(true);
    });

    it('also when the form still carries the old automatic excerpt (a page opened before)', async () => {
      const editUrl = await publish('Border hours extended', '', FIRST + REST);
      // Before this fix the editor's field held the automatic excerpt as text: a form filled then
      // sends it back unchanged with the rewritten body.
      const page = (await editor.get(editUrl)).body;
      const old = decode(/placeholder="([^"]*)"/.exec(excerptField(page))?.[1] ?? '');
      expect(old).toContain(FIRST);
      await editAndSave(editUrl, { excerpt: old, bodyMarkdown: REWRITTEN + REST });
      expect(decode((await publicViews('border-hours-extended')).standfirst)).toMatch(/^Customs officers/);
    });

    it("keeps the editor's own excerpt when the body changes", async () => {
      const own = 'Our correspondent rode the first caravan.';
      const editUrl = await publish('Riding the caravan', own, FIRST + REST);
      const page = (await editor.get(editUrl)).body;
      expect(formFields(page).excerpt).toBe(own);
      await editAndSave(editUrl, { bodyMarkdown: REWRITTEN + REST });
      const views = await publicViews('riding-the-caravan');
      expect(decode(views.standfirst)).toBe(own);
      expect(decode(views.og)).toBe(own);
      // Emptying the field hands the excerpt back to the body.
      await editAndSave(editUrl, { excerpt: '' });
      expect(decode((await publicViews('riding-the-caravan')).standfirst)).toMatch(/^Customs officers/);
    });
  });
}
