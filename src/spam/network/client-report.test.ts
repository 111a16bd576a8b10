// The Akismet report join: by guid, else by the latest check of the same text with the client's
// key, else a check made now; then learned from (a test request teaches nothing shared).
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../analyze.ts';
import { type ClientReport, reportFromClient } from './client-report.ts';
import { contentHash } from '../service/spam-service.ts';
import type { StoredVerdict } from '../service/verdict-repo.ts';

const input = { content: 'cheap pills here', authorName: 'x' } as unknown as CommentInput;
const verdict = (id: number, guid: string, isTest = false) =>
  ({ id, guid, isTest, input: JSON.stringify(input), fingerprintId: null }) as unknown as StoredVerdict;

function fakes(stored: { byGuid?: StoredVerdict; byContent?: StoredVerdict; checked?: StoredVerdict }) {
  const calls: string[] = [];
  const learned: Array<{ id: number; isTest: boolean; decision: string; options: unknown }> = [];
  const deps = {
    verdicts: {
      findByGuid: async (guid: string, keyId?: number) => {
        calls.push(`guid:${guid}:${keyId ?? '-'}`);
        if (stored.byGuid?.guid === guid) return stored.byGuid;
        if (stored.checked?.guid === guid && keyId === undefined) return stored.checked;
        return null;
      },
      findLatestByContent: async (hash: string, keyId: number) => {
        calls.push(`content:${hash === contentHash(input.content) ? 'same' : 'other'}:${keyId}`);
        return stored.byContent ?? null;
      },
    },
    service: {
      check: async () => {
        calls.push('check');
        return { guid: stored.checked?.guid ?? 'none' } as never;
      },
      learn: async (v: { id: number; isTest: boolean }, decision: string, options?: unknown) => {
        learned.push({ id: v.id, isTest: v.isTest, decision, options });
      },
    },
    network: { report: async () => ({ confirmed: false }) as never },
  };
  return { deps, calls, learned };
}

const client = { id: 7, trusted: true };
const report = (over: Partial<ClientReport> = {}): ClientReport => ({
  guid: null,
  input,
  isTest: false,
  articleKey: null,
  ...over,
});
const now = new Date('2026-12-05T12:00:00Z');

describe('reportFromClient', () => {
  it('joins by the guid the check answered with, for this key', async () => {
    const f = fakes({ byGuid: verdict(1, 'g1') });
    await reportFromClient(f.deps as never, client, report({ guid: 'g1' }), 'spam', now);
    expect(f.calls).toEqual(['guid:g1:7']);
    expect(f.learned).toMatchObject([{ id: 1, decision: 'spam' }]);
  });

  it('falls back to the latest check of the same text with this key', async () => {
    const f = fakes({ byContent: verdict(2, 'g2') });
    await reportFromClient(f.deps as never, client, report({ guid: 'unknown' }), 'not-spam', now);
    expect(f.calls).toEqual(['guid:unknown:7', 'content:same:7']);
    expect(f.learned).toMatchObject([{ id: 2, decision: 'not-spam' }]);
  });

  it('checks a comment never checked, then learns from that check', async () => {
    const f = fakes({ checked: verdict(3, 'g3') });
    await reportFromClient(f.deps as never, client, report(), 'spam', now);
    expect(f.calls).toEqual(['content:same:7', 'check', 'guid:g3:-']);
    expect(f.learned).toMatchObject([{ id: 3 }]);
  });

  it('marks the verdict as a test when the report is one', async () => {
    const f = fakes({ byGuid: verdict(4, 'g4') });
    await reportFromClient(f.deps as never, client, report({ guid: 'g4', isTest: true }), 'spam', now);
    expect(f.learned).toEqual([{ id: 4, isTest: true, decision: 'spam', options: undefined }]);
  });
});
