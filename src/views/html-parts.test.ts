import { describe, expect, it } from 'vitest';
import { joinParts, renderAroundSlot } from './html-parts.ts';

describe('renderAroundSlot', () => {
  it('puts the parts where the page placed the slot, without joining them', () => {
    const parts = renderAroundSlot(
      (slot) => `<main>${slot}</main><footer>end</footer>`,
      ['<p>a</p>', '<p>б</p>'],
    );
    expect(parts).toEqual(['<main>', '<p>a</p>', '<p>б</p>', '</main><footer>end</footer>']);
    expect(joinParts(parts)).toBe('<main><p>a</p><p>б</p></main><footer>end</footer>');
  });

  it('refuses a page that drops the slot or places it twice', () => {
    expect(() => renderAroundSlot(() => '<main></main>', ['x'])).toThrow(/exactly once/);
    expect(() => renderAroundSlot((slot) => slot + slot, ['x'])).toThrow(/exactly once/);
  });

  it('the slot is not a fixed string content could contain', () => {
    let seen = '';
    renderAroundSlot((slot) => (seen = slot), []);
    expect(seen).toMatch(/^<!--slot:[0-9a-f-]{36}-->$/);
  });
});

describe('joinParts', () => {
  it('returns a string body as it is', () => {
    expect(joinParts('<p>x</p>')).toBe('<p>x</p>');
  });
});
