// The hand-set `reference-link` signal (url.ts, signals.ts): a link to a public reference site is
// how readers cite sources, counted once whatever the number of such links.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from './signals.ts';
import { isReferenceDomain } from '../text/url.ts';

describe('isReferenceDomain', () => {
  it.each([
    'ons.gov.uk',
    'www.gov.uk',
    'service-public.gouv.fr',
    'mhlw.go.jp',
    'canada.gc.ca',
    'cdc.gov',
    'mit.edu',
    'ox.ac.uk',
    'unimelb.edu.au',
    'en.wikipedia.org',
    'ru.wikipedia.org',
    'doi.org',
    'who.int',
    'pubmed.ncbi.nlm.nih.gov',
    'egov.kz',
    'www.e-gov.az',
    'stat.gov.kz',
  ])('%s is a reference site', (domain) => {
    expect(isReferenceDomain(domain)).toBe(true);
  });
  it.each([
    '',
    'example.com',
    'govt-deals.com',
    'mygov.com',
    'myegov.kz',
    'egov-help.com',
    'edu-essays.com',
    'wikipedia.org.example.ru',
    'bit.ly',
  ])('%s is not', (domain) => {
    expect(isReferenceDomain(domain)).toBe(false);
  });
});

describe('the reference-link signal', () => {
  const i = SIGNAL_CODES.indexOf('reference-link');
  const at = (content: string) => analyzeComment({ content }, DEFAULT_BITS);

  it('is hand-set and negative', () => {
    expect(SIGNAL_INFO['reference-link']).toMatchObject({ prior: -1.5, fixed: true });
  });
  it('fires once for a comment citing public sources, however many', () => {
    const one = at('The figures come from https://www.ons.gov.uk/ if anyone wants them.');
    expect(one.signals[i]).toBe(1);
    expect(one.counts[i]).toBe(1);
    const three = at(
      'See https://en.wikipedia.org/wiki/A and https://doi.org/10.1/x and https://www.cdc.gov/',
    );
    expect(three.signals[i]).toBe(1);
    expect(three.counts[i]).toBe(3);
  });
  it('does not fire for other links or none', () => {
    expect(at('Cheap pills at https://pills.example.com/buy').signals[i]).toBe(0);
    expect(at('No link at all, only words about the council.').signals[i]).toBe(0);
  });
});
