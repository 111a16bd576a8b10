// Issue 19, item 6, through the spam service on SQLite and PostgreSQL: four near-identical
// comments are marked spam by moderators; an on-topic comment must not move towards spam, the
// campaign's next comment must, and its explanation must say it comes from those decisions.
import { expect, it } from 'vitest';
import { createLocalChangeBus } from '../../src/db/change-bus.ts';
import { analyzeComment } from '../../src/spam/analyze.ts';
import { createSpamFeature } from '../../src/compose/spam.ts';
import { linearScore } from '../../src/spam/classifier/model.ts';
import { describeEachDialect } from '../support/test-db.ts';

const ARTICLE = [
  'Almaty has become the busiest hub for online shopping in Central Asia.',
  'Parcel volumes through the city grew by half last year, and new sorting centres opened on the ring road.',
  'Marketplaces say delivery from China now takes about a week, against three weeks in 2022.',
  'Small shops in Almaty sell to customers in Russia and Uzbekistan through the same platforms.',
].join('\n');
const EVERYDAY = [
  'Great piece, the numbers on parcel volumes are impressive.',
  'My cousin runs a small shop in Almaty and ships to Russia through a marketplace now.',
  'What about customs duties on small parcels? The article does not say.',
  'The delivery times from China have really improved over the last year.',
  'I ordered from a marketplace last week and it arrived in six days.',
  'Is there any data about returns? That is always the weak point.',
  'Thanks for writing about the digital economy, we need more of this.',
  'Almaty is growing so fast, the warehouses outside the city are huge.',
];
const CAMPAIGN = [
  'Looking for the best apartments in Almaty? Read about the new deals at our agency, call now',
  'Looking for the best apartments in Almaty? Read about the new offers at our agency, call now',
  'Looking for the best apartment in Almaty? Read about the new deals at our agency, call today',
  'Looking for cheap apartments in Almaty? Read about the new deals at our agency, call now',
];
const ON_TOPIC =
  'I live in Almaty and the parcel lockers are everywhere now, this is what the article is about';
const NEXT = 'Looking for the best apartments in Almaty? Read about the new deals at our agency, call us';

describeEachDialect('learning from moderators stays on the campaign', (get) => {
  it('four spams marked: the on-topic comment does not move, the campaign is caught and explained', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const spam = createSpamFeature({
      db: get().db,
      dialect: get().dialect,
      writeThread: get().writeThread,
      upstream: null,
      settings: { readAll: async () => ({}) },
      changes: createLocalChangeBus(),
      clock: { now: () => now },
      contextPollMs: 0,
      onError: (err) => console.error('spam: could not read the stored checks', err),
    });
    try {
      const article = { text: ARTICLE, ageDays: 1 };
      const probe = async (content: string) =>
        (await spam.service.check({ content, article, ip: '192.0.2.250' }, { origin: 'form', isTest: true }))
          .verdict;
      // The site model's log-odds (the scores of verdicts are rounded to 0.001).
      const logit = async (content: string) => {
        const model = await spam.service.model();
        return linearScore(model, analyzeComment({ content, article }, model.bits)).logit;
      };
      for (const [i, content] of EVERYDAY.entries())
        await spam.service.check({ content, article, ip: `198.51.100.${i + 1}` }, { origin: 'form' });
      const before = await logit(ON_TOPIC);
      const posted = [];
      for (const [i, content] of CAMPAIGN.entries())
        posted.push(
          await spam.service.check({ content, article, ip: `203.0.113.${i + 1}` }, { origin: 'form' }),
        );
      for (const p of posted) await spam.service.learn((await spam.verdicts.findByGuid(p.guid))!, 'spam');

      const after = await probe(ON_TOPIC);
      expect(after.verdict).toBe('ham');
      expect((await logit(ON_TOPIC)) - before).toBeLessThan(0.5);
      expect(after.reasons.map((r) => r.code)).not.toContain('similar-to-marked-spam');

      const next = await probe(NEXT);
      expect(next.verdict).not.toBe('ham');
      const codes = next.reasons.map((r) => r.code);
      expect(codes).toContain('similar-to-marked-spam');
      expect(codes).toContain('learned');
    } finally {
      await spam.close();
    }
  });
});
