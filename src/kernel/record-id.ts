// Record ids as they arrive from outside (paths, query strings, form fields): one rule for every
// surface and both databases, so `abc`, `1e999` or `99999999999` is "no such record" everywhere
// instead of a driver error on PostgreSQL (whose `serial` ids are signed 32-bit integers).

/** The largest id either database stores: PostgreSQL's `serial` is a 32-bit signed integer. */
export const MAX_RECORD_ID = 2_147_483_647;

/** The id written in `raw` (decimal digits, 1…MAX_RECORD_ID), or null for anything else. */
export function parseRecordId(raw: unknown): number | null {
  const text = typeof raw === 'string' ? raw.trim() : Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== 'string' || !/^[0-9]{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}

/** parseRecordId for many values (repeated form fields); anything that is not an id is dropped. */
export function parseRecordIds(raw: unknown): number[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const ids: number[] = [];
  for (const item of list) {
    const id = parseRecordId(item);
    if (id !== null) ids.push(id);
  }
  return ids;
}
