import { describe, expect, it } from 'vitest';
import { analyzeComment } from './analyze.ts';
import { networkKey } from './network.ts';
import { normalizeText } from './normalize.ts';
import { cosineSimilarity, termVector } from './relevance.ts';
import {
  SIGNAL_CODES,
  allCapsSignal,
  articleAgeSignal,
  burstSignal,
  formSignals,
  honeypotSignal,
  linkDensity,
  relevanceSignal,
  repeatedCharsSignal,
  type SignalCode,
} from './signals.ts';
import {
  fingerprintFromHex,
  fingerprintToHex,
  hammingDistance,
  isNearDuplicate,
  simhash,
  simhashNormalized,
} from './simhash.ts';
import { hashRange } from './tokenize.ts';
import { isShortener, registrableDomain } from './url.ts';

describe('form signals', () => {
  it.each([
    [{ formAgeSeconds: 1, tokenValid: true }, [1, 0, 0]],
    [{ formAgeSeconds: 30, tokenValid: true }, [0, 0, 0]],
    [{ formAgeSeconds: 90_000, tokenValid: true }, [0, 1, 0]],
    [{ formAgeSeconds: null, tokenValid: true }, [0, 0, 1]],
    [{ formAgeSeconds: 30, tokenValid: false }, [0, 0, 1]],
  ])('%o → %o', (form, expected) => expect(formSignals(form)).toEqual(expected));

  it.each([
    ['', 0],
    ['  ', 0],
    [null, 0],
    ['http://x', 1],
  ])('honeypot %o → %d', (value, expected) => expect(honeypotSignal(value)).toBe(expected));
});

describe('content signals', () => {
  it.each([
    [0, 0, 0],
    [50, 50, 0.5],
  ])('linkDensity(%d, %d) = %d', (url, text, out) => expect(linkDensity(url, text)).toBe(out));
  it.each([
    [20, 20, 1],
    [10, 20, 0],
    [5, 5, 0],
  ])('allCaps(%d of %d) = %d', (upper, letters, out) => expect(allCapsSignal(upper, letters)).toBe(out));
  it.each([
    [3, 0],
    [5, 0.4],
    [20, 1],
  ])('repeatedChars(%d) = %d', (run, out) => expect(repeatedCharsSignal(run)).toBeCloseTo(out));
  it.each([
    [null, 0],
    [0, 1],
    [0.1, 0],
    [0.5, -1],
  ])('relevance(%o) = %d', (cos, out) => expect(relevanceSignal(cos)).toBeCloseTo(out));
  it.each([
    [null, 0],
    [10, 0],
    [730, 1],
  ])('articleAge(%o) = %d', (days, out) => expect(articleAgeSignal(days)).toBeCloseTo(out, 1));
  it.each([
    [undefined, 0],
    [2, 0],
    [3, 1],
    [5, 2],
  ])('burst(%o, allowance 2) = %d', (n, out) => expect(burstSignal(n, 2)).toBeCloseTo(out));
});

describe('analyzeComment', () => {
  const value = (code: SignalCode, input: Parameters<typeof analyzeComment>[0]): number =>
    analyzeComment(input, 12).signals[SIGNAL_CODES.indexOf(code)] ?? NaN;

  it('computes link, shortener, spam-domain and author-url signals', () => {
    const input = {
      content: 'win now http://bit.ly/a https://bad.example.com/x',
      url: 'http://bad.example.com',
      context: { spamDomains: new Set(['example.com']) },
    };
    expect(value('links', input)).toBe(Math.log2(3));
    expect(value('url-shortener', input)).toBe(1);
    expect(value('spam-domain', input)).toBe(Math.log2(3));
    expect(value('author-url', input)).toBe(1);
  });

  it('leaves form signals at 0 when the comment did not come from a form', () => {
    expect(value('form-token-invalid', { content: 'hi' })).toBe(0);
    expect(
      value('form-token-invalid', { content: 'hi', form: { formAgeSeconds: null, tokenValid: false } }),
    ).toBe(1);
  });

  it('measures relevance to the article', () => {
    const article = { text: 'The city council approved the new budget for public transport and schools.' };
    expect(
      value('relevance', {
        content: 'Will the transport budget reach the schools in the council area?',
        article,
      }),
    ).toBeLessThan(0);
    expect(
      value('relevance', {
        content: 'Cheap watches replica luxury brands discount shipping worldwide',
        article,
      }),
    ).toBe(1);
  });

  it('counts history, bursts, duplicates and repeated links', () => {
    const context = {
      spamByEmail: 3,
      approvedByIp: 1,
      recentFromIp: 6,
      similarRecent: 7,
      sameLinkArticles: 4,
    };
    expect(value('author-spam-history', { content: 'x', context })).toBe(2);
    expect(value('author-approved-history', { content: 'x', context })).toBe(1);
    expect(value('ip-burst', { content: 'x', context })).toBeCloseTo(Math.log2(5));
    expect(value('near-duplicate', { content: 'x', context })).toBe(3);
    expect(value('link-many-articles', { content: 'x', context })).toBe(2);
  });
});

