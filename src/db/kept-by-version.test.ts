import { describe, expect, it } from 'vitest';
import { KeptByVersion } from './kept-by-version.ts';

describe('KeptByVersion', () => {
  it('answers what was kept only while the content version is the same', () => {
    let version: string | null = 'a';
    const kept = new KeptByVersion<string, number>({ contentVersion: () => version }, new Map());
    const v1 = kept.version();
    expect(kept.get('k', v1)).toBeUndefined();
    kept.set('k', v1, 1);
    expect(kept.get('k', kept.version())).toBe(1);
    version = 'b';
    expect(kept.get('k', kept.version())).toBeUndefined();
  });

  it('keeps nothing when the dialect has no version', () => {
    const store = new Map();
    const kept = new KeptByVersion<string, number>({ contentVersion: () => null }, store);
    kept.set('k', kept.version(), 1);
    expect(store.size).toBe(0);
    expect(kept.get('k', kept.version())).toBeUndefined();
  });
});
