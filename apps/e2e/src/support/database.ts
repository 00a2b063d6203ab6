import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { e2eStorage, keepData, testDatabaseUrl } from '../env';

/** Where one test's server keeps its data: always a fresh DATA_DIR, and a fresh PostgreSQL database when asked. */
export interface StorageTarget {
  readonly name: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  dispose(): Promise<void>;
}

export type StorageKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (E2E_STORAGE narrows it). For `describe.each`. */
export function storageKinds(): StorageKind[] {
  if (testDatabaseUrl() === undefined) return ['pglite'];
  const only = e2eStorage();
  return only === 'both' ? ['pglite', 'postgres'] : [only];
}

/** Creates the storage: a temp DATA_DIR, plus `CREATE DATABASE` on TEST_DATABASE_URL's server for 'postgres'. */
export async function createStorage(kind: StorageKind): Promise<StorageTarget> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gatehouse-e2e-'));
  const removeDir = async () => {
    if (!keepData()) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const adminUrl = testDatabaseUrl();
  if (kind === 'pglite' || adminUrl === undefined) {
    return { name: 'embedded PGlite', dataDir, databaseUrl: undefined, dispose: removeDir };
  }
  const database = `gh_e2e_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return {
    name: 'PostgreSQL',
    dataDir,
    databaseUrl: url.toString(),
    async dispose() {
      await removeDir();
      if (!keepData()) await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
