// Network prefix keys for burst counting: IPv4 /24 and IPv6 /64, so a spammer rotating addresses
// within one allocation is still counted as one source.

function ipv4Octets(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? octets : null;
}

function ipv6Groups(ip: string): number[] | null {
  let text = ip.replace(/%.*$/, '').toLowerCase();
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (embedded?.[1]) {
    const octets = ipv4Octets(embedded[1]);
    if (!octets) return null;
    const [a = 0, b = 0, c = 0, d = 0] = octets;
    text = `${text.slice(0, -embedded[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string): number[] =>
    s === '' ? [] : s.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const fill = 8 - head.length - tail.length;
  if (halves.length === 1 ? fill !== 0 : fill < 1) return null;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? fill : 0).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : null;
}

/**
 * The network an IP belongs to for burst counting: "203.0.113.0/24" for IPv4 (also when written
 * as IPv4-mapped IPv6), "2001:db8:1:2::/64" for IPv6, or null when the text is not an IP.
 */
export function networkKey(ip: string): string | null {
  const trimmed = ip.trim();
  const v4 = ipv4Octets(trimmed);
  if (v4) return `${v4[0]}.${v4[1]}.${v4[2]}.0/24`;
  const v6 = ipv6Groups(trimmed);
  if (!v6) return null;
  const isMapped = v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff;
  if (isMapped) return `${(v6[6] ?? 0) >> 8}.${(v6[6] ?? 0) & 255}.${(v6[7] ?? 0) >> 8}.0/24`;
  return `${v6
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
