// The contract every MediaStore keeps (src/media/media-store.ts), run against each implementation
// by its own test file: put/size/get/open/delete, content-addressed re-puts, atomic writes
// under concurrency, and names that could escape the store refused.
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import type { MediaStore } from '../../src/media/media-store.ts';

export function mediaStoreContract(
  name: string,
  open: () => Promise<{ store: MediaStore; close(): Promise<void> }>,
  /** Why the store under test cannot show atomic replacement (the real service guarantees it). */
  options: { notAtomicUnderTest?: string } = {},
): void {
  describe(`MediaStore contract [${name}]`, () => {
    const withStore = async (fn: (store: MediaStore) => Promise<void>) => {
      const { store, close } = await open();
      try {
        await fn(store);
      } finally {
        await close();
      }
    };
    const bytes = (n: number, seed: number) =>
      Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 256));

    it('stores a file and gives back the same bytes, its size and a stream of it', () =>
      withStore(async (store) => {
        const data = bytes(70_000, 1);
        await store.put('aaaaaaaaaaaaaaaa-640w.webp', data, 'image/webp');
        expect(await store.size('aaaaaaaaaaaaaaaa-640w.webp')).toBe(70_000);
        expect((await store.get('aaaaaaaaaaaaaaaa-640w.webp'))?.equals(data)).toBe(true);
        const opened = await store.open('aaaaaaaaaaaaaaaa-640w.webp');
        expect(opened?.size).toBe(70_000);
        expect((await buffer(opened!.body)).equals(data)).toBe(true);
      }));

    it('answers null for a file it does not hold, and deleting one is not an error', () =>
      withStore(async (store) => {
        expect(await store.size('bbbbbbbbbbbbbbbb-320w.jpg')).toBeNull();
        expect(await store.get('bbbbbbbbbbbbbbbb-320w.jpg')).toBeNull();
        expect(await store.open('bbbbbbbbbbbbbbbb-320w.jpg')).toBeNull();
        await store.delete('bbbbbbbbbbbbbbbb-320w.jpg');
      }));

    it('deletes a file', () =>
      withStore(async (store) => {
        await store.put('cccccccccccccccc-320w.png', bytes(10, 2), 'image/png');
        await store.delete('cccccccccccccccc-320w.png');
        expect(await store.size('cccccccccccccccc-320w.png')).toBeNull();
      }));

    it.skipIf(options.notAtomicUnderTest !== undefined)(
      `a reader sees a whole file or none while writers race on the same name${options.notAtomicUnderTest ? ` (skipped: ${options.notAtomicUnderTest})` : ''}`,
      () =>
        withStore(async (store) => {
          const data = bytes(200_000, 3);
          const name = 'dddddddddddddddd-1280w.jpg';
          const seen: (number | null)[] = [];
          await Promise.all([
            ...Array.from({ length: 4 }, () => store.put(name, data, 'image/jpeg')),
            ...Array.from({ length: 8 }, async () => {
              const got = await store.get(name);
              seen.push(got === null ? null : got.equals(data) ? got.length : -1);
            }),
          ]);
          expect(seen.every((s) => s === null || s === data.length)).toBe(true);
          expect((await store.get(name))?.equals(data)).toBe(true);
        }),
    );

    it('refuses names that are not one safe path segment', () =>
      withStore(async (store) => {
        for (const bad of ['../etc/passwd', 'a/b.png', '..', '.hidden', '', 'x'.repeat(300)]) {
          await expect(store.put(bad, bytes(1, 4), 'image/png'), bad).rejects.toThrow(RangeError);
          await expect(store.size(bad), bad).rejects.toThrow(RangeError);
        }
      }));
  });
}
