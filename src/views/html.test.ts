import { describe, expect, it } from 'vitest';
import { EMPTY_HTML, html, isHtml, joinHtml, unsafeRawHtml } from './html.ts';

describe('html', () => {
  it('escapes text and keeps markup', () => {
    const name = `"><script>alert(1)</script>`;
    const link = html`<a href="/u?a=1&b=${name}">${name}</a>`;
    expect(String(link)).toBe(
      '<a href="/u?a=1&b=&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;">&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;</a>',
    );
    expect(String(html`<p>${link}</p>`)).toBe(`<p>${link.text}</p>`);
  });

  it('writes numbers, nothing for null and undefined, and lists item by item', () => {
    expect(String(html`${3}|${0}|${null}|${undefined}|`)).toBe('3|0|||');
    // prettier-ignore
    const list = html`<ul>${[html`<li>a</li>`, '<li>b</li>']}</ul>`;
    expect(String(list)).toBe('<ul><li>a</li>&#60;li&#62;b&#60;/li&#62;</ul>');
  });

  it('writes its literal parts raw, as ghtml did', () => {
    // prettier-ignore
    const text = html`a\nb`;
    expect(String(text)).toBe('a\\nb');
  });

  it('makes Html only through the tag and the one escape hatch', () => {
    expect(isHtml(html`x`)).toBe(true);
    expect(isHtml(unsafeRawHtml('<b>x</b>'))).toBe(true);
    expect(isHtml('<b>x</b>')).toBe(false);
    expect(isHtml({ text: '<b>x</b>' })).toBe(false);
    expect(String(html`${{ text: '<b>', toString: () => '<b>' } as never}`)).toBe('&#60;b&#62;');
  });

  it('joins markup with a separator', () => {
    expect(String(joinHtml([html`<i>a</i>`, html`<i>b</i>`], html`<br />`))).toBe('<i>a</i><br /><i>b</i>');
    expect(String(joinHtml([]))).toBe('');
    expect(String(EMPTY_HTML)).toBe('');
  });
});
