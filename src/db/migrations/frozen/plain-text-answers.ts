// Known answers of the frozen Markdown → plain text rule: what migrations 007 and 015 computed
// when they were written. The unit test and the migration test both hold the rule to them.

/** [Markdown, plain text] pairs. */
export const PLAIN_TEXT_ANSWERS: ReadonlyArray<readonly [string, string]> = [
  [
    'The *first* opening, about the "old" ferry -- and more...',
    'The first opening, about the “old” ferry – and more…',
  ],
  [
    '# Heading\n\nA paragraph with a [link](https://example.com/a) and `code`.\nSecond line.  \nHard break.',
    'Heading\nA paragraph with a link and code. Second line. Hard break.',
  ],
  ['- one\n- two\n\n1. first\n2. second', 'one\ntwo\nfirst\nsecond'],
  ['| a | b |\n|:--|--:|\n| 1 | 2 |', 'a\nb\n1\n2'],
  ['Text with a note.[^1]\n\n[^1]: The footnote text.', 'Text with a note.\nThe footnote text.'],
  ['```js\nconst x = 1;\n```\n\n    indented code', 'const x = 1;\nindented code'],
  [
    '![A photo](/media/abc-1200.webp "t") and https://example.org auto link',
    'A photo and https://example.org auto link',
  ],
  [
    '> Quoted **bold** ~~gone~~ (c) (tm)\n\n---\n\nКазахстан и 中国 text',
    'Quoted bold gone © ™\nКазахстан и 中国 text',
  ],
  ['<b>raw html</b> stays as text', '<b>raw html</b> stays as text'],
];
