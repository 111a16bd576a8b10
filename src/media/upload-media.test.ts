// An editor's upload as a use case: each outcome, with the library and the media store in memory.
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { MediaItem, NewMedia } from './media-repo.ts';
import type { MediaObject, MediaStore } from './media-store.ts';
import { uploadMedia, type UploadMediaDeps } from './upload-media.ts';

/** The media store in memory (the MediaStore port: content-addressed names, whole files). */
class MemoryMediaStore implements MediaStore {
  readonly files = new Map<string, { data: Buffer; contentType: string }>();
  readonly location = 'memory';
  async put(name: string, data: Buffer, contentType: string): Promise<void> {
    this.files.set(name, { data, contentType });
  }
  async size(name: string): Promise<number | null> {
    return this.files.get(name)?.data.length ?? null;
  }
  async get(name: string): Promise<Buffer | null> {
    return this.files.get(name)?.data ?? null;
  }
  async open(name: string): Promise<MediaObject | null> {
    const file = this.files.get(name);
    return file ? { size: file.data.length, body: Readable.from([file.data]) } : null;
  }
  async delete(name: string): Promise<void> {
    this.files.delete(name);
  }
  publicUrl(): string | null {
    return null;
  }
}

function harness() {
  const items: MediaItem[] = [];
  const audit: Array<{ action: string; target: string; details: Record<string, unknown> }> = [];
  const store = new MemoryMediaStore();
  const deps: UploadMediaDeps = {
    media: {
      findByHash: async (hash) => items.find((i) => i.hash === hash) ?? null,
      add: async (m: NewMedia, now) => {
        const item = {
          ...m,
          id: items.length + 1,
          src: `/media/${m.files[0]}`,
          createdAt: now.toISOString(),
        };
        items.push(item);
        return item;
      },
    },
    store,
    now: () => new Date('2026-03-20T12:00:00Z'),
    audit: async (entry) => void audit.push(entry),
  };
  return { deps, items, audit, store };
}

const png = () =>
  sharp({ create: { width: 640, height: 320, channels: 3, background: { r: 20, g: 120, b: 90 } } })
    .png()
    .toBuffer();

describe('uploadMedia', () => {
  it('stores an image through the media store, records it in the library and the audit log', async () => {
    const h = harness();
    const outcome = await uploadMedia(h.deps, {
      file: { data: await png(), name: 'harbour.png' },
      alt: 'The harbour at dawn',
      uploadedBy: 4,
    });
    expect(outcome).toMatchObject({
      kind: 'stored',
      item: {
        id: 1,
        originalName: 'harbour.png',
        format: 'png',
        width: 640,
        alt: 'The harbour at dawn',
        uploadedBy: 4,
      },
    });
    if (outcome.kind !== 'stored') return;
    expect([...h.store.files.keys()].sort()).toEqual([...outcome.item.files].sort());
    expect(h.store.files.get(outcome.item.files[0]!)?.contentType).toBe('image/png');
    expect(h.audit).toEqual([
      { action: 'media.upload', target: 'media:1', details: { name: 'harbour.png' } },
    ]);
  });

  it('gives back the item already in the library for the same image', async () => {
    const h = harness();
    const data = await png();
    const first = await uploadMedia(h.deps, { file: { data, name: 'a.png' }, alt: '', uploadedBy: 4 });
    const again = await uploadMedia(h.deps, { file: { data, name: 'b.png' }, alt: '', uploadedBy: 5 });
    expect(first).toMatchObject({ kind: 'stored', item: { id: 1 } });
    expect(again).toMatchObject({ kind: 'stored', item: { id: 1, originalName: 'a.png' } });
    expect(h.items).toHaveLength(1);
  });

  it.each([
    ['no file', null],
    ['an empty file', { data: Buffer.alloc(0), name: 'empty.png' }],
  ])('refuses %s, storing and recording nothing', async (_name, file) => {
    const h = harness();
    expect(await uploadMedia(h.deps, { file, alt: 'x', uploadedBy: 4 })).toEqual({
      kind: 'refused',
      reason: 'no-file',
    });
    expect(h.store.files.size).toBe(0);
    expect(h.audit).toEqual([]);
  });

  it('refuses a file that is not an image', async () => {
    const h = harness();
    const outcome = await uploadMedia(h.deps, {
      file: { data: Buffer.from('just some text, honestly a PNG'), name: 'fake.png' },
      alt: '',
      uploadedBy: 4,
    });
    expect(outcome).toEqual({ kind: 'refused', reason: 'unreadable' });
    expect(h.items).toEqual([]);
  });

  it('refuses an image in a format the library does not take, naming the format', async () => {
    const h = harness();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
    const outcome = await uploadMedia(h.deps, {
      file: { data: svg, name: 'logo.svg' },
      alt: '',
      uploadedBy: 4,
    });
    expect(outcome).toEqual({ kind: 'refused', reason: 'wrong-format', format: 'svg' });
    expect(h.store.files.size).toBe(0);
    expect(h.audit).toEqual([]);
  });
});
