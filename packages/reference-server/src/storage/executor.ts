/**
 * @module storage/executor
 * The one seam between SQL and a database driver. Every store is written against this
 * interface, so PGlite (embedded default) and PostgreSQL (production) run the same SQL.
 */

/** A value that can be bound as a query parameter. */
export type SqlValue = string | number | boolean | null | Date | Uint8Array | readonly string[] | object;

export interface Executor {
  /** Runs one statement with positional parameters (`$1`, `$2`, ...) and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction. A nested call joins the outer transaction, so store methods
   * that open their own transaction compose.
   */
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  /** Which engine this is; used only for diagnostics and tests. */
  readonly dialect: 'pglite' | 'postgres';
  close(): Promise<void>;
}
