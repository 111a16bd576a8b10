import { describe, expect, it } from 'vitest';
import { buildSnippet, searchTokens, segmentForIndex } from './search-text.ts';

describe('segmentForIndex', () => {
  it.each([
    ['Pipeline to Khorgos', 'pipeline to khorgos'],
    // Diacritics fold on both sides (й → и, ё → е), as FTS5's remove_diacritics does.
    ['Казахстан и Китай', 'казахстан и китаи'],
    ['中亚峰会', '中亚 亚峰 峰会'],
    ['中亚 summit 2023年', '中亚 summit 2023 年'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['café', 'cafe'],
  ])('%s → %s', (input, expected) => {
    expect(segmentForIndex(input)).toBe(expected);
  });
});

describe('searchTokens', () => {
  it('segments queries like the index and drops punctuation', () => {
    expect(searchTokens('中亚')).toEqual(['中亚']);
    expect(searchTokens('中亚峰会')).toEqual(['中亚', '亚峰', '峰会']);
    expect(searchTokens(' "Pipeline"  OR -gas* ')).toEqual(['pipeline', 'or', 'gas']);
    expect(searchTokens('')).toEqual([]);
  });
});

describe('buildSnippet', () => {
  it('highlights every occurrence, case-insensitively, including Cyrillic prefixes', () => {
    const parts = buildSnippet('Граница с Казахстаном открыта. Казахстан рад.', 'казахстан');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Казахстан', 'Казахстан']);
  });

  it('centres the window on the first match and marks cut ends', () => {
    const text = `${'word '.repeat(100)}the pipeline runs ${'more '.repeat(100)}`;
    const parts = buildSnippet(text, 'pipeline', 100);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(parts.some((p) => p.hit && p.text === 'pipeline')).toBe(true);
  });

  it('finds Chinese terms inside running text', () => {
    const parts = buildSnippet('中国与中亚五国贸易额创新高', '中亚');
    expect(parts).toEqual([
      { text: '中国与', hit: false },
      { text: '中亚', hit: true },
      { text: '五国贸易额创新高', hit: false },
    ]);
  });
});
