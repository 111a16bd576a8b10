import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { adminDoor, forwardedRequestId } from './admin-door.ts';

/** A stand-in for the admin's app: echoes what reached it. */
async function innerApp(): Promise<FastifyInstance> {
  const inner = Fastify({ genReqId: forwardedRequestId });
  await inner.register(formbody);
  inner.all('/admin/*', async (request) => ({
    method: request.method,
    url: request.url,
    id: request.id,
    body: request.body ?? null,
  }));
  await inner.ready();
  return inner;
}

let outer: FastifyInstance | null = null;
afterEach(async () => {
  await outer?.close();
  outer = null;
});

async function outerWith(open: () => Promise<FastifyInstance>): Promise<FastifyInstance> {
  outer = Fastify({ genReqId: () => 'outer-id' });
  await outer.register(formbody);
  outer.get('/', async () => 'home');
  await outer.register(adminDoor, { prefix: '/admin', open });
  await outer.ready();
  return outer;
}

describe('adminDoor', () => {
  it('builds the admin app on the first /admin request only, once for requests arriving together', async () => {
    let opened = 0;
    const app = await outerWith(async () => {
      opened++;
      return innerApp();
    });
    expect((await app.inject('/')).body).toBe('home');
    expect(opened).toBe(0);
    const [a, b] = await Promise.all([app.inject('/admin/posts?x=1'), app.inject('/admin/tags')]);
    expect(opened).toBe(1);
    expect(a.json()).toMatchObject({ method: 'GET', url: '/admin/posts?x=1', id: 'outer-id' });
    expect(b.json()).toMatchObject({ url: '/admin/tags' });
  });

  it('hands the body on unread, for the admin app to parse', async () => {
    const app = await outerWith(innerApp);
    const form = await app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40b.test&password=p',
    });
    expect(form.json()).toMatchObject({ method: 'POST', body: { email: 'a@b.test', password: 'p' } });
    const json = await app.inject({ method: 'PUT', url: '/admin/x', payload: { n: 1 } });
    expect(json.json()).toMatchObject({ method: 'PUT', body: { n: 1 } });
  });

  it('answers 500 when the admin app cannot be built, and tries again on the next request', async () => {
    let tries = 0;
    const app = await outerWith(async () => {
      tries++;
      if (tries === 1) throw new Error('not today');
      return innerApp();
    });
    expect((await app.inject('/admin/posts')).statusCode).toBe(500);
    expect((await app.inject('/admin/posts')).statusCode).toBe(200);
    expect(tries).toBe(2);
  });
});
