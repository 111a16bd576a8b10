// Helpers shared by this folder's tests (not used by the importer itself).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WxrItem, WxrRecord } from './wxr-records.ts';
import type { WxrSource } from './decode-chunks.ts';
import { parseWxr } from './parse-wxr.ts';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/wxr');

/** The bytes of a fixture in test/fixtures/wxr. */
export function fixture(name: string): Buffer {
  return readFileSync(resolve(fixtures, name));
}

/** Collects every record the parser yields. */
export async function parseAll(source: WxrSource): Promise<WxrRecord[]> {
  const out: WxrRecord[] = [];
  for await (const record of parseWxr(source)) out.push(record);
  return out;
}

/** The bytes cut into chunks of `size` bytes (1 = byte by byte). */
export function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** The items of a record list, by WordPress id. */
export function itemsById(records: WxrRecord[]): Map<number | null, WxrItem> {
  return new Map(records.filter((r): r is WxrItem => r.kind === 'item').map((i) => [i.wpId, i]));
}

/** Records without their line numbers, for comparing two parses of different text. */
export function withoutLines(records: WxrRecord[]): unknown[] {
  return records.map((r) => {
    const { line: _line, ...rest } = r;
    return r.kind === 'item' ? { ...rest, comments: r.comments.map(({ line: _l, ...c }) => c) } : rest;
  });
}
