// The redirects table's contract on SQLite and PostgreSQL: the WXR import writes legacy paths
// (WxrImportRepo.addRedirects: within one call the last entry for a path wins; a path already
// stored keeps its target across later calls and re-runs) and RedirectRepo.find answers by the
// normalised key, non-ASCII paths included.
import { expect, it } from 'vitest';
import { legacyPathKey } from '../../src/content/legacy-path-key.ts';
import { RedirectRepo } from '../../src/content/redirect-repo.ts';
import { WxrImportRepo } from '../../src/importers/wxr/wxr-import-repo.ts';
import { describeEachDialect } from '../support/test-db.ts';

const t0 = new Date('2026-11-26T12:00:00.000Z');

describeEachDialect('redirects contract', (get) => {
  it('stores one target per legacy path and finds it by its key', async () => {
    const writer = new WxrImportRepo(get().db, get().dialect);
    const reader = new RedirectRepo(get().db);
    const cyrillic = legacyPathKey('/2024/05/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82/');
    await writer.addRedirects(
      [
        { from: legacyPathKey('/2024/05/hello-world/'), to: '/article/hello-world' },
        { from: legacyPathKey('/?p=12'), to: '/article/hello-world' },
        { from: cyrillic, to: '/article/privet' },
        { from: legacyPathKey('/2024/05/hello-world'), to: '/article/a-later-duplicate' },
      ],
      t0,
    );
    // A re-run does not move an existing redirect.
    await writer.addRedirects([{ from: legacyPathKey('/?p=12'), to: '/article/elsewhere' }], t0);

    expect(await reader.find(legacyPathKey('/2024/05/hello-world/?utm_source=x'))).toBe(
      '/article/a-later-duplicate',
    );
    expect(await reader.find(legacyPathKey('/?p=12&utm_medium=y'))).toBe('/article/hello-world');
    expect(await reader.find(legacyPathKey('/2024/05/привет/'))).toBe('/article/privet');
    expect(await reader.find(legacyPathKey('/2024/05/unknown/'))).toBeNull();
    const rows = await get().db.selectFrom('redirects').select('from_path').execute();
    expect(rows).toHaveLength(3);
  });
});
