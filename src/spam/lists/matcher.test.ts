import { describe, expect, it } from 'vitest';
import { CompiledList, ListSet, type ListMeta } from './matcher.ts';
import { parseListText, type ListKind } from './parse.ts';

const list = (name: string, kind: ListKind, text: string, extra: Partial<ListMeta> = {}): CompiledList =>
  new CompiledList(
    { name, kind, weight: 2, action: 'hold', ...extra },
    parseListText(text, { kind, format: 'lines' }).entries,
  );

describe('IP lists', () => {
  const ips = list(
    'ips',
    'ip',
    [
      '203.0.113.0/24',
      '203.0.113.128/25', // nested in the /24
      '198.51.100.7',
      '10.0.0.0/8',
      '10.1.2.3', // inside the /8: the /8 still covers 10.200.0.1
      '192.0.2.10-192.0.2.20',
      '2001:db8:1::/48',
      '2001:db8:2::5',
    ].join('\n'),
  );
  const set = new ListSet([ips]);
  const entry = (ip: string) => set.match({ ip })[0]?.entry ?? null;

  it.each([
    ['203.0.113.7', '203.0.113.0/24'],
    ['203.0.113.200', '203.0.113.0/24'],
    ['198.51.100.7', '198.51.100.7'],
    ['198.51.100.8', null],
    ['10.200.0.1', '10.0.0.0/8'],
    ['11.0.0.0', null],
    ['9.255.255.255', null],
    ['192.0.2.10', '192.0.2.10-192.0.2.20'],
    ['192.0.2.20', '192.0.2.10-192.0.2.20'],
    ['192.0.2.21', null],
    ['::ffff:203.0.113.9', '203.0.113.0/24'],
    ['2001:db8:1:ffff::1', '2001:db8:1::/48'],
    ['2001:db8:2::5', '2001:db8:2::5'],
    ['2001:db8:2::6', null],
    ['2001:db8::1', null],
    ['not an ip', null],
  ])('%s → %s', (ip, expected) => expect(entry(ip)).toBe(expected));

  it('reports the list, the field, the value and the action', () => {
    expect(set.match({ ip: ' 203.0.113.7 ' })).toEqual([
      {
        list: 'ips',
        kind: 'ip',
        field: 'ip',
        entry: '203.0.113.0/24',
        value: '203.0.113.7',
        weight: 2,
        action: 'hold',
      },
    ]);
    expect(ips.size).toBe(8);
  });
});

describe('domain lists match by suffix', () => {
  const set = new ListSet([list('domains', 'domain', 'bad.example\nxn--bcher-kva.example\nexample')]);
  it.each([
    ['bad.example', 'bad.example'],
    ['sub.bad.example', 'bad.example'],
    ['WWW.Bad.Example.', 'bad.example'],
    ['notbad.example', 'example'], // the list named a TLD: every name under it matches
    ['shop.bücher.example', 'xn--bcher-kva.example'],
  ])('link %s → %s', (host, expected) => expect(set.match({ linkHosts: [host] })[0]?.entry).toBe(expected));

  it('never matches a name that only ends with the same letters', () => {
    const only = new ListSet([list('d', 'domain', 'bad.example')]);
    expect(only.match({ linkHosts: ['notbad.example', 'bad.example.org'] })).toEqual([]);
  });

  it('checks the author website and the links, one link hit per list', () => {
    const hits = set.match({
      authorUrl: 'https://www.bad.example/me',
      linkHosts: ['a.bad.example', 'b.bad.example'],
    });
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['author-url', 'bad.example'],
      ['link', 'a.bad.example'],
    ]);
  });
});

describe('e-mail and user name lists', () => {
  const emails = list('emails', 'email', 'spammer@bad.example\n@mailer.example', {
    action: 'score',
    weight: 1.5,
  });
  const names = list('names', 'username', 'Cheap Pills Bot');
  const set = new ListSet([emails, names]);
  it.each([
    ['Spammer@BAD.example', 'spammer@bad.example'],
    ['spammer+tag@bad.example', 'spammer@bad.example'],
    ['other@bad.example', null],
    ['anyone@mailer.example', '@mailer.example'],
    ['anyone@eu.mailer.example', '@mailer.example'],
    ['anyone@mailer.example.org', null],
    ['not-an-address', null],
  ])('%s → %s', (email, expected) => expect(set.match({ email })[0]?.entry ?? null).toBe(expected));

  it('matches names case-folded, whole', () => {
    expect(set.match({ author: '  CHEAP   pills bot ' }).map((h) => h.entry)).toEqual(['cheap pills bot']);
    expect(set.match({ author: 'Cheap Pills' })).toEqual([]);
  });

  it('answers nothing without lists or evidence', () => {
    expect(new ListSet([]).match({ ip: '203.0.113.7' })).toEqual([]);
    expect(set.match({})).toEqual([]);
  });
});
