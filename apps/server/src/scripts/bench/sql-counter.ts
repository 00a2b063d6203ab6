/**
 * Counts SQL statements sent through a node-postgres Pool. Every statement, whether from
 * `pool.query` or from a client TypeORM checked out, runs through a pooled client's `query`,
 * and the pool emits `acquire` for each checkout, so wrapping each client once catches all
 * of them (a TypeORM logger would also see them, but not statements issued around it).
 */
export interface SqlCounter {
  /** Statements since the last reset. */
  readonly count: number;
  /** The statements since the last reset, text and parameters, when sent as `query(text, values)`. */
  readonly statements: readonly SqlStatement[];
  reset(): void;
}

export interface SqlStatement {
  readonly text: string;
  readonly values: readonly unknown[];
}

type QueryFn = (...args: unknown[]) => unknown;

interface PoolEvents {
  on(event: 'acquire', listener: (client: unknown) => void): unknown;
}

function isPool(x: unknown): x is PoolEvents {
  return typeof x === 'object' && x !== null && 'on' in x && typeof x.on === 'function' && 'connect' in x;
}

function queryOf(client: unknown): QueryFn | null {
  if (typeof client !== 'object' || client === null || !('query' in client)) return null;
  const { query } = client;
  return typeof query === 'function' ? (...args: unknown[]) => Reflect.apply(query, client, args) : null;
}

/** Starts counting statements on `pool` (a pg Pool). */
export function countPoolQueries(pool: unknown): SqlCounter {
  if (!isPool(pool)) throw new Error('countPoolQueries: not a node-postgres Pool');
  let count = 0;
  let statements: SqlStatement[] = [];
  const wrapped = new WeakSet<object>();
  pool.on('acquire', (client) => {
    const original = queryOf(client);
    if (original === null || typeof client !== 'object' || client === null || wrapped.has(client)) return;
    wrapped.add(client);
    Reflect.set(client, 'query', (...args: unknown[]) => {
      count += 1;
      const [text, values] = args;
      if (typeof text === 'string') statements.push({ text, values: Array.isArray(values) ? values : [] });
      return original(...args);
    });
  });
  return {
    get count() {
      return count;
    },
    get statements() {
      return statements;
    },
    reset() {
      count = 0;
      statements = [];
    },
  };
}

/** The pg Pool behind a TypeORM PostgreSQL DataSource (`driver.master`), for countPoolQueries. */
export function typeormPool(db: { driver: unknown }): unknown {
  const driver = db.driver;
  if (typeof driver !== 'object' || driver === null || !('master' in driver)) throw new Error('typeormPool: the DataSource is not on node-postgres');
  return driver.master;
}
