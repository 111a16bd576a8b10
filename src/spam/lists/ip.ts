// IP addresses and ranges for reputation lists: IPv4 as unsigned 32-bit numbers, IPv6 as 32
// lower-case hex digits (fixed width, so comparing the strings compares the addresses). An
// IPv4-mapped IPv6 address (::ffff:203.0.113.7) is the IPv4 address it carries.

/** One address, in the comparable form of its family. */
export type IpAddress = { family: 4; value: number } | { family: 6; value: string };

/** An inclusive range of addresses of one family. */
export type IpRange = { family: 4; start: number; end: number } | { family: 6; start: string; end: string };

function parseV4(text: string): number | null {
  // By hand: this runs for every entry of a list and for every check.
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return null;
    } else if (c === 46 && digits > 0 && dots < 3) {
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else return null;
  }
  return dots === 3 && digits > 0 ? value * 256 + octet : null;
}

function parseV6Groups(text: string): number[] | null {
  let s = text;
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (embedded?.[1]) {
    const v4 = parseV4(embedded[1]);
    if (v4 === null) return null;
    s = `${s.slice(0, -embedded[1].length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string): number[] | null => {
    if (h === '') return [];
    const groups = h.split(':');
    return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups.map((g) => parseInt(g, 16)) : null;
  };
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 1 ? fill !== 0 : fill < 1) return null;
  return [...head, ...new Array<number>(halves.length === 2 ? fill : 0).fill(0), ...tail];
}

const hex4 = (g: number): string => g.toString(16).padStart(4, '0');

/** Parses an IPv4 or IPv6 address (zone ids and brackets dropped); null when it is not one. */
export function parseIp(text: string): IpAddress | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  if (t === '') return null;
  if (!t.includes(':')) {
    const v4 = parseV4(t);
    return v4 === null ? null : { family: 4, value: v4 };
  }
  const groups = parseV6Groups(t);
  if (!groups) return null;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return { family: 4, value: (groups[6] ?? 0) * 65536 + (groups[7] ?? 0) };
  return { family: 6, value: groups.map(hex4).join('') };
}

function v6Bounds(hex: string, prefix: number): { start: string; end: string } {
  // Per hex digit: the first `prefix` bits kept, the rest cleared (start) or set (end).
  let start = '';
  let end = '';
  for (let i = 0; i < 32; i++) {
    const keep = Math.max(0, Math.min(4, prefix - i * 4));
    const mask = (0xf << (4 - keep)) & 0xf;
    const d = parseInt(hex[i] ?? '0', 16);
    start += (d & mask).toString(16);
    end += ((d & mask) | (~mask & 0xf)).toString(16);
  }
  return { start, end };
}

/**
 * Parses one list entry as a range: a single address, a CIDR block (`203.0.113.0/24`,
 * `2001:db8::/32`; host bits set are cleared) or a dash range (`203.0.113.5-203.0.113.9`).
 * Returns the range, or a message saying what is wrong.
 */
export function parseIpRange(text: string): IpRange | { error: string } {
  const t = text.trim();
  const dash = /^[0-9a-f:.]+\s*-\s*[0-9a-f:.]+$/i.test(t) ? t.indexOf('-') : -1;
  if (dash > 0) {
    const a = parseIp(t.slice(0, dash));
    const b = parseIp(t.slice(dash + 1));
    if (!a || !b) return { error: 'not an address range' };
    if (a.family !== b.family) return { error: 'range mixes IPv4 and IPv6' };
    if (a.value > b.value) return { error: 'range ends before it starts' };
    return a.family === 4
      ? { family: 4, start: a.value, end: b.value as number }
      : { family: 6, start: a.value, end: b.value as string };
  }
  const slash = t.indexOf('/');
  const ip = parseIp(slash < 0 ? t : t.slice(0, slash));
  if (!ip) return { error: 'not an IP address or CIDR block' };
  if (slash < 0)
    return ip.family === 4
      ? { family: 4, start: ip.value, end: ip.value }
      : { family: 6, start: ip.value, end: ip.value };
  const bitsText = t.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bitsText)) return { error: 'bad prefix length' };
  let bits = Number(bitsText);
  // An IPv4-mapped block (::ffff:198.51.100.0/120) is the IPv4 block it covers.
  const written6 = t.slice(0, slash).includes(':');
  if (ip.family === 4 && written6) bits -= 96;
  const max = ip.family === 4 ? 32 : 128;
  if (bits < 0 || bits > max) return { error: `prefix length must be 0 to ${written6 ? 128 : max}` };
  if (ip.family === 4) {
    const size = 2 ** (32 - bits);
    const start = Math.floor(ip.value / size) * size;
    return { family: 4, start, end: start + size - 1 };
  }
  return { family: 6, ...v6Bounds(ip.value, bits) };
}

/** Writes an IPv4 number as dotted quads. */
export function formatIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}
