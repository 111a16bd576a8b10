import { describe, expect, it } from 'vitest';
import { SerializedJsonLdList, serializeJsonLd } from './json-ld.ts';

describe('serializeJsonLd', () => {
  it('escapes characters that could end the script element or break JavaScript parsers', () => {
    const value = { headline: '</script><script>alert(1)</script> & \u2028\u2029 <!--' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('SerializedJsonLdList', () => {
  const items = [
    { '@type': 'Comment', text: 'a </script> & b', author: { name: 'Zoë', url: undefined } },
    { '@type': 'Comment', text: 'line\u2028break', parentItem: { '@id': 'x#1' } },
  ];
  const list = new SerializedJsonLdList(items.map((item) => serializeJsonLd(item)));
  const plain = (value: object) => serializeJsonLd(JSON.parse(JSON.stringify(value)) as object);

  it('is written as the array of its items, wherever it stands among the members', () => {
    const cases: Record<string, unknown>[] = [
      { '@type': 'NewsArticle', headline: '<b>', commentCount: 2, comment: list },
      { comment: list, headline: 'first', skipped: undefined },
      { before: undefined, comment: list, after: () => 1, workTranslation: [{ url: 'u&v' }] },
      { only: list },
      { a: 1, first: list, b: '\u2029', second: new SerializedJsonLdList([]), c: null },
      { 'k<y': list },
    ];
    for (const value of cases) {
      const text = serializeJsonLd(value);
      expect(text).toBe(plain(value));
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    }
  });

  it('gives its items as values to JSON.stringify anywhere else', () => {
    const nested = { '@graph': [{ comment: list }] };
    expect(serializeJsonLd(nested)).toBe(serializeJsonLd({ '@graph': [{ comment: items }] }));
    expect(JSON.parse(serializeJsonLd(nested))).toEqual(
      JSON.parse(JSON.stringify({ '@graph': [{ comment: items }] })),
    );
  });
});
