// `silkpress comments …`: purge-ips erases network data past the retention period; outbox
// reports the queue (run on a Commander program with just this command registered).
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerCommentsCommand } from '../../src/cli/commands/comments.ts';
import { loadConfig } from '../../src/config.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { commentIdOf, firstArticleSlug, postForm, setCommentSettings } from './helpers.ts';

describe('silkpress comments', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
  });
  afterAll(async () => site?.close());

  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      const program = new Command('silkpress').exitOverride();
      registerCommentsCommand(program, async () =>
        loadConfig({ DATABASE_URL: site.url, LOG_LEVEL: 'silent' }),
      );
      await program.parseAsync(['node', 'silkpress', ...args]);
    } finally {
      spy.mockRestore();
    }
    return lines.join('\n');
  };

  it('purge-ips erases IP and user agent of older comments only', async () => {
    await setCommentSettings(site, { commentsHoldFirstTime: false });
    const slug = await firstArticleSlug(site.app);
    const id = commentIdOf(await postForm(site.app, slug, { comment: 'old enough' }));
    // The CLI uses the real clock; the test site's clock is in 2026-11, so --days 0 covers it.
    expect(await run('comments', 'purge-ips', '--days', '0')).toMatch(
      /Erased IP and user agent of 1 comment/,
    );
    expect(await site.services.deps.comments!.comments.findById(id)).toMatchObject({
      ip: null,
      userAgent: null,
    });
  });

  it('outbox shows the queue by status', async () => {
    expect(await run('comments', 'outbox')).toMatch(/pending: \d+|The outbox is empty\./);
  });
});
