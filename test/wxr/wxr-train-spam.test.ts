// `--train-spam` on a running site: an archive's spam and approved comments teach the site spam
// model, so a new comment like the imported spam scores as spam; a re-run learns nothing twice;
// a dry run and an import without the flag leave the model alone; one network's comments teach
// only their per-source share (the learning code's anti-poisoning budget).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportSpamTrainer, type SpamTrainingStore } from '../../src/importers/wxr/import-spam.ts';
import { writeWxr } from '../../src/importers/wxr/export/write-wxr.ts';
import type { WxrExportItem } from '../../src/importers/wxr/export/wxr-export-types.ts';
import { builtinModel } from '../../src/spam/classifier/builtin.ts';
import type { CommentInput } from '../../src/spam/analyze.ts';
import { applyModelDelta } from '../../src/spam/classifier/model-delta.ts';
import { createModel } from '../../src/spam/classifier/model.ts';
import { scoreComment } from '../../src/spam/score.ts';
import { SIGNAL_CODES } from '../../src/spam/signals/signals.ts';
import { VerdictRepo } from '../../src/spam/service/verdict-repo.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const PRODUCTS = ['handbags', 'wallets', 'watches', 'sunglasses', 'belts', 'scarves'];
const SHOPS = ['factory-outlet', 'luxe-warehouse', 'brandstore-direct', 'premium-replica'];
const TOPICS = [
  'the ferry timetable',
  'the harbour repairs',
  'the school budget',
  'the market reopening',
  'the storm damage',
  'the festival parking',
  'the council vote',
  'the bridge closure',
];
const REPLIES = [
  'Thanks for covering {t}, I had not seen this anywhere else.',
  'My neighbours were asking about {t} all week, very useful.',
  'Good reporting on {t}. Will there be a follow-up next month?',
  'I was at the meeting about {t} and this is exactly how it went.',
  'Could you add the dates for {t}? Otherwise a clear summary.',
];

/**
 * Our own WXR: 12 posts, 36 spam comments (each from its own network), 60 approved ones. The spam
 * is a campaign the built-in model lets through (a person's name, no link in the text, no seller's
 * "we sell … order today", which its hand-set signals already discard), so that the archive is
 * what teaches it.
 */
async function archive(): Promise<string> {
  const items: WxrExportItem[] = [];
  let id = 1;
  for (let p = 0; p < 12; p++) {
    const topic = TOPICS[p % TOPICS.length] as string;
    const comments: NonNullable<WxrExportItem['comments']> = [];
    for (let k = 0; k < 5; k++) {
      comments.push({
        wpId: id++,
        authorName: `Reader ${p}-${k}`,
        authorEmail: `reader${p}${k}@example.net`,
        authorIp: `203.0.${p * 5 + k}.10`,
        dateGmt: `2024-03-${String(2 + k).padStart(2, '0')}T10:00:00Z`,
        content: (REPLIES[(p + k) % REPLIES.length] as string).replace('{t}', topic),
        approved: 'approved',
      });
    }
    for (let k = 0; k < 3; k++) {
      const n = p * 3 + k;
      const product = PRODUCTS[n % PRODUCTS.length] as string;
      const shop = SHOPS[n % SHOPS.length] as string;
      comments.push({
        wpId: id++,
        authorName: `Dana ${n}`,
        authorEmail: `sales${n}@${shop}.example`,
        authorUrl: `https://${shop}.example/`,
        authorIp: `198.51.${n}.7`,
        dateGmt: `2024-03-${String(10 + k).padStart(2, '0')}T03:00:00Z`,
        content: `Nice post. Premium ${product} at factory prices, worldwide shipping from the ${shop} warehouse.`,
        approved: 'spam',
      });
    }
    comments.push({
      wpId: id++,
      authorName: 'Pending reader',
      authorEmail: 'pending@example.net',
      authorIp: '203.0.200.1',
      content: 'A comment still waiting for moderation teaches nothing.',
      approved: 'pending',
    });
    items.push({
      wpId: 1000 + p,
      title: `Local news ${p}: ${topic}`,
      slug: `local-news-${p}`,
      postType: 'post',
      status: 'publish',
      creator: 'editor',
      postDateGmt: '2024-03-01T08:00:00Z',
      contentHtml: `<p>An update on ${topic} from the harbour office and the council.</p>`,
      comments,
    });
  }
  let text = '';
  for await (const chunk of writeWxr({
    site: { title: 'Harbour News', link: 'https://harbour.example', pubDate: '2024-04-01T00:00:00Z' },
    authors: [{ login: 'editor', email: 'editor@harbour.example', displayName: 'Editor' }],
    items,
  }))
    text += chunk;
  return text;
}

