// Content codings for text responses: brotli or gzip, picked from Accept-Encoding (q-values
// honoured, the client's preference first, brotli on a tie). Pages from the page cache are
// compressed once per coding, off the main thread, and kept with the page; everything else is
// compressed as it is sent, at the cheaper levels dynamic content wants.
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
 * Levels for bodies compressed once and sent many times (cached pages, theme assets). Brotli 11
 * would save another 14% on an article page but costs 50–70 ms of CPU per page; 6 costs about a
 * millisecond, and each cached page is compressed at most once per coding.
 */
const STORED = {
  br: {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  },
  gzip: { level: 9 },
};

/** Levels for bodies compressed as they are sent (uncached pages): brotli 4, gzip 6. */
export const ON_THE_FLY = {
  br: {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  },
  gzip: { level: 6 },
};

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Compresses a body to be kept and sent many times, in libuv's thread pool. */
export function compressStored(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  return coding === 'br'
    ? brotli(body, {
        ...STORED.br,
        params: { ...STORED.br.params, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzip(body, STORED.gzip);
}

/** A stream compressing a body as it is sent. */
export function compressingStream(coding: ContentCoding): Transform {
  return coding === 'br' ? zlib.createBrotliCompress(ON_THE_FLY.br) : zlib.createGzip(ON_THE_FLY.gzip);
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
