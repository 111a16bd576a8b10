// NetworkReportRepo's contract on SQLite and PostgreSQL: a hub's client reports stored with their
// campaign features and read back unchanged (fingerprint, link domains, network, author), paged
// in id order by cursor, selected by time or by id, and pruned by age.
import { expect, it } from 'vitest';
import { ApiKeyRepo } from '../../src/spam/network/api-key-repo.ts';
import { minhash } from '../../src/spam/context/minhash.ts';
import { NetworkReportRepo } from '../../src/spam/network/network-report-repo.ts';
import { describeEachDialect } from '../support/test-db.ts';

const t0 = Date.parse('2026-11-26T12:00:00.000Z');
const iso = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();

describeEachDialect('NetworkReportRepo contract', (get) => {
  it('stores reports with their features and pages them by id, by time or id, then prunes by age', async () => {
    const key = await new ApiKeyRepo(get().db).create({
      key_hash: 'h',
      key_prefix: 'p',
      label: 'client',
      site_url: null,
      rate_limit: 60,
      created_at: iso(0),
    });
    const r = new NetworkReportRepo(get().db);
    const print = minhash('Buy cheap watches now at our wonderful online store today, friends');
    const added = [];
    for (let i = 0; i < 5; i++)
      added.push(
        await r.add({
          keyId: key.id,
          verdictId: null,
          decision: i === 4 ? 'ham' : 'spam',
          print: i === 3 ? new Uint16Array(0) : print,
          links: i === 2 ? [] : ['watches.example', 'shop.example'],
          network: i === 1 ? null : '203.0.113.0/24',
          author: i === 0 ? 'watch seller' : null,
          createdAt: t0 + i * 60_000,
        }),
      );
    const ids = added.map((a) => a.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    const all = await r.since(iso(0), 0, 0, 100);
    expect(all.map((x) => x.id)).toEqual(ids);
    const a0 = added[0]!;
    expect(all[0]).toEqual({
      id: a0.id,
      keyId: key.id,
      decision: 'spam',
      print: all[0]!.print,
      links: ['watches.example', 'shop.example'],
      network: '203.0.113.0/24',
      author: 'watch seller',
      createdAt: t0,
    });
    expect([...all[0]!.print]).toEqual([...print]);
    expect(all[2]!.links).toEqual([]);
    expect(all[1]!.network).toBeNull();
    expect(all[3]!.print).toHaveLength(0);
    expect(all[4]!.decision).toBe('ham');
    expect(all.map((x) => x.createdAt)).toEqual(added.map((x) => x.createdAt));

    // Pages: two at a time from a cursor.
    const page1 = await r.since(iso(0), 0, 0, 2);
    const page2 = await r.since(iso(0), 0, page1.at(-1)!.id, 2);
    expect([...page1, ...page2].map((x) => x.id)).toEqual(ids.slice(0, 4));
    // Newer than a time, or above an id, whichever admits more.
    expect((await r.since(iso(3), ids.at(-1)!, 0, 100)).map((x) => x.id)).toEqual(ids.slice(3));
    expect((await r.since(iso(60), ids[1]!, 0, 100)).map((x) => x.id)).toEqual(ids.slice(2));

    await r.prune(iso(2));
    expect((await r.since(iso(0), 0, 0, 100)).map((x) => x.id)).toEqual(ids.slice(2));
  });
});
