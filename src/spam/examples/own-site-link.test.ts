// Readers linking to the publication's own pages (issue 15, 2026-12-07, evening; docs/spam.md,
// "The site's own pages"): a link to the site's address or one of its subdomains counts as a
// reputable source in a comment that sells and promotes nothing; a look-alike host does not; spam
// that links to the site beside its own channel stays spam. Batches pinned at the figures measured
// when the change landed (held out: once before and once after).
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { builtinModel, scoreComment } from '../index.ts';
import { isOwnSiteLink } from '../signals/reputable.ts';
import * as batches from './own-site-link-examples.ts';

const model = builtinModel();

describe('isOwnSiteLink', () => {
  it.each([
    ['silkpress.example', 'silkpress.example'],
    ['ru.silkpress.example', 'silkpress.example'],
    ['www.silkpress.example', 'silkpress.example'],
    ['silkpress.example', 'www.silkpress.example'],
  ])('%s is on %s', (domain, site) => expect(isOwnSiteLink(domain, site)).toBe(true));

  it.each([
    ['silkpress.example.evil.test', 'silkpress.example'],
    ['evilsilkpress.example', 'silkpress.example'],
    ['silkpress.example', ''],
    ['', 'silkpress.example'],
  ])('%s is not on %s', (domain, site) => expect(isOwnSiteLink(domain, site)).toBe(false));
});

describe("a reader's link to the site's own page", () => {
  const text = 'Related: https://silkpress.example/news/2026/11/visa-free-regime';
  it('is a bare link on another site, a reference on its own', () => {
    const elsewhere = scoreComment({ content: text, site: 'https://other.example' }, model);
    const home = scoreComment({ content: text, site: 'https://silkpress.example' }, model);
    expect(elsewhere.reasons.map((r) => r.code)).toContain('bare-link');
    expect(home.reasons.map((r) => r.code)).toContain('reference-link');
    expect(home.verdict).toBe('ham');
    expect(elsewhere.verdict).not.toBe('ham');
  });
});

describe('the batches', () => {
  it('development: five readers not sent to spam, four published; spam stays spam', () => {
    const genuine = verdictCounts(batches.OWN_SITE_GENUINE_DEV);
    expect(genuine.ham).toBeGreaterThanOrEqual(4);
    expect(verdictCounts(batches.OWN_SITE_SPAM_DEV).spam).toBe(3);
  });

  it('held out (measured once): every reader published, every spam spam', () => {
    expect(verdictCounts(batches.OWN_SITE_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
    expect(verdictCounts(batches.OWN_SITE_SPAM_HELDOUT).spam).toBe(2);
  });
});
