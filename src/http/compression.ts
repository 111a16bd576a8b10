// Content codings for text responses: brotli or gzip, picked from Accept-Encoding (q-values
// honoured, the client's preference first, brotli on a tie). Pages from the page cache are
// compressed once per coding, off the main thread, and kept with the page; everything else is
// compressed whole as it is sent, at the cheaper levels dynamic content wants.
//
// A rendered page is whole in memory before it is sent, so it is compressed in one call, with
// brotli's window sized to the body, rather than through a compressing stream (2026-12-06, issue
// 17). A stream per response allocated brotli's default 4 MB window and its hash tables (reported
// to V8 as outside memory, so more collections), hopped to libuv's thread pool and back for
// every 16 KB and wrote each piece to the socket as a chunk of its own: 1.9 CPU ms for the 86 KB
// article at quality 4, against 0.5 ms in one call (docs/scaling.md).
import { type Transform } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The content codings Silkpress sends. */
export type ContentCoding = 'br' | 'gzip';

/** Preference on equal q-values: brotli is smaller, gzip understood everywhere. */
const SERVER_ORDER: readonly (ContentCoding | 'identity')[] = ['br', 'gzip', 'identity'];

/**
 * The coding for a request's Accept-Encoding (RFC 9110 §12.5.3), or null for the identity: no
 * header, nothing acceptable, or the identity preferred. The highest q-value wins, brotli on a
 * tie; `*` stands for every coding not named; `q=0` refuses one (even under `*`); `x-gzip` is
 * gzip's old name. (@fastify/accept-negotiator answers br for `br;q=0, *`.)
 */
export function negotiateCoding(acceptEncoding: string | string[] | undefined): ContentCoding | null {
  if (typeof acceptEncoding !== 'string' || acceptEncoding.trim() === '') return null;
  const named = new Map<string, number>();
  for (const item of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = item.split(';').map((p) => p.trim());
    if (!name) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    named.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0);
  }
  const star = named.get('*');
  const qOf = (coding: ContentCoding | 'identity'): number =>
    named.get(coding) ?? star ?? (coding === 'identity' ? 0.001 : 0);
  let best: ContentCoding | 'identity' | null = null;
  let bestQ = 0;
  for (const coding of SERVER_ORDER) {
    const q = qOf(coding);
    if (q > bestQ) [best, bestQ] = [coding, q];
  }
  return best === 'br' || best === 'gzip' ? best : null;
}

/** Text formats worth compressing: HTML, CSS, JS, XML (feeds, sitemaps), JSON, SVG, manifests. */
const COMPRESSIBLE = /^text\/(?!event-stream)|[/+](?:json|xml|javascript)(?:;|$)/;

/** True when a response of this Content-Type is compressed. */
export function isCompressible(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType);
}

/** Bodies smaller than this are sent as they are (a coding's headers would eat the saving). */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Bodies up to this size are compressed on the main thread, at once: brotli 4 takes about 1.5 ms
 * for 256 KB, less than the hop to the thread pool and back costs a smaller page. Larger bodies
 * (a page with hundreds of comments) go to the thread pool, so the event loop is not held for
 * longer.
 */
export const COMPRESS_ON_THREAD_MAX_BYTES = 256 * 1024;

/**
 * Brotli's window (log2 of its size, 10–24) for a body of `size` bytes: the smallest that holds
 * the whole body. A larger window only costs memory (and its zeroing): brotli never refers further
 * back than the start of the body. Brotli's own default is 22, a 4 MB ring buffer per encoder.
 */
export function brotliWindowBits(size: number): number {
  const { BROTLI_MIN_WINDOW_BITS, BROTLI_MAX_WINDOW_BITS } = zlib.constants;
  let bits = BROTLI_MIN_WINDOW_BITS;
  // The usable window is 16 bytes short of the ring buffer (brotli's encode.h).
  while (bits < BROTLI_MAX_WINDOW_BITS && 2 ** bits - 16 < size) bits++;
  return bits;
}

/**
 * Brotli quality for bodies compressed once and sent many times (cached pages, theme assets).
 * Brotli 11 would save another 14% on an article page but costs 50–70 ms of CPU per page; 6 costs
 * about a millisecond, and each cached page is compressed at most once per coding.
 */
const STORED_BROTLI_QUALITY = 6;
const STORED_GZIP = { level: 9 };

/**
 * Brotli quality for bodies compressed as they are sent (uncached pages). On the 86 KB article
 * with 50 comments (one call, window sized to the body): quality 4 gives 11.7% of the size in
 * 0.53 ms, 3 gives 12.7% in 0.26 ms, 5 gives 11.4% in 0.76 ms; gzip 6 gives 13.6% in 0.57 ms.
 */
const ON_THE_FLY_BROTLI_QUALITY = 4;
const ON_THE_FLY_GZIP = { level: 6 };

/** Brotli options for a body of `size` bytes at `quality`: text mode, its size and a window to fit. */
function brotliOptions(quality: number, size: number): zlib.BrotliOptions {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
      [zlib.constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(size),
    },
  };
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Compresses a body to be kept and sent many times, in libuv's thread pool. */
export function compressStored(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  return coding === 'br'
    ? brotli(body, brotliOptions(STORED_BROTLI_QUALITY, body.length))
    : gzip(body, STORED_GZIP);
}

/**
 * Compresses a body sent once (an uncached page, an admin page, JSON), whole: on the main thread
 * when it is small enough (the result is returned), in the thread pool otherwise (a promise).
 */
export function compressOnce(body: Buffer, coding: ContentCoding): Buffer | Promise<Buffer> {
  const onThread = body.length <= COMPRESS_ON_THREAD_MAX_BYTES;
  if (coding === 'br') {
    const options = brotliOptions(ON_THE_FLY_BROTLI_QUALITY, body.length);
    return onThread ? zlib.brotliCompressSync(body, options) : brotli(body, options);
  }
  return onThread ? zlib.gzipSync(body, ON_THE_FLY_GZIP) : gzip(body, ON_THE_FLY_GZIP);
}

/** A stream compressing a body of unknown length as it is sent (a streamed response). */
export function compressingStream(coding: ContentCoding): Transform {
  return coding === 'br'
    ? zlib.createBrotliCompress({
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: ON_THE_FLY_BROTLI_QUALITY,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        },
      })
    : zlib.createGzip(ON_THE_FLY_GZIP);
}

/** A body kept with its compressed forms, each made on first demand and then reused. */
export class CompressedVariants {
  private readonly made: Partial<Record<ContentCoding, Promise<Buffer>>> = {};
  /** How many times the body was compressed (at most once per coding). */
  compressions = 0;

  /** `keep` may move a compressed form into memory of its own (a cached page's pooled memory). */
  constructor(
    readonly body: Buffer,
    private readonly keep: (compressed: Buffer) => Buffer = (compressed) => compressed,
  ) {}

  /** The body in `coding` (compressed once; later calls share the result). */
  get(coding: ContentCoding): Promise<Buffer> {
    let made = this.made[coding];
    if (!made) {
      this.compressions++;
      made = this.made[coding] = compressStored(this.body, coding).then(this.keep);
    }
    return made;
  }
}

/**
 * The ETag of one coding of a representation: a strong validator must differ between codings
 * (RFC 9110 §8.8.3), so `"v"` becomes `"v-br"` or `"v-gz"`.
 */
export function etagForCoding(etag: string, coding: ContentCoding | null): string {
  if (!coding) return etag;
  return `${etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;
}

/** The identity ETag an ETag of any coding was made from (for If-None-Match). */
export function baseEtag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/-(?:br|gz)"$/, '"');
}
