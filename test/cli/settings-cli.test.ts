// `silkpress settings comments show|set` on both databases: every setting printed as name=value,
// changes checked like the admin page's, stored, audited under the CLI's name, and refused
// (non-zero exit, nothing stored) when a name or value is wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { silkpressInProcess } from '../support/cli-in-process.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

for (const dialect of testDialects()) {
  describe(`silkpress settings comments [${dialect}]`, { timeout: 120_000 }, () => {
    let scratch: ScratchDatabase;
    let env: Record<string, string>;
    const silkpress = (...args: string[]) => silkpressInProcess(env, args);
    const stored = async () => {
      const services = await openServices(loadConfig(env));
      try {
        return {
          settings: await services.deps.comments.settings(),
          audit: (
            await services.deps.accounts.audit.list({ action: 'settings.updated', limit: 10, offset: 0 })
          ).items,
        };
      } finally {
        await services.close();
      }
    };

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      env = { DATABASE_URL: scratch.url, LOG_LEVEL: 'silent' };
    });
    afterAll(async () => scratch.drop());

    it('shows every setting as name=value, defaults first', async () => {
      const res = await silkpress('settings', 'comments', 'show');
      expect(res.code).toBe(0);
      const lines = res.stdout.trim().split('\n');
      expect(lines).toHaveLength(14);
      expect(lines).toContain('holdAll=false');
      expect(lines).toContain('holdWords=');
      expect(lines).toContain('order=oldest');
      expect(lines).toContain('ipRetentionDays=30');
    });

    it('sets some settings, keeps the others, and audits the change', async () => {
      const res = await silkpress(
        'settings',
        'comments',
        'set',
        'holdAll=true',
        'linkLimit=0',
        'holdWords=casino, free money',
        'order=newest',
      );
      expect(res.code).toBe(0);
      expect(res.stdout).toContain('Changed: holdAll, linkLimit, holdWords, order.');
      const { settings, audit } = await stored();
      expect(settings).toMatchObject({
        holdAll: true,
        linkLimit: 0,
        holdWords: ['casino', 'free money'],
        order: 'newest',
        holdFirstTime: true,
        perPage: 50,
      });
      expect(audit[0]).toMatchObject({
        actorId: null,
        actorName: 'silkpress CLI',
        action: 'settings.updated',
      });
      expect(audit[0]!.details.changed).toEqual([
        'commentsHoldAll',
        'commentsLinkLimit',
        'commentsHoldWords',
        'commentsOrder',
      ]);
      const shown = await silkpress('settings', 'comments', 'show');
      expect(shown.stdout).toContain('holdWords=casino,free money');
      // What `show` prints is what `set` takes: setting it all again changes nothing.
      const again = await silkpress('settings', 'comments', 'set', ...shown.stdout.trim().split('\n'));
      expect(again.stdout).toContain('Nothing changed.');
    });

    it('refuses unknown names and wrong values, storing nothing', async () => {
      const before = await stored();
      const unknown = await silkpress('settings', 'comments', 'set', 'holdall=true');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('Unknown setting "holdall"');
      const wrong = await silkpress('settings', 'comments', 'set', 'perPage=0', 'holdAll=perhaps');
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('perPage: Enter a whole number from 1 to 500.');
      expect(wrong.stderr).toContain('holdAll: Enter true or false.');
      expect(await stored()).toEqual(before);
    });
  });
}
