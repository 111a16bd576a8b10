// Uploaded images in the database (Kysely, both dialects); the files live in the media store (media-store.ts).
import type { Kysely, Selectable } from 'kysely';
import type { Database, MediaTable } from '../db/schema.ts';
import { mediaFileName } from './media-names.ts';

/** One stored image. */
export interface MediaItem {
  id: number;
  hash: string;
  originalName: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  /** URL of the re-encoded original (`/media/<hash>-<width>w.<ext>`). */
  src: string;
  files: string[];
  uploadedBy: number | null;
  createdAt: string;
}

/** A new image to record. */
export interface NewMedia {
  hash: string;
  originalName: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  files: string[];
  uploadedBy: number | null;
}

/** Kysely implementation of media storage. */
export class MediaRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records an image, or returns the existing record for the same bytes. */
  async add(m: NewMedia, now: Date): Promise<MediaItem> {
    const existing = await this.findByHash(m.hash);
    if (existing) return existing;
    await this.db
      .insertInto('media')
      .values({
        hash: m.hash,
        original_name: m.originalName.slice(0, 255),
        format: m.format,
        width: m.width,
        height: m.height,
        bytes: m.bytes,
        alt: m.alt,
        variants: JSON.stringify(m.files),
        uploaded_by: m.uploadedBy,
        created_at: now.toISOString(),
      })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
    const row = await this.findByHash(m.hash);
    if (!row) throw new Error('media row vanished after insert');
    return row;
  }

  /** The image with this content hash, or null. */
  async findByHash(hash: string): Promise<MediaItem | null> {
    const row = await this.db.selectFrom('media').selectAll().where('hash', '=', hash).executeTakeFirst();
    return row ? toItem(row) : null;
  }

  /** Newest images first. */
  async list(limit: number, offset: number): Promise<{ items: MediaItem[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db.selectFrom('media').selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
      this.db
        .selectFrom('media')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirst(),
    ]);
    return { items: rows.map(toItem), total: Number(count?.n ?? 0) };
  }
}

function toItem(r: Selectable<MediaTable>): MediaItem {
  let files: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.variants);
    if (Array.isArray(parsed)) files = parsed.filter((f): f is string => typeof f === 'string');
  } catch {
    // an unreadable list only hides the variants
  }
  return {
    id: r.id,
    hash: r.hash,
    originalName: r.original_name,
    format: r.format,
    width: Number(r.width),
    height: Number(r.height),
    bytes: Number(r.bytes),
    alt: r.alt,
    src: `/media/${mediaFileName(r.hash, Number(r.width), r.format)}`,
    files,
    uploadedBy: r.uploaded_by,
    createdAt: r.created_at,
  };
}
