// Requests outsiders send that are not ordinary: malformed HTTP, headers too large, two Host
// headers, a body too large or of a type a route does not take. Browsers get the site's error page
// with a heading for the status; clients asking only for JSON get the coded JSON error. Sent over
// a real socket, because Node's HTTP parser refuses some before Fastify (and app.inject) sees them.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';

/** Sends raw bytes and collects everything the server answers until it closes the connection. */
function exchange(port: number, data: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(data));
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const headingOf = (response: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(response)?.[1]?.trim();
const BROWSER = 'Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n';
const CLOSE = 'Connection: close\r\n';

describe('malformed and unusual requests', () => {
  let site: TestSite;
  let port: number;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    port = (site.app.server.address() as { port: number }).port;
  });
  afterAll(async () => site?.close());

  it.each([
    ['a garbage request line', 'GARBAGE\r\n\r\n', 400, 'Bad request'],
    [
      'a header name with a space',
      `GET / HTTP/1.1\r\nHost: x\r\n${BROWSER}Bad Header: x\r\n\r\n`,
      400,
      'Bad request',
    ],
    [
      'a Content-Length that is not a number',
      `POST / HTTP/1.1\r\nHost: x\r\n${BROWSER}Content-Length: abc\r\n\r\n`,
      400,
      'Bad request',
    ],
    [
      'headers over the size limit',
      `GET / HTTP/1.1\r\nHost: x\r\n${BROWSER}Cookie: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'Request headers too large',
    ],
  ])('%s: the site’s error page, then the connection closes', async (_name, request, status, heading) => {
    const response = await exchange(port, request);
    expect(statusOf(response)).toBe(status);
    expect(response).toMatch(/\r\ncontent-type: text\/html; charset=utf-8\r\n/i);
    expect(response).toMatch(/\r\ncache-control: no-store\r\n/i);
    expect(response).toContain('<!doctype html>');
    expect(headingOf(response)).toBe(heading);
    const length = Number(/\r\ncontent-length: (\d+)\r\n/i.exec(response)?.[1]);
    expect(Buffer.byteLength(response.slice(response.indexOf('\r\n\r\n') + 4))).toBe(length);
  });

  it('a malformed request from a client asking only for JSON gets the coded JSON error', async () => {
    const response = await exchange(
      port,
      `GET / HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\nBad Header: x\r\n\r\n`,
    );
    expect(statusOf(response)).toBe(400);
    const body = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as { error: { code: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
  });

  it('refuses two Host headers with 400', async () => {
    const response = await exchange(
      port,
      `GET / HTTP/1.1\r\nHost: news.test\r\nHost: evil.test\r\n${BROWSER}${CLOSE}\r\n`,
    );
    expect(statusOf(response)).toBe(400);
    expect(headingOf(response)).toBe('Bad request');
    const one = await exchange(port, `GET / HTTP/1.1\r\nHost: news.test\r\n${BROWSER}${CLOSE}\r\n`);
    expect(statusOf(one)).toBe(200);
    // The Akismet API reads its key from the Host header: two of them are refused there too.
    const akismet = await exchange(
      port,
      `POST /1.1/verify-key HTTP/1.1\r\nHost: a1b2c3d4e5f6.news.test\r\nHost: news.test\r\n${CLOSE}Content-Length: 0\r\n\r\n`,
    );
    expect(statusOf(akismet)).toBe(400);
  });

  it('a body too large is a 413 page; a content type a route does not take is a 415 page', async () => {
    const big = await exchange(
      port,
      `POST /privacy/requests HTTP/1.1\r\nHost: x\r\n${BROWSER}${CLOSE}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 2000000\r\n\r\nemail=a`,
    );
    expect(statusOf(big)).toBe(413);
    expect(headingOf(big)).toBe('Too large');
    const xml = await site.app.inject({
      method: 'POST',
      url: '/privacy/requests',
      headers: { 'content-type': 'text/xml', accept: 'text/html' },
      payload: '<x/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(headingOf(xml.body)).toBe('Unsupported content type');
    const json = await site.app.inject({
      method: 'POST',
      url: '/privacy/requests',
      headers: { 'content-type': 'text/xml', accept: 'application/json' },
      payload: '<x/>',
    });
    expect(json.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('the admin shows the same heading for the same status', async () => {
    const res = await site.app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { 'content-type': 'text/xml', accept: 'text/html' },
      payload: '<x/>',
    });
    expect(res.statusCode).toBe(415);
    expect(headingOf(res.body)).toBe('Unsupported content type');
  });
});