describe('networkKey', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    [' 10.1.2.3 ', '10.1.2.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2::1', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['256.1.1.1', null],
    ['1:2:3', null],
    ['not an ip', null],
  ])('%s → %s', (ip, key) => expect(networkKey(ip)).toBe(key));
});

describe('simhash', () => {
  it('puts near-duplicates close and different texts far', () => {
    const a = simhash('Check out my new channel for funny videos, please subscribe!');
    const b = simhash('check out my new channel for funny videos please subscribe!!');
    const c = simhash('The council meeting on transport was postponed to next week.');
    expect(hammingDistance(a, b)).toBeLessThanOrEqual(6);
    expect(isNearDuplicate(a, b)).toBe(true);
    expect(hammingDistance(a, c)).toBeGreaterThan(16);
  });
  it.each([
    'Check out http://bit.ly/x1 and www.example.com now!!! call 0800 123 4567',
    'Нaбuрaю сотрудников, ра6ота на дому',
    '这篇文章写得很好，谢谢分享。 Visit example . com',
    'ＦＵＬＬ width ﬁ ligature, zero\u200bwidth <b>tags</b>',
  ])('fingerprints the normalised text as the raw one (the service normalises once): %s', (raw) => {
    const normalized = normalizeText(raw).text;
    expect(normalizeText(normalized).text).toBe(normalized);
    expect(simhashNormalized(normalized)).toEqual(simhash(raw));
  });
  it('gives the fingerprints of counting one bit at a time (stored fingerprints stay comparable)', () => {
    // The definition, written plainly: bit k is set when more 4-gram hashes have it set than not.
    const reference = (normalized: string): [number, number] => {
      const norm = normalized.replace(/\s+/g, ' ').trim();
      const counts = new Array<number>(64).fill(0);
      const n = Math.min(4, norm.length);
      for (let i = 0; i + n <= norm.length; i++) {
        const halves = [hashRange(norm, i, i + n, 0x5bd1e995), hashRange(norm, i, i + n, 0x1b873593)];
        for (let bit = 0; bit < 64; bit++) counts[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1;
      }
      const half = (from: number) =>
        counts.slice(from, from + 32).reduce((acc, c, bit) => (c > 0 ? acc | (1 << bit) : acc), 0) >>> 0;
      return [half(0), half(32)];
    };
    const alphabet = ['a', 'b', ' ', 'ж', '中', '😀', 'x', '\n', '1', '.'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 400; i++) {
      const length = next() % (i % 50 === 0 ? 11000 : 120);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[next() % alphabet.length];
      expect(simhashNormalized(text), JSON.stringify(text.slice(0, 40))).toEqual(reference(text));
    }
  });
  it('round-trips through hex', () => {
    const f = simhash('hello world');
    expect(fingerprintFromHex(fingerprintToHex(f))).toEqual(f);
    expect(() => fingerprintFromHex('xyz')).toThrow(RangeError);
  });
});

describe('urls and relevance helpers', () => {
  it.each([
    ['bit.ly', true],
    ['www.tinyurl.com', true],
    ['links.example.org', false],
    ['tinyurl.com', true],
    ['example.com', false],
  ])('isShortener(%s) = %s', (d, out) => expect(isShortener(d)).toBe(out));
  it('registrableDomain', () => {
    expect(registrableDomain('a.b.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('news.example.com')).toBe('example.com');
  });
  it('cosineSimilarity is null for too little text', () => {
    expect(cosineSimilarity(termVector('hello'), termVector('hello world again and again'))).toBeNull();
  });
});
