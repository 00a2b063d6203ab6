import 'reflect-metadata';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DataSource, Logger } from 'typeorm';
import type { Config } from './config';
import { issueSetupTokenIfNeeded } from './features/accounts/setup.commands';
import { refreshSession } from './features/auth/auth.commands';
import { loadOrCreateSigningKey, loadSessionPrincipal } from './features/auth';
import { createLoaders } from './loaders';
import { createDataSource, StartupError, type DatabaseTarget } from './platform/db/data-source';
import { buildApp } from './platform/http/app';
import { createSchema } from './schema';

export interface Gatehouse {
  readonly app: FastifyInstance;
  readonly db: DataSource;
  /** The first-run link, when the database is empty. */
  readonly setupUrl: string | null;
  close(): Promise<void>;
}

/** Where the database lives: DATABASE_URL, or embedded PGlite under DATA_DIR. */
export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl !== undefined
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pg') };
}

/** Opens the database and applies pending migrations; failures become one clear line. */
export async function openDatabase(target: DatabaseTarget, logger?: Logger): Promise<DataSource> {
  const db = createDataSource(target, logger ? { logger } : {});
  try {
    await db.initialize();
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const name = target.kind === 'postgres' ? 'DATABASE_URL' : 'DATA_DIR';
    throw new StartupError(`${name}: cannot open the database (${detail})`);
  }
  await db.runMigrations({ transaction: 'each' });
  return db;
}

/** Assembles Gatehouse on an open database (used by main and by tests). */
export async function createGatehouse(config: Config, db: DataSource, webDist: string | null): Promise<Gatehouse> {
  const signingKey = await loadOrCreateSigningKey(db);
  const app = await buildApp({
    config,
    db,
    schema: await createSchema(),
    signingKey,
    webDist,
    loadSession: loadSessionPrincipal,
    refreshSession,
    createLoaders,
  });
  const token = await issueSetupTokenIfNeeded(db);
  return {
    app,
    db,
    setupUrl: token ? `${config.publicUrl}/setup?token=${token}` : null,
    async close() {
      await app.close();
      if (db.isInitialized) await db.destroy();
    },
  };
}
