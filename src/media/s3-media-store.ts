// Media in S3-compatible object storage (AWS S3, MinIO, Ceph, Garage, R2…), so several instances
// share one store without a shared folder (docs/scaling.md, "Media"). Requests are signed with
// AWS Signature V4 by aws4fetch (a small, dependency-free signer over fetch) rather than the
// full AWS SDK: five object calls do not need a hundred packages. Objects are written with
// their content type and an immutable Cache-Control (names are content hashes).
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import { assertMediaName, type MediaObject, type MediaStore } from './media-store.ts';

/** Where the bucket is and how to reach it. */
export interface S3Options {
  /** Service endpoint, e.g. https://s3.eu-central-1.amazonaws.com or http://127.0.0.1:9000. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Key prefix inside the bucket ('' or ending in '/'), e.g. 'media/'. */
  prefix: string;
  /** true: https://endpoint/bucket/key (MinIO and most self-hosted); false: https://bucket.endpoint/key. */
  pathStyle: boolean;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Public base URL of the bucket (or a CDN in front of it) where readers fetch objects. */
  publicUrl?: string | undefined;
}

/** Thrown when the object store answers with an error. */
export class MediaStoreError extends Error {}

export class S3MediaStore implements MediaStore {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(private readonly options: S3Options) {
    this.client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      service: 's3',
      region: options.region,
      retries: 2,
    });
    const endpoint = new URL(options.endpoint);
    const root = endpoint.href.replace(/\/+$/, '');
    this.base = options.pathStyle
      ? `${root}/${encodeURIComponent(options.bucket)}`
      : `${endpoint.protocol}//${options.bucket}.${endpoint.host}${endpoint.pathname.replace(/\/+$/, '')}`;
  }

  get location(): string {
    return `${this.base}/${this.options.prefix}`;
  }

  publicUrl(name: string): string | null {
    return this.options.publicUrl ? `${this.options.publicUrl}/${this.key(name)}` : null;
  }

  /** The object's key in the bucket. */
  key(name: string): string {
    assertMediaName(name);
    return `${this.options.prefix}${name}`;
  }

  private url(name: string): string {
    return `${this.base}/${this.key(name)}`;
  }

  private async call(method: string, name: string, init: RequestInit = {}): Promise<Response> {
    return this.client.fetch(this.url(name), {
      ...init,
      method,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
  }

  private async fail(what: string, name: string, res: Response): Promise<never> {
    const text = (await res.text().catch(() => '')).slice(0, 300);
    throw new MediaStoreError(
      `${what} ${this.key(name)} in bucket ${this.options.bucket}: HTTP ${res.status} ${text}`,
    );
  }

  async put(name: string, data: Buffer, contentType: string): Promise<void> {
    const res = await this.call('PUT', name, {
      body: new Blob([new Uint8Array(data)]),
      headers: {
        'Content-Type': contentType,
        'Content-Length': String(data.length),
        'Cache-Control': 'public, max-age=31536000, immutable',
      },
    });
    if (!res.ok) await this.fail('storing', name, res);
    await res.arrayBuffer();
  }

  async size(name: string): Promise<number | null> {
    const res = await this.call('HEAD', name);
    if (res.status === 404) return null;
    if (!res.ok) await this.fail('looking up', name, res);
    return Number(res.headers.get('content-length') ?? 'NaN');
  }

  async get(name: string): Promise<Buffer | null> {
    const res = await this.call('GET', name);
    if (res.status === 404) {
      await res.arrayBuffer();
      return null;
    }
    if (!res.ok) await this.fail('reading', name, res);
    return Buffer.from(await res.arrayBuffer());
  }

  async open(name: string): Promise<MediaObject | null> {
    const res = await this.call('GET', name);
    if (res.status === 404) {
      await res.arrayBuffer();
      return null;
    }
    if (!res.ok || !res.body) return this.fail('reading', name, res);
    return {
      size: Number(res.headers.get('content-length') ?? 'NaN'),
      body: Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>),
    };
  }

  async delete(name: string): Promise<void> {
    const res = await this.call('DELETE', name);
    if (!res.ok && res.status !== 404) await this.fail('deleting', name, res);
    await res.arrayBuffer();
  }
}
