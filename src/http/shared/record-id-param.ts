// A record id from a request, for every surface: a path id that is not one is a 404.
import { parseRecordId } from '../../kernel/record-id.ts';
import { AppError } from '../../kernel/app-error.ts';

/** A record id from a path or form (src/kernel/record-id.ts), or a 404 saying `message`. */
export function recordIdParam(value: unknown, message = 'Page not found.'): number {
  const id = parseRecordId(value);
  if (id === null) throw new AppError('NOT_FOUND', message);
  return id;
}
