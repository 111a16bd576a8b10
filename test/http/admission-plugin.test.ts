// Admission control sees every request that waits, not only those that wait on something other
// than the CPU: requests read in one turn of the event loop are all in the gate before the first
// of them starts (issue 17, 2026-12-06). Before, a request whose work never waits (rendering
// from SQLite) started inside the hook and ended before the next socket was read, so the gate
// counted nothing waiting however many requests were, and never refused. Real sockets: the
// requests must reach the server together, as they do under load.
import { connect, type Socket } from 'node:net';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AdmissionGate } from '../../src/http/admission-gate.ts';
import { installAdmissionControl } from '../../src/http/admission-plugin.ts';

const app = Fastify();
let gate: AdmissionGate;
let port = 0;
let accepted = 0;
const waitingWhenStarted: number[] = [];

beforeAll(async () => {
  gate = installAdmissionControl(app, { concurrency: 1, maxQueue: 100, maxWaitMs: 1e9 }, () => 'busy');
  // Work that never waits, like a page rendered from SQLite.
  app.get('/work', async () => {
    waitingWhenStarted.push(gate.stats().queued);
    return 'done';
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  app.server.on('connection', () => (accepted += 1));
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => app.close());

function connected(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}

function responseOf(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('admission control with work that never waits', () => {
  it('queues the requests that arrive together and starts them one by one', async () => {
    const sockets = await Promise.all(Array.from({ length: 6 }, connected));
    const responses = sockets.map(responseOf);
    // The server has taken every connection, so the six requests become readable together.
    await vi.waitFor(() => expect(accepted).toBe(6));
    // Written in one go: the server reads all six in its next turn.
    for (const socket of sockets)
      socket.write('GET /work HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n');
    const texts = await Promise.all(responses);
    for (const text of texts) expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(waitingWhenStarted).toHaveLength(6);
    // The first to start saw the other five waiting in the gate.
    expect(waitingWhenStarted[0]).toBe(5);
    expect(gate.stats()).toMatchObject({ active: 0, queued: 0, admitted: 6, refused: 0 });
    expect(gate.stats().drainMs).toBeGreaterThan(0);
  });
});
