// A real S3-compatible server for tests: s3rver on a free loopback port, storing objects in a
// temporary folder removed when it stops. Its default credentials (S3RVER/S3RVER) are the ones
// it checks signatures against.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Options } from '../../src/media/s3-media-store.ts';

export interface TestS3 {
  endpoint: string;
  options(bucket: string): S3Options;
  /** The environment a site needs to keep its media in `bucket`. */
  env(bucket: string, extra?: Record<string, string>): Record<string, string>;
  createBucket(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'silkpress-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  const options = (bucket: string): S3Options => ({
    endpoint,
    bucket,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    prefix: '',
    pathStyle: true,
  });
  return {
    endpoint,
    options,
    env: (bucket, extra = {}) => ({
      MEDIA_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      ...extra,
    }),
    async createBucket(name) {
      // s3rver accepts any well-formed signature for bucket creation from its own credentials.
      const { AwsClient } = await import('aws4fetch');
      const client = new AwsClient({
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        service: 's3',
        region: 'us-east-1',
      });
      const res = await client.fetch(`${endpoint}/${name}`, { method: 'PUT' });
      if (!res.ok && res.status !== 409)
        throw new Error(`could not create bucket ${name}: ${res.status} ${await res.text()}`);
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
