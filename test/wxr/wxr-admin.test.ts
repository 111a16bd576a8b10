// The owner's Import/Export page: upload and report, CSRF, export download, and 403 for others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAll, fixture } from '../fixtures/wxr/wxr-fixtures.ts';
import { type AdminClient, loggedIn, makeUser } from '../admin/admin-client.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

function multipart(fields: Record<string, string>, file: Buffer) {
  const boundary = `----wxr${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map((e) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${e[0]}"\r\n\r\n${e[1]}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="export.xml"\r\nContent-Type: text/xml\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('admin Import/Export', { timeout: 120_000 }, () => {
  let site: TestSite;
  let owner: AdminClient;
  beforeAll(async () => {
    site = await createTestSite('sqlite', { demo: false });
    ({ client: owner } = await loggedIn(site, 'owner'));
  });
  afterAll(async () => site?.close());

  const upload = (client: AdminClient, fields: Record<string, string>, file: Buffer) => {
    const { payload, contentType } = multipart(fields, file);
    return site.app.inject({
      method: 'POST',
      url: '/admin/import-export/import',
      payload,
      headers: {
        'content-type': contentType,
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
  };

  it('imports an uploaded export and shows the report, escaped', async () => {
    const page = await owner.get('/admin/import-export');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Import/Export');
    // The form is markup, not text: its CSRF field and both options are real inputs.
    expect(page.body).toMatch(/<input type="hidden" name="_csrf" value="[^"]+"/);
    expect(page.body).toContain('<input id="wxr-dry-run" name="dryRun" type="checkbox" value="1" />');
    expect(page.body).toContain('<input id="wxr-train-spam" name="trainSpam" type="checkbox" value="1" />');
    const res = await upload(owner, { _csrf: owner.csrf }, fixture('nasty.xml'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h2 id="import-report">Import report</h2>');
    expect(res.body).toMatch(/<th scope="row">posts<\/th>\s*<td>\d+<\/td>/);
    expect(res.body).toContain('<li>[contact-form-7] in');
    expect(res.body).not.toContain('&#60;table');
    expect(res.body).not.toContain('<3 “quoted”');
  });

  it('refuses an upload without the CSRF token and imports nothing', async () => {
    const res = await upload(owner, { _csrf: 'wrong' }, fixture('small-export.xml'));
    expect(res.statusCode).toBe(403);
    const found = await site.services.database.db
      .selectFrom('articles')
      .select('id')
      .where('slug', '=', 'new-ferry-timetable')
      .execute();
    expect(found).toHaveLength(0);
  });

  it('reports a malformed file with its line and column', async () => {
    const res = await upload(owner, { _csrf: owner.csrf }, fixture('truncated.xml'));
    expect(res.statusCode).toBe(422);
    expect(res.body).toMatch(/line \d+, column \d+/);
  });

  it("can teach the spam model from the upload's spam and approved comments", async () => {
    const res = await upload(owner, { _csrf: owner.csrf, trainSpam: '1' }, fixture('small-export.xml'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/spam model learned from \d+ spam and \d+ approved comment/);
    const audit = await site.services.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'import.wxr')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(String(audit.details)).toContain('spamTraining');
  });

  it('downloads the site as WXR', async () => {
    const res = await owner.get('/admin/import-export/export.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const titles = (await parseAll([res.body])).flatMap((r) => (r.kind === 'item' ? [r.title] : []));
    expect(titles).toContain('Block editor story');
  });

  it('is for the owner only', async () => {
    await makeUser(site, 'owner', 'second owner');
    const { client: editor } = await loggedIn(site, 'editor');
    expect((await editor.get('/admin/import-export')).statusCode).toBe(403);
    expect((await editor.get('/admin/import-export/export.xml')).statusCode).toBe(403);
  });
});
