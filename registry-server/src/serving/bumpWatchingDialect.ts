import type { CompiledQuery, QueryCompiler } from 'kysely';
import { PostgresDialect, type DatabaseConnection, type Driver, type PostgresDialectConfig, type TransactionSettings } from 'kysely';
import { POSTGRES_BUMP } from './catalogChannel.ts';

/**
 * Kysely's PostgreSQL dialect, telling `onCommitted` each time a transaction of this instance that bumped the catalogue
 * generation has ended its COMMIT (or a bump ran outside a transaction). Kysely has no commit hook, and the bump's
 * callers only hold the transaction, so the driver is where a commit can be seen.
 */
export class BumpWatchingDialect extends PostgresDialect {
  constructor(
    config: PostgresDialectConfig,
    private readonly onCommitted: () => void,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new BumpWatchingDriver(super.createDriver(), this.onCommitted);
  }
}

class BumpWatchingDriver implements Driver {
  /** Kysely hands back the connection it acquired: each driver connection gets one stable wrapper. */
  private readonly wrappers = new WeakMap<DatabaseConnection, DatabaseConnection>();
  private readonly inners = new WeakMap<DatabaseConnection, DatabaseConnection>();
  /** Connections in a transaction, and whether that transaction bumped. */
  private readonly open = new WeakMap<DatabaseConnection, boolean>();

  constructor(
    private readonly driver: Driver,
    private readonly onCommitted: () => void,
  ) {}

  init(): Promise<void> {
    return this.driver.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await this.driver.acquireConnection();
    let wrapper = this.wrappers.get(inner);
    if (!wrapper) {
      const self: DatabaseConnection = {
        executeQuery: async <R>(query: CompiledQuery) => {
          const result = await inner.executeQuery<R>(query);
          if (query.sql === POSTGRES_BUMP.sql) this.bumped(self);
          return result;
        },
        streamQuery: (query, chunkSize) => inner.streamQuery(query, chunkSize),
      };
      wrapper = self;
      this.wrappers.set(inner, wrapper);
      this.inners.set(wrapper, inner);
    }
    return wrapper;
  }

  private bumped(connection: DatabaseConnection): void {
    if (this.open.has(connection)) this.open.set(connection, true);
    else this.onCommitted();
  }

  private inner(connection: DatabaseConnection): DatabaseConnection {
    return this.inners.get(connection) ?? connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.driver.beginTransaction(this.inner(connection), settings);
    this.open.set(connection, false);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const bumped = this.open.get(connection) === true;
    this.open.delete(connection);
    try {
      await this.driver.commitTransaction(this.inner(connection));
    } finally {
      // Also when COMMIT failed: it may have committed before the connection broke, and telling costs one more read.
      if (bumped) this.onCommitted();
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.open.delete(connection);
    await this.driver.rollbackTransaction(this.inner(connection));
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.required('savepoint')(this.inner(connection), name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    // A bump before the savepoint still counts; one after it is undone, and telling of it anyway only costs a read.
    await this.required('rollbackToSavepoint')(this.inner(connection), name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.required('releaseSavepoint')(this.inner(connection), name, compile);
  }

  private required(method: 'savepoint' | 'rollbackToSavepoint' | 'releaseSavepoint') {
    const fn = this.driver[method];
    if (!fn) throw new Error(`the PostgreSQL driver has no ${method}`);
    return fn.bind(this.driver);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.open.delete(connection);
    await this.driver.releaseConnection(this.inner(connection));
  }

  destroy(): Promise<void> {
    return this.driver.destroy();
  }
}
