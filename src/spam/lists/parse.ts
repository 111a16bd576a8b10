// Parses the text of a reputation list in the formats public lists come in: one entry per line
// (with # or ; comments; for IP lists addresses, CIDR blocks and ranges), hosts files
// (`0.0.0.0 bad.example`), and CSV with a chosen column. Entries come out in canonical form; a
// malformed line is reported with its number and skipped, never failing the whole list.
import { parseIpRange } from './ip.ts';
import { normalizeDomain, normalizeEmail, normalizeUsername } from './normalize.ts';

/** What a list holds. */
export type ListKind = 'ip' | 'domain' | 'email' | 'username';
/** How its text is laid out. */
export type ListFormat = 'lines' | 'hosts' | 'csv';

export const LIST_KINDS: readonly ListKind[] = ['ip', 'domain', 'email', 'username'];
export const LIST_FORMATS: readonly ListFormat[] = ['lines', 'hosts', 'csv'];

/** How to read one list. */
export interface ListFormatOptions {
  kind: ListKind;
  format: ListFormat;
  /** CSV only: the column holding the entry, a 1-based number or a header name. */
  csvColumn?: string | null;
  /** CSV only: the first line is a header (implied when the column is a name). */
  csvHeader?: boolean;
}

/** A line that was skipped, and why. */
export interface ListLineError {
  line: number;
  text: string;
  message: string;
}

/** The canonical entries of a list and the lines skipped. */
export interface ParsedList {
  entries: string[];
  errors: ListLineError[];
}

/** Host names a hosts file maps to itself, not entries. */
const HOSTS_LOCAL = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
  '0.0.0.0',
]);

/** Why a kind's entry is not valid, or its canonical form. */
export function canonicalEntry(kind: ListKind, text: string): string | { error: string } {
  switch (kind) {
    case 'ip': {
      const range = parseIpRange(text);
      return 'error' in range ? range : text.trim().toLowerCase();
    }
    case 'domain':
      return normalizeDomain(text) ?? { error: 'not a domain name' };
    case 'email': {
      const t = text.trim();
      // "@bad.example" or a bare domain lists every address at that domain (and its subdomains).
      if (!t.includes('@') || t.startsWith('@')) {
        const d = normalizeDomain(t.replace(/^@/, ''));
        return d ? `@${d}` : { error: 'not an e-mail address or domain' };
      }
      const e = normalizeEmail(t);
      return e ? `${e.local}@${e.domain}` : { error: 'not an e-mail address' };
    }
    case 'username':
      return normalizeUsername(text) ?? { error: 'empty name' };
  }
}

/** Removes a comment that starts the line or follows whitespace (`bad.example  # since May`). */
function stripComment(line: string): string {
  const t = line.trim();
  if (t.startsWith('#') || t.startsWith(';') || t.startsWith('//')) return '';
  return t.replace(/\s+[#;].*$/, '').trim();
}

/** Splits one CSV line (RFC 4180 quoting, on one line); null when a quote is left open. */
export function splitCsvLine(line: string, delimiter = ','): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += c;
    i++;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

const shown = (line: string): string => (line.length > 80 ? `${line.slice(0, 77)}...` : line);

/** Reads a list's text into canonical entries (deduplicated, in first-seen order). */
export function parseListText(text: string, options: ListFormatOptions): ParsedList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const seen = new Set<string>();
  const errors: ListLineError[] = [];
  const fail = (line: number, raw: string, message: string): void => {
    errors.push({ line, text: shown(raw.trim()), message });
  };
  const add = (line: number, raw: string, value: string): void => {
    const entry = canonicalEntry(options.kind, value);
    if (typeof entry === 'string') seen.add(entry);
    else fail(line, raw, entry.error);
  };
  const column = csvColumnOf(options);
  let header = options.format === 'csv' && (options.csvHeader === true || column.name !== null);
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (options.format === 'csv') {
      const t = raw.trim();
      if (t === '' || t.startsWith('#')) return;
      const fields = splitCsvLine(raw);
      if (!fields) return fail(n, raw, 'unclosed quote');
      if (header) {
        header = false;
        if (column.name !== null) {
          const at = fields.findIndex((f) => f.toLowerCase() === column.name);
          if (at < 0) return fail(n, raw, `no column named "${column.name}" in the header`);
          column.index = at;
        }
        return;
      }
      if (column.index < 0) return; // the header did not name the column: every row is unreadable
      const value = fields[column.index];
      if (value === undefined || value === '') return fail(n, raw, `no value in column ${column.index + 1}`);
      return add(n, raw, value);
    }
    const t = stripComment(raw);
    if (t === '') return;
    if (options.format === 'hosts') {
      const [address, ...names] = t.split(/\s+/);
      if (names.length === 0) return fail(n, raw, 'expected an address and host names');
      if (!address || 'error' in parseIpRange(address) || address.includes('/'))
        return fail(n, raw, 'a hosts line starts with an address');
      for (const name of names) if (!HOSTS_LOCAL.has(name.toLowerCase())) add(n, raw, name);
      return;
    }
    if (options.kind !== 'username' && /\s/.test(t)) return fail(n, raw, 'expected one entry per line');
    add(n, raw, t);
  });
  return { entries: [...seen], errors };
}

function csvColumnOf(options: ListFormatOptions): { index: number; name: string | null } {
  const c = (options.csvColumn ?? '1').trim();
  if (/^\d+$/.test(c) && Number(c) >= 1) return { index: Number(c) - 1, name: null };
  return { index: -1, name: c.toLowerCase() };
}
