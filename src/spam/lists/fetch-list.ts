// Reads a list's text from a file or an http(s) URL: a conditional GET (If-None-Match,
// If-Modified-Since; a 304 is "unchanged"), a time limit, a size limit counted while the body
// arrives, and gzip-compressed files unpacked. The request carries no comment data: only the
// URL the operator configured, and the validators of the copy we have.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Limits for one read. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** Default limits: lists of a few hundred thousand entries fit easily. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 32 * 1024 * 1024 };

/** What a read found. */
export type FetchedList =
  | { status: 'unchanged' }
  | { status: 'changed'; body: string; etag: string | null; lastModified: string | null };

/** The validators of the copy we have. */
export interface ListValidators {
  etag: string | null;
  lastModified: string | null;
}

/** The User-Agent lists are requested with (some list servers refuse anonymous clients). */
export const LIST_USER_AGENT = 'Silkpress reputation-list refresh';

function decode(bytes: Uint8Array, maxBytes: number): string {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data, { maxOutputLength: maxBytes });
    } catch (err) {
      throw new Error(`could not unpack the gzip file (or it is over ${maxBytes} bytes unpacked)`, {
        cause: err,
      });
    }
  }
  return new TextDecoder('utf-8').decode(data);
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new Error(`list is ${declared} bytes, over the ${maxBytes}-byte limit`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`list is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function fetchUrl(url: string, have: ListValidators, limits: FetchLimits): Promise<FetchedList> {
  const headers: Record<string, string> = {
    'user-agent': LIST_USER_AGENT,
    accept: 'text/plain, text/csv, */*',
  };
  if (have.etag) headers['if-none-match'] = have.etag;
  if (have.lastModified) headers['if-modified-since'] = have.lastModified;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (err) {
    if (signal.aborted) throw new Error(`no answer within ${limits.timeoutMs} ms`, { cause: err });
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`could not connect (${cause?.code ?? cause?.message ?? String(err)})`, { cause: err });
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: 'unchanged' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(response, limits.maxBytes);
  } catch (err) {
    if (signal.aborted) throw new Error(`list not received within ${limits.timeoutMs} ms`, { cause: err });
    throw err;
  }
  return {
    status: 'changed',
    body: decode(bytes, limits.maxBytes),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}

async function readListFile(path: string, have: ListValidators, limits: FetchLimits): Promise<FetchedList> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${path} (${err.code ?? err.message})`, { cause: err });
  });
  // The file's modification time stands for Last-Modified: an untouched file is not read again.
  const modified = info.mtime.toISOString();
  if (have.lastModified === modified) return { status: 'unchanged' };
  if (info.size > limits.maxBytes)
    throw new Error(`list is ${info.size} bytes, over the ${limits.maxBytes}-byte limit`);
  const bytes = await readFile(path);
  return { status: 'changed', body: decode(bytes, limits.maxBytes), etag: null, lastModified: modified };
}

/** Whether a location is a URL this reader can fetch (otherwise it is a file path). */
export function isUrlLocation(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Reads a list from `location` (an http(s) URL or a file path), unless unchanged since `have`. */
export async function fetchList(
  location: string,
  have: ListValidators,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<FetchedList> {
  if (isUrlLocation(location)) return fetchUrl(location, have, limits);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !location.startsWith('file://'))
    throw new Error('only http(s) URLs and file paths are supported');
  const path = location.startsWith('file://') ? new URL(location).pathname : location;
  return readListFile(path, have, limits);
}
