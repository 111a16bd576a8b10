// Reading a reputation list from a real HTTP server and from files: conditional requests, the
// time and size limits, redirects, gzip, and a file read again only when it changes.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchList } from '../../src/spam/lists/fetch-list.ts';

const limits = { timeoutMs: 300, maxBytes: 1000 };
const none = { etag: null, lastModified: null };

describe('fetchList over HTTP', () => {
  let server: Server;
  const seen: Record<string, string | undefined>[] = [];
  const url = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({
        path: req.url,
        ims: req.headers['if-modified-since'],
        inm: req.headers['if-none-match'],
        ua: req.headers['user-agent'],
      });
      const lm = 'Wed, 02 Dec 2026 10:00:00 GMT';
      switch (req.url) {
        case '/list':
          if (req.headers['if-modified-since'] === lm) return res.writeHead(304).end();
          return res.writeHead(200, { 'last-modified': lm }).end('203.0.113.7\n');
        case '/slow':
          return setTimeout(() => res.writeHead(200).end('203.0.113.7\n'), 2000).unref();
        case '/big':
          return res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000));
        case '/big-chunked':
          res.writeHead(200);
          for (let i = 0; i < 10; i++) res.write('203.0.113.7\n'.repeat(20));
          return res.end();
        case '/gz':
          return res.writeHead(200).end(gzipSync('bad.example\n'));
        case '/moved':
          return res.writeHead(301, { location: '/list' }).end();
        default:
          return res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends If-Modified-Since and reads a 304 as unchanged; sends only the validators', async () => {
    const first = await fetchList(url('/list'), none, limits);
    expect(first).toEqual({
      status: 'changed',
      body: '203.0.113.7\n',
      etag: null,
      lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT',
    });
    if (first.status !== 'changed') throw new Error('unreachable');
    expect(await fetchList(url('/list'), first, limits)).toEqual({ status: 'unchanged' });
    expect(seen.at(-1)).toEqual({
      path: '/list',
      ims: 'Wed, 02 Dec 2026 10:00:00 GMT',
      inm: undefined,
      ua: 'Silkpress reputation-list refresh',
    });
  });

  it('follows redirects and unpacks gzip', async () => {
    expect(await fetchList(url('/moved'), none, limits)).toMatchObject({ body: '203.0.113.7\n' });
    expect(await fetchList(url('/gz'), none, limits)).toMatchObject({ body: 'bad.example\n' });
  });

  it.each([
    ['/slow', 'no answer within 300 ms'],
    ['/big', 'list is 5000 bytes, over the 1000-byte limit'],
    ['/big-chunked', 'list is over the 1000-byte limit'],
    ['/missing', 'HTTP 404 Not Found'],
  ])('%s fails: %s', async (path, message) => {
    await expect(fetchList(url(path), none, limits)).rejects.toThrow(message);
  });

  it('says when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetchList(`http://127.0.0.1:${port}/list`, none, limits)).rejects.toThrow(
      'could not connect (ECONNREFUSED)',
    );
  });

  it('refuses other schemes', async () => {
    await expect(fetchList('ftp://127.0.0.1/list', none, limits)).rejects.toThrow(
      'only http(s) URLs and file paths',
    );
  });
});

describe('fetchList from a file', () => {
  it('reads it, then again only when its modification time moves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkpress-lists-'));
    const path = join(dir, 'ips.txt');
    writeFileSync(path, '198.51.100.0/24\n');
    utimesSync(path, new Date('2026-12-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    const first = await fetchList(path, none, limits);
    expect(first).toEqual({
      status: 'changed',
      body: '198.51.100.0/24\n',
      etag: null,
      lastModified: '2026-12-01T00:00:00.000Z',
    });
    expect(
      await fetchList(`file://${path}`, { etag: null, lastModified: '2026-12-01T00:00:00.000Z' }, limits),
    ).toEqual({
      status: 'unchanged',
    });
    writeFileSync(path, 'x'.repeat(2000));
    await expect(
      fetchList(path, { etag: null, lastModified: '2026-12-01T00:00:00.000Z' }, limits),
    ).rejects.toThrow('list is 2000 bytes, over the 1000-byte limit');
    await expect(fetchList(join(dir, 'missing.txt'), none, limits)).rejects.toThrow(
      /cannot read .*missing.txt \(ENOENT\)/,
    );
  });
});
