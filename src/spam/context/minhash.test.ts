import { describe, expect, it } from 'vitest';
import {
  fingerprintFromHex,
  fingerprintToHex,
  isNearDuplicate,
  MIN_FINGERPRINT_WORDS,
  MINHASH_SLOTS,
  minhash,
  minhashNormalized,
  minhashSimilarity,
} from './minhash.ts';
import { normalizeText } from '../text/normalize.ts';
import { seededRandom } from '../classifier/random.ts';

// Campaigns as issue 19 saw them: the same comment with one word changed, reposted.
const CAMPAIGN = [
  'Earn 500 dollars a day from home with our crypto trading signals, message me on telegram today',
  'Earn 500 dollars a day from home with our crypto trading signals, message me on whatsapp today',
  'Earn 900 dollars a day from home with our crypto trading signals, message me on telegram today',
  'Earn 500 dollars a day from home with our new crypto trading signals, message me on telegram today',
  'Earn 500 dollars a day at home with our crypto trading signals, message me on telegram',
];
const UNRELATED = [
  'The new metro line in Almaty is about the size of the one they opened in Tashkent last year',
  'Thanks for the article, the photos of the Khorgos dry port are great and the map helps a lot',
  'I think the customs figures for the first quarter were revised later, worth checking the source',
  'Check out my channel for funny cat videos and subscribe, I post every single day',
];

describe('MinHash near-duplicates', () => {
  it('finds every one-word variant of a campaign', () => {
    const prints = CAMPAIGN.map(minhash);
    for (let i = 0; i < prints.length; i++)
      for (let j = i + 1; j < prints.length; j++)
        expect(isNearDuplicate(prints[i]!, prints[j]!), `${i} ~ ${j}`).toBe(true);
  });

  it('does not match unrelated comments, on-topic or not', () => {
    const prints = [...CAMPAIGN.slice(0, 1), ...UNRELATED].map(minhash);
    for (let i = 0; i < prints.length; i++)
      for (let j = i + 1; j < prints.length; j++) {
        expect(minhashSimilarity(prints[i]!, prints[j]!), `${i} ~ ${j}`).toBeLessThan(0.2);
        expect(isNearDuplicate(prints[i]!, prints[j]!)).toBe(false);
      }
  });

  it('sees through homoglyphs, case and punctuation, and splits Chinese into characters', () => {
    const ru = minhash('Набираю в команду партнеров для долгосрочного сотрудничества в области криптовалют');
    const disguised = minhash(
      'Нaбuрaю в кoмaнду пaртнeрoв для дoлгосрочного сотрудничества в облaсти криптовaлют!!',
    );
    expect(minhashSimilarity(ru, disguised)).toBe(1);
    const zh = minhash('这篇文章写得很好，谢谢分享，我学到了很多');
    const zhVariant = minhash('这篇文章写得非常好，谢谢分享，我学到了很多');
    expect(zh.length).toBe(MINHASH_SLOTS);
    expect(isNearDuplicate(zh, zhVariant)).toBe(true);
  });

  it('gives short texts no fingerprint, which matches nothing', () => {
    const short = minhash('great article, thanks');
    expect(short.length).toBe(0);
    expect(isNearDuplicate(short, short)).toBe(false);
    expect(minhash('one two three four five').length).toBe(MINHASH_SLOTS);
    expect(MIN_FINGERPRINT_WORDS).toBe(5);
  });

  it('fingerprints the normalised text as the raw one (the service normalises once)', () => {
    for (const raw of [
      ...CAMPAIGN,
      'Check out http://bit.ly/x1 and www.example.com now!!! call 0800 123 4567',
    ]) {
      expect(minhashNormalized(normalizeText(raw).text)).toEqual(minhash(raw));
    }
  });

  it('stays the same fingerprint from version to version (stored ones stay comparable)', () => {
    // A known answer: changing the shingles or hashes must come with a new stored format.
    expect(fingerprintToHex(minhash(CAMPAIGN[0]!)).slice(0, 32)).toBe('4015d5fa956dd15fceea537e1a01ce9a');
  });

  it('round-trips through hex; old SimHash values and junk read as "no fingerprint"', () => {
    const f = minhash(CAMPAIGN[0]!);
    expect(fingerprintToHex(f)).toHaveLength(4 * MINHASH_SLOTS);
    expect(fingerprintFromHex(fingerprintToHex(f))).toEqual(f);
    expect(fingerprintToHex(new Uint16Array(0))).toBe('');
    // Four digits a slot, high byte first, whatever the values (and whatever a view's offset).
    const random = seededRandom(5);
    const wide = new Uint16Array(MINHASH_SLOTS + 1).map(() => Math.floor(random() * 65_536));
    for (const g of [wide, wide.subarray(1), Uint16Array.of(0, 0xffff, 0x00ff, 0xff00, 0x1234)])
      expect(fingerprintToHex(g)).toBe([...g].map((v) => v.toString(16).padStart(4, '0')).join(''));
    expect(fingerprintFromHex('').length).toBe(0);
    expect(fingerprintFromHex('0123456789abcdef').length).toBe(0);
    expect(fingerprintFromHex('zz'.repeat(128)).length).toBe(0);
  });
});

describe('comparing fingerprints', () => {
  it('agrees with counting every equal slot, at every overlap and at odd lengths', () => {
    const random = seededRandom(7);
    for (const slots of [MINHASH_SLOTS, 63, 5]) {
      for (let trial = 0; trial < 400; trial++) {
        const a = new Uint16Array(slots).map(() => Math.floor(random() * 65_536));
        // Each slot is kept with a probability from 0 to 1, so every similarity occurs.
        const keep = trial / 399;
        const b = a.map((v) => (random() < keep ? v : (v + 1) % 65_536));
        let same = 0;
        for (let i = 0; i < slots; i++) if (a[i] === b[i]) same++;
        expect(minhashSimilarity(a, b)).toBe(same / slots);
        for (const threshold of [0.4, 0.5, 0.9])
          expect(isNearDuplicate(a, b, threshold)).toBe(same >= Math.ceil(threshold * slots - 1e-9));
      }
    }
  });
});
