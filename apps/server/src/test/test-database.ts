import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { testDatabaseUrl } from '../config';
import { openDatabase } from '../server';

export interface TestDatabase {
  readonly db: DataSource;
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
    return { db, drop: async () => void (db.isInitialized && (await db.destroy())) };
  }
  const name = `gh_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = await openDatabase({ kind: 'postgres', url: withDatabase(adminUrl, name) }, logger);
  return {
    db,
    async drop() {
      if (db.isInitialized) await db.destroy();
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
