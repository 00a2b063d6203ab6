import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { isSingleSession } from './data-source';

/**
 * Runs SQL that reads. Query functions take a Reader for reads and the unit of work's `Tx`
 * for writes, so a write outside a transaction does not compile. Every statement is raw SQL
 * with `$n` parameters; rows come back as plain objects typed by the caller.
 */
export interface Reader {
  query<R = unknown>(sql: string | PreparedSql, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * A constant statement that PostgreSQL parses and plans once per connection and then reuses
 * (a named prepared statement). For the statements of hot paths: planning a join over a table
 * with many indexes (employees has over a dozen) costs the database several times what running
 * it does, on every call. Only constant SQL: each distinct text stays prepared in every pooled
 * connection. PGlite runs the text as any other statement.
 */
export interface PreparedSql {
  readonly name: string;
  readonly text: string;
}

const preparedNames = new Map<string, string>();

/** Names a constant statement for preparing; a name always means one text. */
export function preparedSql(name: string, text: string): PreparedSql {
  const known = preparedNames.get(name);
  if (known !== undefined && known !== text) throw new Error(`prepared statement ${name}: one name, two texts`);
  preparedNames.set(name, text);
  return { name, text };
}

/** What node-postgres's client offers for a named statement. */
interface NamedQueryClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

function isNamedQueryClient(client: unknown): client is NamedQueryClient {
  return typeof client === 'object' && client !== null && 'query' in client && typeof client.query === 'function';
}

/**
 * Runs a prepared statement on the runner's node-postgres connection: TypeORM's query() takes
 * text only. Logged and failing as TypeORM's own statements do (QueryFailedError around the
 * driver's error), so statement counters and constraint checks see no difference.
 */
async function preparedRows<R>(runner: QueryRunner, sql: PreparedSql, params: readonly unknown[] | undefined): Promise<R[]> {
  const client: unknown = await runner.connect();
  if (!isNamedQueryClient(client)) return rowsOf(runner, sql.text, params);
  const values = params ? [...params] : [];
  const logger = runner.connection.logger;
  logger.logQuery(sql.text, values, runner);
  try {
    const result = await client.query({ name: sql.name, text: sql.text, values });
    // The rows the statement produced; their shape is the caller's SQL.
    return result.rows as R[];
  } catch (error) {
    logger.logQueryError(error instanceof Error ? error : String(error), sql.text, values, runner);
    throw new QueryFailedError(sql.text, values, error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Structured results, so every statement answers its rows: plain `query()` answers
 * `[rows, count]` for UPDATE and DELETE on PostgreSQL but bare rows on PGlite.
 */
async function rowsOf<R>(runner: QueryRunner, statement: string | PreparedSql, params: readonly unknown[] | undefined): Promise<R[]> {
  if (typeof statement !== 'string' && !isSingleSession(runner.connection)) return preparedRows(runner, statement, params);
  const sql = typeof statement === 'string' ? statement : statement.text;
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
