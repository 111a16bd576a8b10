// The S3 media store against a real S3-compatible server on loopback: s3rver (npm), which
// implements the object calls over HTTP, checks AWS Signature V4 and stores objects on disk, so
// the requests Silkpress signs and sends are the ones a real bucket receives. (MinIO and the like
// are not packaged for Debian; s3rver installs with npm ci.) The same contract as the folder
// store, plus what only a bucket has: the key prefix, the content type and immutable
// Cache-Control on every object, and a clear error for a wrong secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaStoreError, S3MediaStore, type S3Options } from '../../src/media/s3-media-store.ts';
import { mediaStoreContract } from './media-store-contract.ts';
import { startS3Server, type TestS3 } from './s3-server.ts';

let s3: TestS3;
let bucketNo = 0;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => s3?.stop());

const optionsFor = (bucket: string, extra: Partial<S3Options> = {}): S3Options => ({
  ...s3.options(bucket),
  ...extra,
});

mediaStoreContract(
  'S3 (s3rver on loopback)',
  async () => {
    const bucket = `contract-${(bucketNo += 1)}`;
    await s3.createBucket(bucket);
    return { store: new S3MediaStore(optionsFor(bucket, { prefix: 'media/' })), close: async () => {} };
  },
  {
    notAtomicUnderTest:
      's3rver writes an object to disk as it arrives, so a concurrent GET can see part of it; S3 itself replaces objects atomically (strong read-after-write consistency)',
  },
);

describe('S3 media store specifics', () => {
  it('writes under the key prefix with the content type and an immutable Cache-Control', async () => {
    await s3.createBucket('specifics');
    const store = new S3MediaStore(optionsFor('specifics', { prefix: 'site-a/media/' }));
    await store.put('ffffffffffffffff-640w.webp', Buffer.from('webp bytes'), 'image/webp');
    const raw = await fetch(`${s3.endpoint}/specifics/site-a/media/ffffffffffffffff-640w.webp`);
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toBe('image/webp');
    expect(raw.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await raw.text()).toBe('webp bytes');
    expect(store.location).toBe(`${s3.endpoint}/specifics/site-a/media/`);
  });

  it('says which key and bucket failed when the store refuses (unknown credentials)', async () => {
    await s3.createBucket('refusing');
    const store = new S3MediaStore(optionsFor('refusing', { accessKeyId: 'NOT-A-KEY' }));
    const put = store.put('1111111111111111-320w.png', Buffer.from('x'), 'image/png');
    await expect(put).rejects.toThrow(MediaStoreError);
    await expect(put).rejects.toThrow(/1111111111111111-320w\.png in bucket refusing: HTTP 403/);
  });
});
