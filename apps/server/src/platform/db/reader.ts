import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Runs SQL that reads. Query functions take a Reader for reads and the unit of work's `Tx`
 * for writes, so a write outside a transaction does not compile. Every statement is raw SQL
 * with `$n` parameters; rows come back as plain objects typed by the caller.
 */
export interface Reader {
  query<R = unknown>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * Structured results, so every statement answers its rows: plain `query()` answers
 * `[rows, count]` for UPDATE and DELETE on PostgreSQL but bare rows on PGlite.
 */
async function rowsOf<R>(runner: QueryRunner, sql: string, params: readonly unknown[] | undefined): Promise<R[]> {
  const result = await runner.query(sql, params ? [...params] : undefined, true);
  const records: unknown = result.records;
  // The driver returns the rows the statement produced; their shape is the caller's SQL.
  return Array.isArray(records) ? (records as R[]) : [];
}

/** A Reader on the connection of a transaction. */
export function transactionReader(manager: EntityManager): Reader {
  const runner = manager.queryRunner;
  if (runner === undefined) throw new Error('transactionReader needs the manager of a transaction');
  return { query: (sql, params) => rowsOf(runner, sql, params) };
}

/** A Reader over the pool: each statement takes a connection and gives it back. */
export function poolReader(dataSource: DataSource): Reader {
  return {
    async query(sql, params) {
      const runner = dataSource.createQueryRunner();
      try {
        return await rowsOf(runner, sql, params);
      } finally {
        await runner.release();
      }
    },
  };
}
