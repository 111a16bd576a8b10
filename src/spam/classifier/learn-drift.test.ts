// Issue 19, item 6: after four near-identical comments were marked spam, "the", "about" and the
// site's city gained spam weight and an on-topic comment moved 3.9 log-odds towards spam. Learning
// must move what is particular to the campaign, not the site's everyday words.
import { describe, expect, it } from 'vitest';
import { analyzeComment, type CommentInput } from '../analyze.ts';
import { builtinModel } from './builtin.ts';
import { learnFromDecision } from './learn.ts';
import { linearScore, type SpamModel } from './model.ts';
import { backgroundOf, rarityRate } from './rarity.ts';
import { scoreComment } from '../score.ts';

const ARTICLE = [
  'Almaty has become the busiest hub for online shopping in Central Asia.',
  'Parcel volumes through the city grew by half last year, and new sorting centres opened on the ring road.',
  'Marketplaces say delivery from China now takes about a week, against three weeks in 2022.',
  'Small shops in Almaty sell to customers in Russia and Uzbekistan through the same platforms.',
  'Payment systems remain the bottleneck: many buyers still pay cash on delivery.',
].join('\n');
// What readers of the site ordinarily write (the background learning measures rarity against).
const EVERYDAY = [
  'Great piece, the numbers on parcel volumes are impressive.',
  'My cousin runs a small shop in Almaty and ships to Russia through a marketplace now.',
  'What about customs duties on small parcels? The article does not say.',
  'The delivery times from China have really improved over the last year.',
  'I ordered from a marketplace last week and it arrived in six days.',
  'Is there any data about returns? That is always the weak point.',
  'Thanks for writing about the digital economy, we need more of this.',
  'The payment systems are the real bottleneck, not the logistics.',
  'Almaty is growing so fast, the warehouses outside the city are huge.',
  'Would be interesting to compare this with Uzbekistan and Kyrgyzstan.',
];
const CAMPAIGN = [
  'Looking for the best apartments in Almaty? Read about the new deals at our agency, call now',
  'Looking for the best apartments in Almaty? Read about the new offers at our agency, call now',
  'Looking for the best apartment in Almaty? Read about the new deals at our agency, call today',
  'Looking for cheap apartments in Almaty? Read about the new deals at our agency, call now',
];
const NEXT_IN_CAMPAIGN =
  'Looking for the best apartments in Almaty? Read about the new deals at our agency, call us';
const ON_TOPIC =
  'I live in Almaty and the parcel lockers are everywhere now, this is what the article is about';

const article = { text: ARTICLE, ageDays: 1 };
const logit = (m: SpamModel, content: string) =>
  linearScore(m, analyzeComment({ content, article }, m.bits)).logit;

function markAll(rate?: (bucket: number) => number): SpamModel {
  let model = builtinModel();
  CAMPAIGN.forEach((content, i) => {
    const input: CommentInput = { content, ip: `203.0.113.${i + 1}`, article };
    model = learnFromDecision(model, input, 'spam', rate ? { rate } : {}).model;
  });
  return model;
}

describe('learning from four near-identical spam comments', () => {
  const base = builtinModel();
  const background = backgroundOf([ARTICLE, ...EVERYDAY], base.bits);
  const learned = markAll((bucket) => rarityRate(background, bucket));

  it('does not push an on-topic comment towards spam', () => {
    const before = logit(base, ON_TOPIC);
    // Without rarity (every word at the full rate) it drifts as the issue reported.
    expect(logit(markAll(), ON_TOPIC) - before).toBeGreaterThan(2);
    expect(logit(learned, ON_TOPIC) - before).toBeLessThan(0.5);
    expect(scoreComment({ content: ON_TOPIC, article }, learned).verdict).toBe('ham');
    for (const content of EVERYDAY) expect(logit(learned, content) - logit(base, content)).toBeLessThan(0.5);
  });

  it('still moves the next comment of the campaign towards spam', () => {
    expect(logit(learned, NEXT_IN_CAMPAIGN) - logit(base, NEXT_IN_CAMPAIGN)).toBeGreaterThan(4);
  });

  it("names moderators' decisions in the explanation", () => {
    const reasons = scoreComment({ content: NEXT_IN_CAMPAIGN, article }, learned).reasons;
    const reason = reasons.find((r) => r.code === 'learned');
    expect(reason?.weight).toBeGreaterThan(1);
    expect(reason?.message).toMatch(/^moderators' earlier decisions on similar comments \(marked spam\)/);
    expect(reason?.words).not.toContain('the');
    expect(reason?.words).not.toContain('almaty');
  });
});
