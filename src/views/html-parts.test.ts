import { describe, expect, it } from 'vitest';
import { html } from './html.ts';
import { joinParts, renderAroundSlot } from './html-parts.ts';

describe('renderAroundSlot', () => {
  it('puts the parts where the page placed the slot, without joining them', () => {
    // prettier-ignore
    const parts = renderAroundSlot(
      (slot) => html`<main>${slot}</main><footer>end</footer>`,
      [html`<p>a</p>`, html`<p>б</p>`],
    );
    expect(parts.map(String)).toEqual(['<main>', '<p>a</p>', '<p>б</p>', '</main><footer>end</footer>']);
    expect(joinParts(parts)).toBe('<main><p>a</p><p>б</p></main><footer>end</footer>');
  });

  it('refuses a page that drops the slot or places it twice', () => {
    expect(() => renderAroundSlot(() => html`<main></main>`, [html`x`])).toThrow(/exactly once/);
    expect(() => renderAroundSlot((slot) => html`${slot}${slot}`, [html`x`])).toThrow(/exactly once/);
  });

  it('the slot is not a fixed string content could contain', () => {
    let seen = '';
    renderAroundSlot((slot) => {
      seen = slot.text;
      return slot;
    }, []);
    expect(seen).toMatch(/^<!--slot:[0-9a-f-]{36}-->$/);
  });
});

describe('joinParts', () => {
  it('returns a whole body as it is', () => {
    expect(joinParts(html`<p>x</p>`)).toBe('<p>x</p>');
  });
});
