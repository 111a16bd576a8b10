// The storage-failure classifier on the error objects the two drivers raise: better-sqlite3's
// SqliteError and node-postgres's DatabaseError with the codes they carry, the client's own
// connection errors, and socket and file-system errors. (test/db/storage-failure.test.ts
// classifies errors raised by real databases.)
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SqliteDriver } from './sqlite-driver.ts';
import { isStorageUnavailable, storageFailure } from './storage-errors.ts';

const sqliteError = (message: string, code: string): Error => new SqliteDriver.SqliteError(message, code);

function pgError(code: string, message: string): Error {
  const e = new pg.DatabaseError(message, 0, 'error');
  e.code = code;
  return e;
}

function nodeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('storageFailure', () => {
  it('recognises SQLite codes of a full, failing, read-only or unopenable database', () => {
    for (const code of [
      'SQLITE_FULL',
      'SQLITE_IOERR',
      'SQLITE_IOERR_WRITE',
      'SQLITE_IOERR_FSYNC',
      'SQLITE_READONLY',
      'SQLITE_READONLY_DBMOVED',
      'SQLITE_CANTOPEN',
      'SQLITE_BUSY',
    ])
      expect(storageFailure(sqliteError('database or disk is full', code))).toEqual({ code });
  });

  it('leaves SQLite errors that are bugs or bad data to the 500 path', () => {
    for (const code of [
      'SQLITE_CONSTRAINT_UNIQUE',
      'SQLITE_CONSTRAINT_FOREIGNKEY',
      'SQLITE_ERROR',
      'SQLITE_MISMATCH',
      'SQLITE_CORRUPT',
      'SQLITE_FULLX',
    ])
      expect(isStorageUnavailable(sqliteError('no', code))).toBe(false);
  });

  it('recognises PostgreSQL disk full, resources, shutdown, connection and read-only SQLSTATEs', () => {
    for (const code of [
      '53100',
      '53200',
      '53300',
      '57P01',
      '57P02',
      '57P03',
      '08006',
      '08001',
      '58030',
      '25006',
    ])
      expect(storageFailure(pgError(code, 'could not extend file'))).toEqual({ code });
  });

  it('leaves PostgreSQL errors that are bugs or bad data to the 500 path', () => {
    // unique_violation, invalid text representation, syntax error, query_canceled, deadlock
    for (const code of ['23505', '22P02', '42601', '57014', '40P01'])
      expect(isStorageUnavailable(pgError(code, 'no'))).toBe(false);
  });

  it('recognises node-postgres connection errors, which carry no code', () => {
    for (const message of [
      'Connection terminated unexpectedly',
      'Connection terminated due to connection timeout',
      'Client has encountered a connection error and is not queryable',
      'Client was closed and is not queryable',
      'timeout exceeded when trying to connect',
    ])
      expect(storageFailure(new Error(message))).toEqual({ code: 'PG_CONNECTION_LOST' });
    expect(isStorageUnavailable(new Error('Connection to the moon'))).toBe(false);
  });

  it('recognises socket and file-system errors', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOSPC', 'EROFS', 'EDQUOT', 'EIO'])
      expect(storageFailure(nodeError(code, 'x'))).toEqual({ code });
    expect(isStorageUnavailable(nodeError('ENOENT', 'x'))).toBe(false);
  });

  it('finds the failure behind wrapping errors', () => {
    const wrapped = new Error('could not post', {
      cause: new Error('insert failed', { cause: pgError('53100', 'disk full') }),
    });
    expect(storageFailure(wrapped)).toEqual({ code: '53100' });
  });

  it('says no to anything else', () => {
    for (const value of [new Error('x'), new TypeError('y'), null, undefined, 'SQLITE_FULL', 42, { code: 7 }])
      expect(isStorageUnavailable(value)).toBe(false);
  });
});
