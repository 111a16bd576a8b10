// Kysely table types of the spam defense: the site's model, verdicts, sources, fingerprints,
// API keys and usage, the network's reports, the upstream outbox and the reputation lists
// (the rest of the schema and the Database type: schema.ts).
import type { Generated } from 'kysely';

/** The site's spam model: one row holding the delta over the built-in model. */
export interface SpamModelTable {
  id: number;
  version: number;
  delta: string;
  updated_at: string;
}

export interface SpamSourcesTable {
  source_key: string;
  updates: number;
  updated_at: string;
}

export interface SpamVerdictsTable {
  id: Generated<number>;
  guid: string;
  comment_id: number | null;
  api_key_id: number | null;
  fingerprint_id: number | null;
  origin: string;
  score: number;
  verdict: string;
  shadow: number;
  is_test: number;
  reasons: string;
  signals: string;
  input: string;
  content_hash: string;
  correction: string | null;
  corrected_at: string | null;
  created_at: string;
  /** What the upstream service answered (upstream.ts's outcomes), null when none is configured. */
  upstream: string | null;
  upstream_guid: string | null;
}

export interface SpamUpstreamReportsTable {
  id: Generated<number>;
  verdict_id: number | null;
  kind: string;
  /** The report's form fields (without the key); emptied once sent or given up. */
  form: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface SpamNetworkReportsTable {
  id: Generated<number>;
  api_key_id: number;
  verdict_id: number | null;
  decision: string;
  /** MinHash as hex ('' for a short text). */
  simhash: string;
  /** Registrable link domains, space-separated. */
  links: string;
  network: string | null;
  author: string | null;
  created_at: string;
}

export interface SpamDiscardsTable {
  day: string;
  count: number;
}

export interface SpamDomainsTable {
  domain: string;
  spam_count: number;
  last_seen: string;
}

export interface SpamFingerprintsTable {
  id: Generated<number>;
  simhash: string;
  ip: string | null;
  network: string | null;
  email: string | null;
  article_key: string | null;
  links: string;
  verdict: string;
  created_at: string;
}

export interface SpamApiKeysTable {
  id: Generated<number>;
  key_hash: string;
  key_prefix: string;
  label: string;
  site_url: string | null;
  rate_limit: number;
  created_at: string;
  revoked_at: string | null;
  /** 1: the hub counts this client's reports alone (docs/spam.md, "The hub"). */
  trusted: Generated<number>;
}

export interface SpamApiUsageTable {
  key_id: number;
  month: string;
  calls: number;
}

export interface SpamListsTable {
  id: Generated<number>;
  name: string;
  kind: string;
  format: string;
  csv_column: string | null;
  /** 1 when the CSV's first line is a header. */
  csv_header: number;
  location: string;
  weight: number;
  action: string;
  refresh_minutes: number;
  enabled: number;
  created_at: string;
  /** The last good copy of the list's text (null until one loaded). */
  body: string | null;
  etag: string | null;
  last_modified: string | null;
  entries: number;
  skipped: number;
  skipped_lines: string;
  version: number;
  loaded_at: string | null;
  checked_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  refresh_claimed_at: string | null;
}
