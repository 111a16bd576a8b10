import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { networkKey } from '../context/network.ts';
import { cosineSimilarity, termVector } from '../relevance.ts';
import { SIGNAL_CODES, type SignalCode } from './signals.ts';
import {
  allCapsSignal,
  articleAgeSignal,
  burstSignal,
  formSignals,
  honeypotSignal,
  linkDensity,
  relevanceSignal,
  repeatedCharsSignal,
} from '../signal-values.ts';
import { isShortener, registrableDomain } from '../text/url.ts';

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
    expect(value('author-approved-history', { content: 'x', context })).toBe(0);
    expect(value('ip-approved-history', { content: 'x', context })).toBe(1);
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
