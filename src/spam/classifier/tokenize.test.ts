import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { extractFeatures, hashString } from './tokenize.ts';

const features = (text: string) => extractFeatures(normalizeText(text), 18);

describe('hashString', () => {
  it('is a fixed function (models depend on it)', () => {
    expect(hashString('hello', 0)).toBe(547388343);
    expect(hashString('', 0)).toBe(1572119809);
  });
});

describe('extractFeatures', () => {
  it('names the words and keeps indices in range', () => {
    const f = features('Check out my channel');
    expect(f.words).toEqual(['check', 'out', 'my', 'channel', '']);
    expect(Math.max(...f.indices)).toBeLessThan(1 << 18);
    expect(Math.min(...f.indices)).toBeGreaterThanOrEqual(0);
    expect(f.value).toBeCloseTo(1 / Math.sqrt(f.indices.length));
  });

  it('splits Chinese into character n-grams', () => {
    const f = features('这篇文章写得很好');
    // 8 unigrams + 7 bigrams + 6 trigrams + the length feature.
    expect(f.indices.length).toBe(22);
  });

  it('gives identical features to homoglyph variants', () => {
    expect(Array.from(features('Нaбuрaю в кoмaндy').indices)).toEqual(
      Array.from(features('Набираю в команду').indices),
    );
  });

  it('turns links into link features with their domain', () => {
    expect(features('go to https://bit.ly/abc').words).toContain('link to bit.ly');
  });
});
