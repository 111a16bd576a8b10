import { describe, expect, it } from 'vitest';
import { formatIpv4, parseIp, parseIpRange } from './ip.ts';

describe('parseIp', () => {
  it.each([
    ['203.0.113.7', { family: 4, value: 3405803783 }],
    ['0.0.0.0', { family: 4, value: 0 }],
    ['255.255.255.255', { family: 4, value: 4294967295 }],
    ['::ffff:203.0.113.7', { family: 4, value: 3405803783 }], // IPv4-mapped is the IPv4 address
    ['2001:DB8::1', { family: 6, value: '20010db8000000000000000000000001' }],
    ['[2001:db8::1]', { family: 6, value: '20010db8000000000000000000000001' }],
    ['fe80::1%eth0', { family: 6, value: 'fe800000000000000000000000000001' }],
    ['::', { family: 6, value: '0'.repeat(32) }],
  ])('%s', (text, expected) => expect(parseIp(text)).toEqual(expected));

  it.each([
    '',
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.x',
    '2001:db8::1::2',
    '12345::1',
    'bad.example',
    '1:2:3:4:5:6:7:8:9',
  ])('rejects %j', (text) => expect(parseIp(text)).toBeNull());
});

describe('parseIpRange', () => {
  const v4 = (text: string) => {
    const r = parseIpRange(text);
    if ('error' in r || r.family !== 4) throw new Error(`not IPv4: ${text}`);
    return [formatIpv4(r.start), formatIpv4(r.end)];
  };
  it('reads single addresses, CIDR blocks and dash ranges', () => {
    expect(v4('203.0.113.7')).toEqual(['203.0.113.7', '203.0.113.7']);
    expect(v4('203.0.113.0/24')).toEqual(['203.0.113.0', '203.0.113.255']);
    expect(v4('203.0.113.77/24')).toEqual(['203.0.113.0', '203.0.113.255']); // host bits cleared
    expect(v4('0.0.0.0/0')).toEqual(['0.0.0.0', '255.255.255.255']);
    expect(v4('198.51.100.7/32')).toEqual(['198.51.100.7', '198.51.100.7']);
    expect(v4('10.0.0.5-10.0.0.9')).toEqual(['10.0.0.5', '10.0.0.9']);
    expect(v4('::ffff:198.51.100.0/120')).toEqual(['198.51.100.0', '198.51.100.255']);
  });
  it('reads IPv6 blocks to the bit', () => {
    expect(parseIpRange('2001:db8::/32')).toEqual({
      family: 6,
      start: '20010db8' + '0'.repeat(24),
      end: '20010db8' + 'f'.repeat(24),
    });
    expect(parseIpRange('2001:db8:abcd:12::/62')).toEqual({
      family: 6,
      start: '20010db8abcd0010' + '0'.repeat(16),
      end: '20010db8abcd0013' + 'f'.repeat(16),
    });
    expect(parseIpRange('2001:db8::1/128')).toEqual({
      family: 6,
      start: '20010db8' + '0'.repeat(23) + '1',
      end: '20010db8' + '0'.repeat(23) + '1',
    });
  });
  it.each([
    ['203.0.113.0/33', 'prefix length must be 0 to 32'],
    ['2001:db8::/129', 'prefix length must be 0 to 128'],
    ['203.0.113.0/', 'bad prefix length'],
    ['203.0.113.9-203.0.113.1', 'range ends before it starts'],
    ['203.0.113.1-2001:db8::1', 'range mixes IPv4 and IPv6'],
    ['bad.example', 'not an IP address or CIDR block'],
  ])('explains %s', (text, error) => expect(parseIpRange(text)).toEqual({ error }));
});
