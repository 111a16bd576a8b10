import { describe, expect, it } from 'vitest';
import { canonicalEntry, parseListText, splitCsvLine } from './parse.ts';

describe('parseListText: one entry per line', () => {
  it('skips # ; // comments and blank lines, strips inline comments, dedupes', () => {
    const text = [
      '# StopForumSpam-style list',
      '; another comment style',
      '// and another',
      '',
      '203.0.113.7',
      '198.51.100.0/24 ; SBL123456',
      '2001:db8::/32   # a whole allocation',
      '203.0.113.7',
      '10.0.0.1-10.0.0.20',
    ].join('\r\n');
    expect(parseListText(text, { kind: 'ip', format: 'lines' })).toEqual({
      entries: ['203.0.113.7', '198.51.100.0/24', '2001:db8::/32', '10.0.0.1-10.0.0.20'],
      errors: [],
    });
  });

  it('reports malformed lines with their numbers and keeps the rest', () => {
    const text = '\uFEFF203.0.113.7\nnot-an-ip\n203.0.113.0/40\n198.51.100.9 extra\n198.51.100.10\n';
    expect(parseListText(text, { kind: 'ip', format: 'lines' })).toEqual({
      entries: ['203.0.113.7', '198.51.100.10'],
      errors: [
        { line: 2, text: 'not-an-ip', message: 'not an IP address or CIDR block' },
        { line: 3, text: '203.0.113.0/40', message: 'prefix length must be 0 to 32' },
        { line: 4, text: '198.51.100.9 extra', message: 'expected one entry per line' },
      ],
    });
  });

  it('normalises domains: case, IDN to punycode, trailing dot, www., wildcards, URLs', () => {
    const text =
      'Bad.Example\nbücher.example.\nwww.spam.example\n*.wild.example\nhttps://Link.Example/path?q=1\nbad..example\n';
    expect(parseListText(text, { kind: 'domain', format: 'lines' })).toEqual({
      entries: ['bad.example', 'xn--bcher-kva.example', 'spam.example', 'wild.example', 'link.example'],
      errors: [{ line: 6, text: 'bad..example', message: 'not a domain name' }],
    });
  });

  it('reads e-mail lists: exact addresses and whole domains', () => {
    const text = 'Spammer@Bad.Example\n@mailer.example\nthrowaway.example\nuser@\n';
    expect(parseListText(text, { kind: 'email', format: 'lines' })).toEqual({
      entries: ['spammer@bad.example', '@mailer.example', '@throwaway.example'],
      errors: [{ line: 4, text: 'user@', message: 'not an e-mail address' }],
    });
  });

  it('reads user names whole, case-folded, spaces kept', () => {
    const text = 'Cheap Pills Bot\nＳＥＯ Master\n  \n';
    expect(parseListText(text, { kind: 'username', format: 'lines' }).entries).toEqual([
      'cheap pills bot',
      'seo master',
    ]);
  });
});

describe('parseListText: hosts files', () => {
  it('reads the host names after the address and skips the local ones', () => {
    const text = [
      '127.0.0.1 localhost',
      '::1 ip6-localhost ip6-loopback',
      '0.0.0.0 0.0.0.0',
      '# ads',
      '0.0.0.0 ads.bad.example tracker.bad.example # two on one line',
      '127.0.0.1\tBAD.example',
      'lonely.example',
      'bad.example 0.0.0.0',
    ].join('\n');
    expect(parseListText(text, { kind: 'domain', format: 'hosts' })).toEqual({
      entries: ['ads.bad.example', 'tracker.bad.example', 'bad.example'],
      errors: [
        { line: 7, text: 'lonely.example', message: 'expected an address and host names' },
        { line: 8, text: 'bad.example 0.0.0.0', message: 'a hosts line starts with an address' },
      ],
    });
  });
});

describe('parseListText: CSV', () => {
  it('takes a column by header name', () => {
    const text =
      'ip,frequency,lastseen\n"203.0.113.7",12,2026-11-30\n198.51.100.4,3,2026-12-01\n,1,2026-12-01\n"oops,2\n';
    expect(parseListText(text, { kind: 'ip', format: 'csv', csvColumn: 'IP' })).toEqual({
      entries: ['203.0.113.7', '198.51.100.4'],
      errors: [
        { line: 4, text: ',1,2026-12-01', message: 'no value in column 1' },
        { line: 5, text: '"oops,2', message: 'unclosed quote' },
      ],
    });
  });

  it('takes a column by number, with or without a header', () => {
    const text = 'name,email\nA,"a@bad.example"\nB,b@bad.example\nC\n';
    expect(parseListText(text, { kind: 'email', format: 'csv', csvColumn: '2', csvHeader: true })).toEqual({
      entries: ['a@bad.example', 'b@bad.example'],
      errors: [{ line: 4, text: 'C', message: 'no value in column 2' }],
    });
    expect(
      parseListText('x.example,1\ny.example,2', { kind: 'domain', format: 'csv', csvColumn: '1' }).entries,
    ).toEqual(['x.example', 'y.example']);
  });

  it('says so when the header lacks the column', () => {
    const r = parseListText('a,b\n1,2\n', { kind: 'ip', format: 'csv', csvColumn: 'ip' });
    expect(r).toEqual({
      entries: [],
      errors: [{ line: 1, text: 'a,b', message: 'no column named "ip" in the header' }],
    });
  });

  it('splits quoted fields with doubled quotes', () => {
    expect(splitCsvLine('a, "b, c" ,"d ""e"""')).toEqual(['a', 'b, c', 'd "e"']);
  });
});

describe('canonicalEntry', () => {
  it.each([
    ['domain', 'WWW.Example.COM.', 'example.com'],
    ['domain', '例え.jp', 'xn--r8jz45g.jp'],
    ['email', 'User@Bücher.Example', 'user@xn--bcher-kva.example'],
    ['email', '@WWW.Mailer.Example', '@mailer.example'],
    ['ip', ' 2001:DB8::/32 ', '2001:db8::/32'],
  ] as const)('%s %j', (kind, text, expected) => expect(canonicalEntry(kind, text)).toBe(expected));

  it.each([
    ['domain', '203.0.113.7'],
    ['domain', 'a b.example'],
    ['domain', '-bad.example'],
    ['email', 'user@'],
  ] as const)('rejects %s %j', (kind, text) => expect(canonicalEntry(kind, text)).toHaveProperty('error'));
});
