import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  /** Drops the database, even with connections still open (safe to call twice). */
  drop(): Promise<void>;
}

/** The same server and credentials as `adminUrl`, another database. */
function withDatabase(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function asAdmin<T>(adminUrl: string, run: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** A fresh `gh_bench_<random>` database, so a benchmark never touches anyone's data. */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase & { serverVersion: string }> {
  // The name is generated hex, never input: safe to splice into DDL, which takes no parameters.
  const name = `gh_bench_${randomBytes(6).toString('hex')}`;
  const serverVersion = await asAdmin(adminUrl, async (c) => {
    await c.query(`CREATE DATABASE ${name}`);
    const rows = await c.query<{ server_version: string }>('SHOW server_version');
    return rows.rows[0]?.server_version ?? 'unknown';
  });
  let dropped = false;
  return {
    name,
    url: withDatabase(adminUrl, name),
    serverVersion,
    async drop() {
      if (dropped) return;
      dropped = true;
      await asAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The URL without credentials, for printing. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
}
