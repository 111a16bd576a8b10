import { describe, expect, it } from 'vitest';
import { parseShortcodeAttrs, replaceShortcodes, type Shortcode } from './shortcodes.ts';

describe('parseShortcodeAttrs', () => {
  it('reads quoted, single-quoted, bare and positional attributes; keys lower-cased', () => {
    expect(parseShortcodeAttrs(' ID="a b" Width=\'300\' align=left https://x.test/v "two words" /')).toEqual({
      attrs: { id: 'a b', width: '300', align: 'left' },
      positional: ['https://x.test/v', 'two words'],
    });
  });
});

describe('replaceShortcodes', () => {
  const seen: Shortcode[] = [];
  const run = (text: string): string =>
    replaceShortcodes(
      text,
      new Set(['box']),
      (sc) => (seen.push(sc), sc.name === 'box' ? `<${sc.content ?? ''}>` : null),
    );

  it('replaces enclosing shortcodes with their content and leaves unhandled ones as text', () => {
    expect(run('a [box x="1"]in[/BOX] b [other y] c')).toBe('a <in> b [other y] c');
    expect(seen.map((s) => [s.name, s.attrs, s.positional, s.content])).toEqual([
      ['box', { x: '1' }, [], 'in'],
      ['other', {}, ['y'], null],
    ]);
  });

  it('shows [[escaped]] shortcodes literally and treats an unclosed enclosing one as self-contained', () => {
    expect(run('[[box]] and [box/] and [box]')).toBe('[box] and <> and <>');
  });
});
