import { Pool } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isSingleSession } from './data-source';

/**
 * Runs SQL that reads. Query functions take a Reader for reads and the unit of work's `Tx`
 * for writes, so a write outside a transaction does not compile. Every statement is raw SQL
 * with `$n` parameters; rows come back as plain objects typed by the caller.
 */
export interface Reader {
  query<R = unknown>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /**
   * The same, for a statement every request runs whose plan does not depend on its parameters
   * (lookups by key): on PostgreSQL a named statement, parsed and planned once per connection
   * instead of on every request. `name` must name this one SQL text. Never for lists: their
   * plans depend on the parameters (an account's size, a filter's share), which a reused
   * generic plan would not see.
   */
  queryPrepared<R = unknown>(name: string, sql: string, params: readonly unknown[]): Promise<R[]>;
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
  // Inside a transaction statements are few and varied: nothing is kept per connection.
  return { query: (sql, params) => rowsOf(runner, sql, params), queryPrepared: (_name, sql, params) => rowsOf(runner, sql, params) };
}

/** A Reader over the pool: each statement takes a connection and gives it back. */
export function poolReader(dataSource: DataSource): Reader {
  const query = async <R>(sql: string, params?: readonly unknown[]): Promise<R[]> => {
    const runner = dataSource.createQueryRunner();
    try {
      return await rowsOf<R>(runner, sql, params);
    } finally {
      await runner.release();
    }
  };
  // PGlite is one session in this process: nothing to save there.
  const pool = isSingleSession(dataSource) ? null : pgPoolOf(dataSource);
  return {
    query,
    async queryPrepared<R>(name: string, sql: string, params: readonly unknown[]): Promise<R[]> {
      if (pool === null) return query<R>(sql, params);
      // Past TypeORM's query runner, so its logger (query logging, the tests' statement counts) is told here.
      dataSource.logger.logQuery(sql, [...params]);
      const result = await pool.query({ name, text: sql, values: [...params] }).catch((error: unknown) => {
        dataSource.logger.logQueryError(error instanceof Error ? error : String(error), sql, [...params]);
        throw error;
      });
      // The driver returns the rows the statement produced; their shape is the caller's SQL.
      return result.rows as R[];
    },
  };
}

/** The node-postgres pool TypeORM's PostgreSQL driver keeps (`driver.master`). */
function pgPoolOf(dataSource: DataSource): Pool {
  const driver: unknown = dataSource.driver;
  const master: unknown = typeof driver === 'object' && driver !== null && 'master' in driver ? driver.master : null;
  if (!(master instanceof Pool)) throw new Error('poolReader: the PostgreSQL driver has no node-postgres pool');
  return master;
}
