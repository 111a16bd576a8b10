import { describe, expect, it } from 'vitest';
import {
  dedupeRows,
  parseBlankLineSeparated,
  parseCommentCorpus,
  parseDataset,
  parseLabel,
  splitByIndex,
} from './dataset.ts';

describe('parseDataset', () => {
  it('reads RFC 4180 CSV with quoted newlines, quotes and optional columns', () => {
    const csv = 'content,label,email,ip\n"line one\nline ""two""",spam,a@b.c,1.2.3.4\nhello,ham,,\n';
    const rows = parseDataset(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.input).toEqual({ content: 'line one\nline "two"', email: 'a@b.c', ip: '1.2.3.4' });
    expect(rows[0]?.spam).toBe(true);
    expect(rows[1]?.spam).toBe(false);
  });

  it('uses named columns and the article column', () => {
    const rows = parseDataset('body,is_it,article\nhi,1,Some article\n', {
      contentColumn: 'body',
      labelColumn: 'is_it',
    });
    expect(rows[0]?.input).toEqual({ content: 'hi', article: { text: 'Some article' } });
  });

  it('reads tab-separated files without header or quoting', () => {
    const rows = parseDataset('ham\tsay "hi"\nspam\tWIN now\n', {
      format: 'tsv',
      columns: ['label', 'content'],
    });
    expect(rows.map((r) => [r.spam, r.input.content])).toEqual([
      [false, 'say "hi"'],
      [true, 'WIN now'],
    ]);
  });

  it('names the row of a bad label and a missing column', () => {
    expect(() => parseDataset('content,label\nx,maybe\n')).toThrow(/row 1/);
    expect(() => parseDataset('content,label\nx,1\n', { labelColumn: 'nope' })).toThrow(/nope/);
  });

  it.each([
    ['spam', true],
    ['1', true],
    ['HAM', false],
    ['0', false],
    ['?', null],
  ])('parseLabel(%s) = %s', (v, out) => expect(parseLabel(v)).toBe(out));
});

describe('splits and helpers', () => {
  it('splits by a TubeSpam-style index (0-based ROW_INDEX)', () => {
    const rows = parseDataset('content,label\na,1\nb,0\nc,1\n');
    const index =
      'DATASET,ROW_INDEX,COMMENT_ID,CLASS,SPLIT\nv1,0,x,1,train\nv1,1,y,0,test\nv1,2,z,1,test\nv2,0,q,1,test\n';
    const { train, test } = splitByIndex(rows, index, 'v1');
    expect(train.map((r) => r.input.content)).toEqual(['a']);
    expect(test.map((r) => r.input.content)).toEqual(['b', 'c']);
    expect(() => splitByIndex(rows, index, 'v9')).toThrow(RangeError);
  });

  it('dedupes by whitespace-normalised text', () => {
    const rows = parseDataset('content,label\nhello  world,1\nhello world,1\nother,0\n');
    expect(dedupeRows(rows)).toHaveLength(2);
  });

  it('splits blank-line separated messages', () => {
    expect(parseBlankLineSeparated('one\ntwo\n\n three \r\n\r\n\n')).toEqual(['one\ntwo', 'three']);
  });

  it('reads a comment corpus: the "# " header is skipped, a comment starting with # is kept', () => {
    const text = '# Corpus\n# invented text\n\nfirst\n\n#hashtag comment\n\nthird\nline two\n';
    expect(parseCommentCorpus(text)).toEqual(['first', '#hashtag comment', 'third\nline two']);
    expect(parseCommentCorpus('no header\n\n# not a header either')).toEqual([
      'no header',
      '# not a header either',
    ]);
  });
});
