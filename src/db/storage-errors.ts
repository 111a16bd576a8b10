// Which errors mean "the database cannot store anything right now" (a full or read-only disk, an
// I/O error, a lost or refused connection, a server shutting down), as opposed to a bug or a bad
// request. Such a failure is the operator's to fix and the reader's to retry: every surface
// answers it with 503 and Retry-After instead of 500, and the comment form keeps the text.
// Classified here, once, from the codes both drivers report.

/** A storage failure: which engine's code said so. */
export interface StorageFailure {
  /** The driver's code: `SQLITE_FULL`, SQLSTATE `53100`, `ECONNREFUSED`… */
  code: string;
}

// better-sqlite3 reports the extended result code (`SQLITE_IOERR_WRITE`, `SQLITE_READONLY_DBMOVED`),
// so each primary code also matches its extended forms.
const SQLITE_PRIMARY = [
  'SQLITE_FULL', // disk full, or the max_page_count limit reached
  'SQLITE_IOERR', // the operating system reported an I/O error
  'SQLITE_READONLY', // the file or its directory became read-only
  'SQLITE_CANTOPEN', // the file (or its WAL / journal) cannot be opened
  'SQLITE_BUSY', // another process held the write lock past busy_timeout
];

// SQLSTATE classes and codes (PostgreSQL Appendix A).
const PG_CLASSES = [
  '08', // connection exception
  '53', // insufficient resources: 53100 disk_full, 53200 out_of_memory, 53300 too_many_connections
  '58', // system error: 58030 io_error
];
const PG_CODES = [
  '57P01', // admin_shutdown (also pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '25006', // read_only_sql_transaction (a standby, or default_transaction_read_only)
];

// Errors of the socket under the PostgreSQL client, and of the file system (media, backups).
const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EIO',
]);

// node-postgres raises these without a code when the connection is gone or cannot be made.
const PG_CLIENT_MESSAGES =
  /^(?:Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect)/;

function failureOf(e: { code?: unknown; message?: unknown }): StorageFailure | null {
  const code = typeof e.code === 'string' ? e.code : '';
  if (code.startsWith('SQLITE_'))
    return SQLITE_PRIMARY.some((p) => code === p || code.startsWith(`${p}_`)) ? { code } : null;
  // Before SQLSTATEs: EPIPE and EROFS have five characters too.
  if (NODE_CODES.has(code)) return { code };
  if (/^[0-9A-Z]{5}$/.test(code))
    return PG_CODES.includes(code) || PG_CLASSES.includes(code.slice(0, 2)) ? { code } : null;
  if (code === '' && typeof e.message === 'string' && PG_CLIENT_MESSAGES.test(e.message))
    return { code: 'PG_CONNECTION_LOST' };
  return null;
}

/**
 * The storage failure behind `err` (itself, or an error it wraps as `cause`), or null when `err`
 * is anything else.
 */
export function storageFailure(err: unknown): StorageFailure | null {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const found = failureOf(current as { code?: unknown; message?: unknown });
    if (found) return found;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** True when `err` means the database cannot store anything right now. */
export function isStorageUnavailable(err: unknown): boolean {
  return storageFailure(err) !== null;
}
