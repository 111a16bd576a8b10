// Known answers of the English advert grammar (advert-grammar-en.ts): English adverts of trades no
// family names, caught by their shape (a channel, five or more kinds of seller's cue, no reader's
// voice); the genuine comments of the same surface, which must count nothing; and the shipped
// model's verdicts on the development and held-out examples (advert-en-examples.ts,
// advert-en-heldout-examples.ts). The sentences of the first blocks are written for this test.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../../test/support/spam-verdicts.ts';
import { advertGrammar } from './advert-grammar.ts';
import { englishAdvertKinds, englishAdvertValue } from './advert-grammar-en.ts';
import { ADVERT_EN_GENUINE_DEV, ADVERT_EN_SPAM_DEV } from '../../examples/advert-en-examples.ts';
import {
  ADVERT_EN_GENUINE_HELDOUT,
  ADVERT_EN_SPAM_HELDOUT,
} from '../../examples/advert-en-heldout-examples.ts';
import { analyzeComment } from '../../analyze.ts';
import { DEFAULT_BITS } from '../../classifier/model.ts';
import { normalizeText } from '../../text/normalize.ts';
import { SIGNAL_CODES } from '../signals.ts';

const kinds = (raw: string): number => englishAdvertKinds(normalizeText(raw));
const value = (raw: string): number => advertGrammar(normalizeText(raw));

describe('the English advert grammar reads an advert of anything', () => {
  it.each<[string, number]>([
    ['Affordable chimney repair, licensed masons, free estimates, serving Albany. Call 518-555-0147', 7],
    ['Certified Spanish tutor, online lessons, first class free, fast progress. WhatsApp +34 612 345 678', 8],
    ['Boat detailing at your marina, best rates, same day service, book now at gleamboats.co', 7],
    [
      'Reliable snow removal, 24/7 during storms, discounts for seniors, serving all of Buffalo. 716-555-0129',
      7,
    ],
    [
      'Tailoring and alterations, quick turnaround, fair prices, 20 years experience. DM me @stitch_and_hem',
      7,
    ],
    [
      'Used MacBooks for sale, warranty included, cheap prices, fast shipping nationwide. Email sales@macresale-shop.com',
      8,
    ],
  ])('%s → %i kinds', (text, n) => expect(kinds(text)).toBe(n));

  it('counts from five kinds on, two less than the kinds, at most 4', () => {
    expect(englishAdvertValue(4)).toBe(0);
    expect(englishAdvertValue(5)).toBe(3);
    expect(englishAdvertValue(9)).toBe(4);
    expect(value('Professional movers, fair prices, same day, call 0800 123 456')).toBe(3);
    expect(value('Professional movers, call 0800 123 456')).toBe(0);
  });

  it('needs a channel, and something said about the sale', () => {
    expect(kinds('Affordable chimney repair, licensed masons, free estimates, serving Albany')).toBe(0);
    expect(kinds('Text me when you are here')).toBe(0);
    expect(kinds('Add me to the readers who want the minutes on Telegram too')).toBe(0);
  });

  it('takes a rhetorical opener for the advert, a real question for the reader', () => {
    expect(
      kinds('Need a locksmith? Fast, affordable, licensed, 24/7. Call 0800 123 456'),
    ).toBeGreaterThanOrEqual(5);
    expect(kinds('Who can recommend a locksmith? Fast, affordable, licensed, 24/7. 0800 123 456')).toBe(0);
  });

  it('counts it as service-pitch when analysing', () => {
    const at = SIGNAL_CODES.indexOf('service-pitch');
    const a = analyzeComment(
      {
        content:
          'Reliable snow removal, 24/7 during storms, discounts for seniors, serving all of Buffalo. 716-555-0129',
      },
      DEFAULT_BITS,
    );
    expect(a.counts[at]).toBe(4);
  });
});

// What readers write with the same surface: a tradesman they used, a warning quoting an advert, the
// article's quote, a question, a community's notice, a press office, a personal message.
const GENUINE = [
  'We used a reliable mover last year, fair prices, same day, their number is 0800 123 456',
  'Beware: "professional roofing, free estimate, 24/7, call 0800 123 456" is a scam.',
  'The article says the firm offers affordable prices and same day service, contact 0800 123 456.',
  'Need a locksmith? Who can recommend one, fast and affordable? 0800 123 456 was useless.',
  'Our neighbourhood group is holding a free repair cafe this Saturday, volunteers fix bikes and lamps. Info at repaircafe-hill.org',
  'Press enquiries: media office, 020 7946 0000, press@cityhall.gov.uk',
  'Call me old-fashioned, but the best service I ever had was from a plumber my dad found.',
  'I called them and the "free quote, best prices, same day" turned into a $900 bill. Reported to 0800 123 456.',
];

describe('the genuine comments of the same surface', () => {
  it.each(GENUINE)('counts nothing in: %s', (text) => expect(value(text)).toBe(0));
});

describe('the shipped model on the English advert examples', () => {
  // caught: spam or discard (a held comment is not counted)
  it('sends at least the measured share of the development adverts to spam (13 of 37 before, 35 after)', () => {
    expect(verdictCounts(ADVERT_EN_SPAM_DEV).spam).toBeGreaterThanOrEqual(35);
  });

  it('the grammar counts nothing in any genuine example (their verdicts are the other signals’)', () => {
    for (const t of [...ADVERT_EN_GENUINE_DEV, ...ADVERT_EN_GENUINE_HELDOUT]) expect(value(t), t).toBe(0);
  });

  // The held-out batch was written before any change and measured once after it; nothing was
  // chosen by it. A regression floor only.
  it('the held-out batch: at least the measured share of adverts caught', () => {
    expect(verdictCounts(ADVERT_EN_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(HELDOUT_FLOOR);
  });
});

// Measured once: 3 of 21 before, 15 after (genuine held-out 1 / 2 / 17 spam / held / published both times).
const HELDOUT_FLOOR = 15;
