// Four scams a fresh site published or held (issue 15, 2026-12-07, third session; docs/spam.md,
// "Recovery testimonials, giveaways, title loans, relief questions"): the recovery story told in the
// third person (recovery-testimonial.ts), the giveaway vouched for (giveaway-claim.ts), the car title
// as the pledge (loan-gap-patterns.ts), the relief grant named by its amount and the scam's own
// rhetorical question before the link (relief-payment.ts, relief-payment-far.ts); what readers
// write with the same words counts nothing. Then the shipped model's verdicts on the development and
// held-out examples.
import { describe, expect, it } from 'vitest';
import { offerCount, recoveryCount } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as dev from './scam-gaps-examples.ts';
import { GAPS_GENUINE_HELDOUT, GAPS_SPAM_HELDOUT } from './scam-gaps-heldout-examples.ts';

describe('a third-person recovery story with a contact counts as a recovery scam', () => {
  it.each([
    [
      'scammed out of, until I contacted, they got everything back, a disguised e-mail',
      'I was scammed out of 3 BTC until I contacted Swift Chain Recovery. They got everything back in 48 hours. Email: swiftchain @ gmail . com',
    ],
    [
      'referred her to Agent …, he returned every cent',
      'My aunt lost $12,000 to a bogus broker; a neighbour referred her to Agent Cole and he returned every cent. WhatsApp +1 415 555 0123',
    ],
    [
      '«помог юрист, вернул 850 тысяч»',
      'Мошенники увели сбережения. Помог юрист Олег, вернул 850 тысяч. Вотсап +7 701 555 44 33',
    ],
    ['介绍 … 全部要回来了', '在假平台被骗了十万，朋友介绍了张老师，钱全部要回来了，加微信 zz7788'],
  ])('%s', (_name, text) => {
    expect(recoveryCount(text)).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [
      'a reader asking whether the firm is real',
      'Has anyone used Swift Chain Recovery? They say they got everything back for a friend, email swiftchain@gmail.com',
    ],
    [
      'the police returning the money',
      'Police in Almaty returned all the money to 300 victims of the fake exchange, details: https://example.kz/news',
    ],
    [
      'the reader’s own bank',
      'My bank returned my money after the card fraud, thanks to the hotline 1-800-555-0100',
    ],
    [
      'a warning about a recovery agent',
      "I lost 2 BTC to a fake exchange. Be careful: a 'recovery agent' who said he got everything back for others took another 0.5 BTC. His telegram @agent_x",
    ],
    [
      'a seller’s refund after a dispute',
      'I was scammed out of $3,000. The seller refunded my money after I opened a PayPal dispute, see paypal.com/disputes',
    ],
    [
      'a Russian warning about «эксперты по возврату»',
      'Мне писали «эксперты по возврату средств» в телеграм, обещали вернуть всё. Это вторая волна мошенников, не ведитесь.',
    ],
  ])('%s', (_name, text) => {
    expect(recoveryCount(text)).toBe(0);
  });
});

describe('a giveaway claimed and vouched for counts as game-currency', () => {
  it.each([
    [
      'a free gift card from this site, it works',
      'Got a free $25 Steam gift card from this site, it really works: steam-free.xyz',
    ],
    [
      'a gift card for free, took 2 minutes',
      'I received a $200 Walmart gift card for free, took 2 minutes: wm-gift.top',
    ],
    ['this site gave me a free …, legit', 'Legit, this website gave me a free PS5 code: ps5-drop.site'],
    [
      '«раздают бесплатные айфоны, проверено»',
      'Раздают бесплатные айфоны, проверено, вот сайт: iphone-free.site',
    ],
    ['免费领取礼品卡，亲测', '亲测！免费领取200元礼品卡：gift-card.top'],
  ])('%s', (_name, text) => {
    expect(offerCount(text, 'game-currency')).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a gift card bought', 'I bought a $100 Steam gift card for my nephew and the code worked fine.'],
    [
      'a warning quoting the claim',
      'Be careful: comments saying "I got a free iPhone from this site, it actually works" are bots, never click the link.',
    ],
    ['a store’s gift, no proof', 'I got a free $10 Amazon gift card with my order last week.'],
    ['«развод» beside the claim', 'Пишут «раздают бесплатные айфоны, проверено» — это развод, не ведитесь.'],
  ])('%s', (_name, text) => {
    expect(offerCount(text, 'game-currency')).toBe(0);
  });
});