/** The same campaign from a shop and network the archive never saw. */
const SPAM_PROBE: CommentInput = {
  content: 'Nice post. Premium scarves at factory prices, worldwide shipping from the new-outlet warehouse.',
  author: 'Outlet',
  email: 'hello@new-outlet.example',
  url: 'https://new-outlet.example/',
  ip: '192.0.2.44',
};
/** Looser: other words around the same offer, no link. */
const LOOSE_PROBE: CommentInput = {
  content: 'Quality handbags and wallets at factory prices, shipped worldwide from the warehouse',
  author: 'Outlet',
  email: 'hello@new-outlet.example',
  ip: '192.0.2.44',
};
const HAM_PROBE: CommentInput = {
  content: 'Thanks for covering the council vote, my neighbours were asking about it all week.',
  author: 'Reader',
  email: 'reader@example.net',
  ip: '203.0.113.9',
};

for (const dialect of testDialects()) {
  describe(`WXR import --train-spam [${dialect}]`, { timeout: 120_000 }, () => {
    let dir: string;
    let file: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'silkpress-wxr-spam-'));
      file = join(dir, 'archive.xml');
      writeFileSync(file, await archive());
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const storedModel = async (site: TestSite) => {
      const row = await new VerdictRepo(site.services.database.db).loadModel();
      return row ? applyModelDelta(builtinModel(), row.delta) : builtinModel();
    };

    it('teaches the site model: a comment like the imported spam is caught, ham still passes', async () => {
      const site = await createTestSite(dialect, { demo: false });
      try {
        const settings = await site.services.deps.spam!.settings();
        const builtin = await site.services.deps.spam!.service.model();
        const before = scoreComment(SPAM_PROBE, builtin, settings);
        const looseBefore = scoreComment(LOOSE_PROBE, builtin, settings);
        // The built-in model does not send it to spam; the import's training is what does.
        expect(before.verdict).not.toBe('spam');

        const report = await site.services.deps.wxr!.importFile(file, { trainSpam: true, workers: 1 });
        expect(report.fatal).toBeNull();
        expect(report.counts.comments.imported).toBe(12 * 9);
        expect(report.spamTraining).toMatchObject({ spam: 36, ham: 60 });
        expect(report.spamTraining!.spamUpdates).toBeGreaterThan(0);
        expect(report.notes.join('\n')).toMatch(/learned from 36 spam and 60 approved comment/);

        const trained = await storedModel(site);
        const after = scoreComment(SPAM_PROBE, trained, settings);
        expect(after.score).toBeGreaterThan(before.score);
        expect(after.verdict).toBe('spam');
        expect(scoreComment(LOOSE_PROBE, trained, settings).score).toBeGreaterThan(looseBefore.score);
        expect(scoreComment(HAM_PROBE, trained, settings).verdict).toBe('ham');
        // The running site scores new comments with it (its cache is reloaded on the change bus).
        const service = site.services.deps.spam!.service;
        for (
          let i = 0;
          i < 50 && scoreComment(SPAM_PROBE, await service.model(), settings).verdict !== 'spam';
          i++
        )
          await new Promise((r) => setTimeout(r, 100));
        expect(scoreComment(SPAM_PROBE, await service.model(), settings).verdict).toBe('spam');

        // Every learning source is counted, as after moderators' decisions: each spam comment that
        // changed the model counts once for its sender's network (198.51.n.0/24), and a comment the
        // model already got right changes nothing and counts nothing.
        const sources = await site.services.database.db.selectFrom('spam_sources').selectAll().execute();
        const spamNetworks = sources.filter((s) => /^net:198\.51\.\d+\.0\/24$/.test(s.source_key));
        expect(spamNetworks.length).toBeGreaterThan(0);
        expect(spamNetworks.reduce((sum, s) => sum + Number(s.updates), 0)).toBe(
          report.spamTraining!.spamUpdates,
        );

        // A re-run imports nothing and learns nothing twice.
        const version = (await new VerdictRepo(site.services.database.db).loadModel())?.version;
        const again = await site.services.deps.wxr!.importFile(file, { trainSpam: true, workers: 0 });
        expect(again.counts.comments.imported).toBe(0);
        expect(again.spamTraining).toMatchObject({ spam: 0, ham: 0 });
        expect((await new VerdictRepo(site.services.database.db).loadModel())?.version).toBe(version);
      } finally {
        await site.close();
      }
    });

    it('leaves the model alone without --train-spam and in a dry run', async () => {
      const site = await createTestSite(dialect, { demo: false });
      try {
        const dry = await site.services.deps.wxr!.importFile(file, {
          trainSpam: true,
          dryRun: true,
          workers: 0,
        });
        expect(dry.notes.join('\n')).toMatch(/dry run does not train/);
        const plain = await site.services.deps.wxr!.importFile(file, { workers: 0 });
        expect(plain.counts.comments.imported).toBe(12 * 9);
        expect(plain.spamTraining).toBeNull();
        expect(await new VerdictRepo(site.services.database.db).loadModel()).toBeNull();
        const settings = await site.services.deps.spam!.settings();
        // No model was stored: the probe scores exactly as with the built-in model.
        expect(await new VerdictRepo(site.services.database.db).loadModel()).toBeNull();
        expect(scoreComment(SPAM_PROBE, await storedModel(site), settings)).toEqual(
          scoreComment(SPAM_PROBE, builtinModel(), settings),
        );
        expect(scoreComment(SPAM_PROBE, await storedModel(site), settings).verdict).not.toBe('spam');
      } finally {
        await site.close();
      }
    });
  });
}

