// The obfuscation battery (obfuscation-examples.ts) against the shipped model: the plain spam is
// caught, its disguised forms are caught as `npm run spam:obfuscation` recorded, and the genuine
// comments with the same surface features are never sent to spam.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../../test/support/spam-verdicts.ts';
import { OBFUSCATION_GENUINE, OBFUSCATION_SPAM } from './obfuscation-examples.ts';
import { DEV_TRANSFORMS } from './obfuscation-transforms.ts';

const caught = (content: string): boolean => verdictOf(content) === 'spam';

describe('the obfuscation battery', () => {
  const plain = OBFUSCATION_SPAM.filter((s) => caught(s.text));

  it('catches at least 25 of the plain spam comments', () => {
    expect(plain.length).toBeGreaterThanOrEqual(25);
  });

  it('still catches at least 95% of their disguised forms (82% before deobfuscate.ts)', () => {
    let n = 0;
    let c = 0;
    for (const t of DEV_TRANSFORMS)
      for (const s of plain) {
        const text = t.apply(s);
        if (text === null) continue;
        n++;
        if (caught(text)) c++;
      }
    expect(c / n).toBeGreaterThanOrEqual(0.95);
  });

  it.each(OBFUSCATION_GENUINE)('genuine stays out of spam: %s', (text) => {
    expect(caught(text)).toBe(false);
  });
});
