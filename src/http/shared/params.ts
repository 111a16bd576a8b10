// Parsing of public URL parts. Anything malformed is a 404 (paths) or a 400 (query strings),
// never a 500.
import { AppError } from '../../kernel/app-error.ts';

/** A slug from the path, or a 404. */
export function slugParam(value: string | undefined): string {
  if (!value || value.length > 200 || !/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u.test(value)) {
    throw new AppError('NOT_FOUND', 'Page not found.');
  }
  return value;
}

/** A page number ≥ 2 from a `/page/N` path, or a 404 (page 1 has its own URL). */
export function pageParam(value: string | undefined): number {
  if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) throw new AppError('NOT_FOUND', 'Page not found.');
  const n = Number(value);
  if (n < 2) throw new AppError('NOT_FOUND', 'Page not found.');
  return n;
}

/** `YYYY-MM` from year and month path parts, or a 404. */
export function monthParam(year: string | undefined, month: string | undefined): string {
  if (!year || !month || !/^(19|20|21)[0-9]{2}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) {
    throw new AppError('NOT_FOUND', 'Page not found.');
  }
  return `${year}-${month}`;
}

/** Query-string values as a flat record of single strings (repeated keys: the first wins). */
export function queryRecord(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!query || typeof query !== 'object') return out;
  for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') out[k] = first;
  }
  return out;
}

/** The search query (`q`), trimmed; a 400 when it is absurdly long. */
export function searchQuery(query: Record<string, string>): string {
  const q = (query.q ?? '').replace(/\s+/g, ' ').trim();
  if (q.length > 200)
    throw new AppError('BAD_REQUEST', 'That search is too long. Please use fewer than 200 characters.');
  return q;
}

/** The `page` query parameter of search (1 when absent), or a 400. */
export function queryPage(query: Record<string, string>): number {
  const raw = query.page;
  if (raw === undefined || raw === '') return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) throw new AppError('BAD_REQUEST', 'That page number is not valid.');
  return Number(raw);
}

/** Pagination links for page `page` of `total` items. */
export function paginate(page: number, total: number, perPage: number, urlOf: (page: number) => string) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    page,
    totalPages,
    previousUrl: page > 1 ? urlOf(page - 1) : null,
    nextUrl: page < totalPages ? urlOf(page + 1) : null,
  };
}