describe('import spam training budget', () => {
  it('lets one network teach at most its share, however many comments it sent', async () => {
    const base = createModel(12);
    const rows = new Map<string, number>();
    let saved = 0;
    const store: SpamTrainingStore = {
      loadSpamModel: async () => null,
      spamModelVersion: async () => (saved === 0 ? null : saved),
      saveSpamModel: async () => ++saved,
      spamSourceUpdates: async (keys) =>
        new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!]] : []))),
      addSpamSourceUpdates: async (added) => {
        for (const [k, n] of added) rows.set(k, (rows.get(k) ?? 0) + n);
      },
    };
    const trainer = new ImportSpamTrainer(base);
    // 200 spam comments from one /24, each with features of its own: every one would teach.
    const example = (n: number, ip: string) => ({
      comment: {
        features: {
          indices: Int32Array.from([n * 7, n * 7 + 1, n * 7 + 2].map((i) => i % 4096)),
          value: 0.5,
        },
        signals: new Float64Array(SIGNAL_CODES.length),
      },
      decision: 'spam' as const,
      ip,
    });
    for (let batch = 0; batch < 4; batch++) {
      const examples = Array.from({ length: 50 }, (_, i) => example(batch * 50 + i, `198.51.100.${i}`));
      const pending = await trainer.learn(store, examples, new Date('2026-01-01T00:00:00Z'));
      trainer.committed(pending!);
    }
    // Another network still teaches.
    trainer.committed((await trainer.learn(store, [example(500, '203.0.113.1')], new Date()))!);
    expect(rows.get('net:198.51.100.0/24')).toBe(50);
    expect(trainer.counts).toMatchObject({ spam: 201, spamUpdates: 51, budgetSpent: 150 });
  });
});
