import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { testDatabaseUrl } from '../config';
import { openDatabase } from '../server';

export interface TestDatabase {
  readonly db: DataSource;
  /**
   * Another connection pool on the same database, as a second server instance would open
   * (PGlite lives in this process, so there it is the same data source).
   */
  openAnother(): Promise<DataSource>;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh database per test file, built by the real migrations: a new database on the
 * machine's PostgreSQL when TEST_DATABASE_URL is set, else an in-memory PGlite.
 */
export async function createTestDatabase(logger?: Logger): Promise<TestDatabase> {
  const adminUrl = testDatabaseUrl();
  if (adminUrl === undefined) {
    const db = await openDatabase({ kind: 'pglite', dataDir: undefined }, logger);
    return { db, openAnother: async () => db, drop: async () => void (db.isInitialized && (await db.destroy())) };
  }
  const name = `gh_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const db = await openDatabase({ kind: 'postgres', url }, logger);
  const others: DataSource[] = [];
  return {
    db,
    async openAnother() {
      const other = await openDatabase({ kind: 'postgres', url });
      others.push(other);
      return other;
    },
    async drop() {
      for (const other of others) if (other.isInitialized) await other.destroy();
      if (db.isInitialized) await db.destroy();
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
