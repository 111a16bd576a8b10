import { describe, expect, it } from 'vitest';
import { wpautop } from './wpautop.ts';

describe('wpautop', () => {
  it.each([
    ['', ''],
    ['One\ntwo\n\nThree', '<p>One<br />\ntwo</p>\n<p>Three</p>'],
    ['a\r\n\r\nb', '<p>a</p>\n<p>b</p>'],
    ['<h2>Title</h2>\nText under', '<h2>Title</h2>\n<p>Text under</p>'],
    ['<div>\nhello\n</div>\nafter', '<div>\nhello\n</div>\n<p>after</p>'],
    ['Code:\n<pre>a\n\nb</pre>\nEnd', '<p>Code:</p>\n<pre>a\n\nb</pre>\n<p>End</p>'],
    ['x<br />\n<br />\ny', '<p>x</p>\n<p>y</p>'],
    ['<a\nhref="u">link</a>', '<p><a href="u">link</a></p>'],
    ['[gallery ids="1"]\n\nText', '[gallery ids="1"]\n<p>Text</p>'],
    ['<!-- note\n\nspans -->\nText', '<p><!-- note\n\nspans --><br />\nText</p>'],
  ])('%j', (input, expected) => {
    expect(wpautop(input)).toBe(expected);
  });
});
