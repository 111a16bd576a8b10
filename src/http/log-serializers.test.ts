import { describe, expect, it } from 'vitest';
import { serializeRequest } from './log-serializers.ts';

describe('serializeRequest', () => {
  it('keeps method and path, drops the address, host and query string', () => {
    const logged = serializeRequest({
      method: 'GET',
      url: '/privacy/confirm?token=secret&email=a@example.org',
      ...{ ip: '203.0.113.9', remoteAddress: '203.0.113.9', hostname: 'news.test' },
    } as { method: string; url: string });
    expect(logged).toEqual({ method: 'GET', url: '/privacy/confirm' });
    expect(JSON.stringify(logged)).not.toMatch(/203\.0\.113\.9|secret|example\.org/);
  });
});
