// A failed rollback must never hide why the transaction failed. Kysely rolls back when a
// transaction's callback (or its COMMIT) throws, and a rollback that throws replaces the original
// error. That is what a full disk looked like: SQLite, on SQLITE_FULL or SQLITE_IOERR, may already
// have rolled the transaction back itself, so the ROLLBACK answered "cannot rollback - no
// transaction is active" and the real cause never reached the log; on PostgreSQL a connection
// lost mid-transaction answers the ROLLBACK with "Client has encountered a connection error". This
// wrapper makes the rollback's failure secondary: it is reported, and the original error is the
// one thrown.
import type { DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';

/** What a failed rollback reports. */
export interface RollbackFailure {
  /** The rollback's own error. */
  error: unknown;
  /**
   * Whether the connection is still inside the transaction (SQLite can tell; null when the
   * driver cannot). A connection left inside it would swallow every later write.
   */
  stillInTransaction: boolean | null;
}

/** Options of withSecondaryRollback. */
export interface SecondaryRollbackOptions {
  onRollbackError(failure: RollbackFailure): void;
  /** Tells whether the connection is still in a transaction (SQLite's `inTransaction`). */
  inTransaction?: () => boolean;
  /** Ends a transaction the failed rollback left open (SQLite: ROLLBACK once more, directly). */
  forceRollback?: () => void;
}

class SecondaryRollbackDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly options: SecondaryRollbackOptions,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }
  acquireConnection(): Promise<DatabaseConnection> {
    return this.inner.acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.rollbackTransaction(connection);
    } catch (error) {
      const { inTransaction, forceRollback, onRollbackError } = this.options;
      let stillInTransaction = inTransaction ? inTransaction() : null;
      if (stillInTransaction && forceRollback) {
        try {
          forceRollback();
        } catch {
          // reported below: still in the transaction
        }
        stillInTransaction = inTransaction ? inTransaction() : null;
      }
      onRollbackError({ error, stillInTransaction });
    }
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

// Savepoints are passed through unchanged (Silkpress uses none); declared on the prototype only
// when the wrapped driver has them, so Kysely's "driver has no savepoints" check stays true.
function withSavepoints(wrapper: SecondaryRollbackDriver, inner: Driver): Driver {
  const driver: Driver = wrapper;
  if (inner.savepoint) driver.savepoint = inner.savepoint.bind(inner);
  if (inner.rollbackToSavepoint) driver.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
  if (inner.releaseSavepoint) driver.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  return driver;
}

/** `dialect` with a rollback whose failure is reported instead of thrown. */
export function withSecondaryRollback(dialect: Dialect, options: SecondaryRollbackOptions): Dialect {
  return {
    createDriver: () => {
      const inner = dialect.createDriver();
      return withSavepoints(new SecondaryRollbackDriver(inner, options), inner);
    },
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