describe('the car title as the pledge counts as a loan offer', () => {
  it.each([
    ['use your pink slip', 'Use your pink slip for cash today, no credit check: pinkslip-cash.com'],
    [
      'money against your car title, keep your keys',
      'Money against your car title, keep your keys, call 555-0188',
    ],
    ['auto equity loans', 'Auto equity loans for any credit, call 1-800-555-0142'],
    ['«деньги под ПТС»', 'Деньги под ПТС за час, звоните +7 777 555 12 34'],
    ['只押绿本', '只押绿本，当天放款，微信 cd1234'],
  ])('%s', (_name, text) => {
    expect(offerCount(text, 'loan-offer')).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [
      'a seller asking about the pink slip',
      'I am selling my Corolla, do I hand the pink slip over before or after he pays?',
    ],
    ['a reader who would never', 'I would never borrow money against your car title'],
    ['a reader’s own pledge', 'Взял займ под залог ПТС, теперь не знаю как отдать'],
    ['a Russian warning', 'Займы под залог ПТС — кабала, машину потом забирают. Не берите.'],
    ['a Chinese warning', '押证不押车的车贷都是套路贷，朋友的车被拖走了，大家小心。'],
  ])('%s', (_name, text) => {
    expect(offerCount(text, 'loan-offer')).toBe(0);
  });
});

describe('a relief grant named by its amount, and the scam’s own question before the link', () => {
  it.each([
    [
      'a $6,400 relief grant, check your eligibility here',
      'You may qualify for a $6,400 relief grant. Check your eligibility here: relief-grants.info',
    ],
    [
      'an energy rebate, see if you qualify',
      'The $900 energy rebate is open. See if you qualify: rebate-check.site',
    ],
    [
      'a far call over the scam’s rhetorical question',
      'Claim your $6,400 relief grant today. Why miss out? Everything is explained here: relief-grants.info',
    ],
    [
      '«Чего вы ждёте?»',
      'Получите выплату 50 000 тенге. Чего вы ждёте? Подробности на сайте: vyplata-kz.site',
    ],
  ])('%s', (_name, text) => {
    expect(offerCount(text, 'earnings-offer')).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [
      'a reader asking whether the letter is a scam',
      'I got a letter saying I qualify for a $6,400 relief grant. Is this a scam? It came from relief-grants.info',
    ],
    [
      'a reader’s own question stops the far call',
      'Claim your $6,400 relief grant today. How do I apply for it? The article says: relief-grants.info',
    ],
    [
      'an official page with a question',
      'Is the $1,400 payment still being sent? The IRS page https://www.irs.gov/coronavirus says nothing new.',
    ],
  ])('%s', (_name, text) => {
    expect(offerCount(text, 'earnings-offer')).toBe(0);
  });
});

describe('the shipped model on the examples (docs/spam.md figures)', () => {
  const spamDev = [
    ...dev.GAPS_RECOVERY_SPAM_DEV,
    ...dev.GAPS_GIVEAWAY_SPAM_DEV,
    ...dev.GAPS_TITLE_SPAM_DEV,
    ...dev.GAPS_RELIEF_SPAM_DEV,
  ];
  const genuineDev = [
    ...dev.GAPS_RECOVERY_GENUINE_DEV,
    ...dev.GAPS_GIVEAWAY_GENUINE_DEV,
    ...dev.GAPS_TITLE_GENUINE_DEV,
    ...dev.GAPS_RELIEF_GENUINE_DEV,
  ];

  it('sends the development spam to spam (29 of 29; 17/7/5 before)', () => {
    expect(verdictCounts(spamDev).spam).toBeGreaterThanOrEqual(29);
  });

  it('publishes the development genuine comments as before (none to spam, at most 4 held)', () => {
    const v = verdictCounts(genuineDev);
    expect(v.spamTexts).toEqual([]);
    expect(v.hold).toBeLessThanOrEqual(4);
  });

  it('held out (measured once, 10/0/2; 6/1/5 before): spam and genuine floors', () => {
    expect(verdictCounts(GAPS_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(10);
    const genuine = verdictCounts(GAPS_GENUINE_HELDOUT);
    expect(genuine.spamTexts).toEqual([]);
    expect(genuine.hold).toBeLessThanOrEqual(1);
  });
});
