// The worker-thread pool converts exactly like the inline path.
import { describe, expect, it } from 'vitest';
import { createConvertPool } from '../../src/importers/wxr/convert-pool.ts';
import type { WxrItem } from '../../src/importers/wxr/wxr-records.ts';
import { fixture, parseAll } from '../fixtures/wxr/wxr-fixtures.ts';

describe('conversion pool', () => {
  it('gives the same result in worker threads as inline', { timeout: 60_000 }, async () => {
    const items = (await parseAll([fixture('nasty.xml')])).filter(
      (r): r is WxrItem => r.kind === 'item' && r.postType === 'post',
    );
    const ctx = { attachments: new Map(), reusableBlocks: new Map(), mediaUrls: new Map() };
    const inline = createConvertPool(ctx, 0);
    const threads = createConvertPool(ctx, 2);
    try {
      const a = await Promise.all(items.map((i) => inline.prepare(i, i.title)));
      const b = await Promise.all(items.map((i) => threads.prepare(i, i.title)));
      expect(b).toEqual(a);
      expect(a.some((p) => p.bodyHtml.includes('中文') || p.bodyMarkdown.length > 0)).toBe(true);
    } finally {
      await threads.close();
      await inline.close();
    }
  });
});
