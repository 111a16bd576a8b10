// A context's `pretest` (offer-family.ts) must say yes wherever the one-pass test of all its
// patterns does: here the earnings claim beside a way in, whose stretches each hold a claim, on
// claims, ways in and stretches in each script, and on texts with neither. The sentences are
// written for the test.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize.ts';
import { group } from './pattern-group.ts';
import { REFERRAL_EARNINGS } from './referral-earnings.ts';

const TEXTS = [
  'I make $200 a day with this app, search CashPanda in the app store and use my code PANDA77',
  'use my code PANDA77 and honestly I made $1,200 last month',
  'my sister earns $900 a week on her laptop, link in bio',
  'you can make $150 a day from your phone, check my profile',
  'got my third $820 payout yesterday, invite code RW-5521',
  'зарабатываю с телефона по 3000 в день, приложение в профиле',
  'промокод MONET50, за неделю подняла 25 000 рублей',
  'Студенты! Подработка с телефона, от 1500 рублей в день, подробнее в шапке профиля',
  '下载XX APP，邀请码 8K3D2，每天轻松赚100元',
  '每月稳定收入一万二，方法在我主页',
  'The promo code did not work for me, and the app crashed twice.',
  'Учителя в нашем городе получают 40 000 в месяц, это мало.',
  '这个月的工资到账了，谢谢关心',
];

describe('a context pre-tested on part of its patterns', () => {
  const context = REFERRAL_EARNINGS[0];
  it('says yes on the same texts as the test of all its patterns', () => {
    expect(context?.pretest?.length).toBeGreaterThan(0);
    const all = group(context?.patterns ?? []);
    const part = group(context?.patterns ?? [], context?.pretest);
    let yes = 0;
    for (const raw of TEXTS) {
      const text = normalizeText(raw).text;
      const [a, b] = [all, part].map((g) => [g.latinAny?.test(text), g.otherAny?.test(text)]);
      expect(b, raw).toEqual(a);
      if (a?.some(Boolean)) yes++;
    }
    expect(yes).toBeGreaterThanOrEqual(8);
  });
});
