// Developer references (issue 15, 2026-12-07, fourth session; docs/spam.md, "Developer references"):
// which links are a code host's repository or developer documentation, what they leave out of
// `links`, and the shipped model's verdicts on the examples.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as dev from './dev-reference-examples.ts';
import * as heldout from './dev-reference-heldout-examples.ts';
import { builtinModel, scoreComment } from '../index.ts';
import { domainOf } from '../text/url.ts';
import { isDevReference } from '../signals/readers/dev-references.ts';

const isRef = (url: string): boolean => isDevReference(url, domainOf(url));

describe('a developer reference', () => {
  it.each([
    'https://github.com/psf/requests/pull/6710',
    'https://www.github.com/encode/uvicorn/issues/1579',
    'https://gitlab.com/gitlab-org/gitlab-runner/-/blob/main/CHANGELOG.md',
    'https://github.com/someuser/repro',
    'https://redis-py.readthedocs.io/en/stable/connections.html',
    'https://docs.python.org/3/library/asyncio-task.html',
    'https://stackoverflow.com/a/61251234',
    'https://unix.stackexchange.com/questions/1',
    'https://docs.docker.com/compose/',
    'https://www.rfc-editor.org/rfc/rfc9110',
  ])('%s is one', (url) => {
    expect(isRef(url)).toBe(true);
  });

  it.each([
    ['a user page', 'https://github.com/devshop-agency'],
    ['a hosted site', 'https://crackhub.github.io/premiere'],
    ['a gist', 'https://gist.github.com/someone/abc123'],
    ['a look-alike', 'https://github-downloads.top/premiere'],
    ['a company site beside its docs', 'https://www.docker.com/pricing/'],
    ['a blog platform', 'https://medium.com/@dev/celery-tips'],
  ])('%s is not', (_name, url) => {
    expect(isRef(url)).toBe(false);
  });

  it('leaves `links` in a comment that cites it, and says why', () => {
    const v = scoreComment(
      { content: 'Known bug, see https://github.com/psf/requests/issues/1234 for the workaround.' },
      builtinModel(),
    );
    const links = v.reasons.find((r) => r.code === 'links');
    expect(links?.weight ?? 0).toBe(0);
    expect(links?.message).toContain('1 to a code host or developer documentation');
    expect(v.reasons.find((r) => r.code === 'reference-link')?.weight).toBeLessThan(0);
  });

  it('counts as a link beside promotion (a star request, a crack)', () => {
    const v = scoreComment(
      { content: 'Check out my new project and please give it a star!! https://github.com/me/bot' },
      builtinModel(),
    );
    expect(v.reasons.find((r) => r.code === 'links')?.weight).toBeGreaterThan(0);
    expect(v.verdict).toBe('discard');
  });
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development: readers 1/6/7 before, 0/0/14 after; spam 8/0/0 both', () => {
    expect(verdictCounts(dev.DEV_REFERENCE_GENUINE).ham).toBe(dev.DEV_REFERENCE_GENUINE.length);
    expect(verdictCounts(dev.DEV_REFERENCE_SPAM).spam).toBe(dev.DEV_REFERENCE_SPAM.length);
  });

  it('held out (measured once: readers 3/1/6 before, 0/0/10 after; spam 5/1/0 both)', () => {
    expect(verdictCounts(heldout.DEV_REFERENCE_GENUINE_HELDOUT).ham).toBe(
      heldout.DEV_REFERENCE_GENUINE_HELDOUT.length,
    );
    expect(verdictCounts(heldout.DEV_REFERENCE_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(5);
  });
});
