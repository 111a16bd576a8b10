// A person's history is theirs alone: a first-time commenter on an IP address shared with approved
// colleagues (a newsroom, a university, a mobile carrier) is not told "author has 6 approved
// comments"; the address's reputation is a separate, named signal; and their data export lists
// nothing counted from other people (issue 19, item 2). Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommentData } from '../../src/comments/privacy-service.ts';
import { SHARED_ACTIVITY_SIGNALS } from '../../src/spam/index.ts';
import { loggedIn, makeUser } from '../admin/admin-client.ts';
import { commentIdOf, firstArticleSlug, postForm, setCommentSettings } from '../comments/helpers.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';

const OFFICE_IP = '203.0.113.50';

interface StoredReason {
  code: string;
  message: string;
  weight: number;
}

for (const dialect of testDialects()) {
  describe(`author history and IP reputation [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    const post = async (comment: string, author: string, ip: string) => {
      site.clock.advance(60_000);
      const email = `${author.toLowerCase().replace(/\s+/g, '.')}@newsroom.example`;
      return commentIdOf(await postForm(site.app, slug, { comment, author, email }, { ip }));
    };
    const reasonsOf = async (id: number): Promise<StoredReason[]> => {
      const verdict = (await site.services.deps.spam!.verdicts.findByComments([id])).get(id);
      return JSON.parse(verdict!.reasons) as StoredReason[];
    };

    beforeAll(async () => {
      site = await createTestSite(dialect, { env: { COMMENT_FLOOD_SECONDS: '0' } });
      slug = await firstArticleSlug(site.app);
      await makeUser(site, 'owner');
      await setCommentSettings(site, { commentsHoldAll: true, commentsHoldFirstTime: false });
      // Six colleagues comment from the office's one address; a moderator approves them all.
      const ids: number[] = [];
      for (let i = 0; i < 6; i++)
        ids.push(
          await post(
            `Colleague ${i} thinks the council vote on the budget was rushed.`,
            `Colleague ${i}`,
            OFFICE_IP,
          ),
        );
      const { client } = await loggedIn(site, 'editor');
      await client.get('/admin/comments');
      const res = await client.post('/admin/comments/bulk', {
        ids: ids.map(String),
        action: 'approve',
        bulk: '1',
      });
      expect(res.statusCode).toBe(303);
    });
    afterAll(async () => site?.close());

    it('a first-time commenter on a shared IP gets no history of their own', async () => {
      const id = await post('My first comment here: the vote seemed fine to me.', 'New Reader', OFFICE_IP);
      const reasons = await reasonsOf(id);
      expect(reasons.map((r) => r.code)).not.toContain('author-approved-history');
      expect(reasons.map((r) => r.message).join(' | ')).not.toMatch(/author has/);
      const ip = reasons.find((r) => r.code === 'ip-approved-history');
      expect(ip?.message).toBe('6 approved comments from this IP address (anyone using it)');
    });

    it('a returning author keeps their own history wherever they write from', async () => {
      const id = await post(
        'Following up on my earlier point about the budget.',
        'Colleague 0',
        '198.51.100.77',
      );
      const reasons = await reasonsOf(id);
      expect(reasons.find((r) => r.code === 'author-approved-history')?.message).toBe(
        'author has 1 approved comment',
      );
      expect(reasons.map((r) => r.code)).not.toContain('ip-approved-history');
    });

    it('a privacy export holds only what is the person’s own', async () => {
      const deps = site.services.deps;
      const data = await exportCommentData(
        {
          privacy: deps.comments!.privacy,
          articles: deps.articles,
          clock: site.clock,
          site: { siteUrl: deps.siteUrl, siteTitle: 'Test' },
        },
        'new.reader@newsroom.example',
      );
      expect(data.comments).toHaveLength(1);
      const check = data.comments[0]!.spamCheck!;
      const listed = JSON.stringify(check.reasons);
      for (const code of ['ip-approved-history', 'ip-burst', 'network-burst', 'author-approved-history'])
        expect(listed).not.toContain(code);
      expect(listed).not.toContain('IP address');
      // The score's share from others (here the office's burst and its reputation) is one number.
      const stored = await reasonsOf(data.comments[0]!.id);
      const shared = stored.filter((r) => SHARED_ACTIVITY_SIGNALS.has(r.code));
      expect(shared.map((r) => r.code)).toEqual(
        expect.arrayContaining(['ip-approved-history', 'ip-burst', 'network-burst']),
      );
      expect(check.otherActivityWeight).toBeCloseTo(
        shared.reduce((sum, r) => sum + r.weight, 0),
        3,
      );
    });
  });
}
