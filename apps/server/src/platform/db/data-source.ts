import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGliteDriver } from 'typeorm-pglite';
import { MIGRATIONS } from './migrations';
import { TYPE_PARSERS } from './timestamptz';

export type DatabaseTarget =
  | { readonly kind: 'postgres'; readonly url: string }
  /** dataDir undefined: in memory (tests). */
  | { readonly kind: 'pglite'; readonly dataDir: string | undefined };

/** The mapped classes of every feature, gathered by the composition root. */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

const common = {
  type: 'postgres',
  migrations: MIGRATIONS,
  migrationsRun: false,
  synchronize: false,
  // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; no extension needed.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  logging: false,
  // A missing value in a find condition must fail, never match an arbitrary row.
  invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
} as const;

/**
 * Planner costs for a database whose working set is in memory or on SSD. With the default
 * random_page_cost (4, tuned for spinning disks) PostgreSQL reads a whole account sequentially
 * rather than look up a thousand members of a group by primary key; 1.1 is the usual setting
 * for SSDs and makes the list plans read only their page (docs/lists.md).
 */
const PLANNER_SETTINGS = ['random_page_cost=1.1'];

/**
 * Data sources that are one database session (PGlite): transactions opened at once would share
 * it, so a statement of one would run inside the other and one's ROLLBACK would undo the
 * other's work. The unit of work runs their transactions one at a time.
 */
const SINGLE_SESSION = new WeakSet<DataSource>();

/** True when the data source is a single database session (PGlite). */
export function isSingleSession(dataSource: DataSource): boolean {
  return SINGLE_SESSION.has(dataSource);
}

/** Builds the DataSource for a real PostgreSQL URL or an embedded PGlite folder. */
export function createDataSource(target: DatabaseTarget, entities: EntityList, extra: Partial<DataSourceOptions> = {}): DataSource {
  if (target.kind === 'postgres') {
    const options = PLANNER_SETTINGS.map((setting) => `-c ${setting}`).join(' ');
    return new DataSource({ ...common, entities, url: target.url, extra: { max: 10, options, types: TYPE_PARSERS }, ...extra } as DataSourceOptions);
  }
  if (target.dataDir !== undefined) ensureWritableDir(target.dataDir);
  // Extensions are loaded here and created by migrations (CREATE EXTENSION IF NOT EXISTS): pg_trgm indexes searches.
  const pglite = { extensions: { pg_trgm }, startParams: [...PGlite.defaultStartParams, ...PLANNER_SETTINGS.flatMap((setting) => ['-c', setting])] };
  const driver = new PGliteDriver(target.dataDir === undefined ? pglite : { dataDir: target.dataDir, ...pglite }).driver;
  const dataSource = new DataSource({ ...common, entities, driver, ...extra } as DataSourceOptions);
  SINGLE_SESSION.add(dataSource);
  return dataSource;
}

/** Fails with a clear message when the embedded database folder cannot be used. */
function ensureWritableDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'not writable';
    throw new StartupError(`DATA_DIR: cannot write the embedded database folder ${dir} (${reason})`);
  }
}

/** A start-up failure whose message is the one line to print. */
export class StartupError extends Error {}
