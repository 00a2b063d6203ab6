import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import type { E2E } from './harness';
import { REPO_ROOT } from './paths';

export type Row = Readonly<Record<string, unknown>>;

/*
 * Opens the embedded database in a child process of the server package (which has PGlite and
 * the extension the schema uses), runs one statement, and prints its rows as JSON.
 */
const PGLITE_QUERY = `
const { PGlite } = require('@electric-sql/pglite');
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm');
(async () => {
  const [dataDir, sql, params] = [process.argv[1], process.argv[2], JSON.parse(process.argv[3])];
  const db = new PGlite({ dataDir, extensions: { pg_trgm } });
  const result = await db.query(sql, params);
  process.stdout.write(JSON.stringify(result.rows));
  await db.close();
})().catch((error) => { console.error(error); process.exit(1); });`;

/**
 * Runs one SQL statement on the e2e server's own database, for what a person would find
 * outside the app (the email in their inbox) or for a fixture the app cannot make yet. On
 * PostgreSQL it connects; embedded PGlite allows one process, so the server is stopped for
 * the statement and started again on the same port and data (cookies stay valid).
 */
export async function runSql(e2e: E2E, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  const url = e2e.storage.databaseUrl;
  if (url !== undefined) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, [...params])).rows as Row[];
    } finally {
      await client.end();
    }
  }
  let rows: Row[] = [];
  await e2e.restartServer(async () => {
    const out = execFileSync(process.execPath, ['-e', PGLITE_QUERY, path.join(e2e.storage.dataDir, 'pg'), sql, JSON.stringify(params)], {
      cwd: path.join(REPO_ROOT, 'apps/server'),
      encoding: 'utf8',
    });
    rows = JSON.parse(out) as Row[];
  });
  return rows;
}

/** The link of the latest password reset email to `email`, as the person would open it from their inbox. */
export async function resetLinkFromOutbox(e2e: E2E, email: string): Promise<string> {
  const rows = await runSql(
    e2e,
    "SELECT data->>'token' AS token FROM mail_outbox WHERE recipient = $1 AND template = 'password_reset' ORDER BY created_at DESC LIMIT 1",
    [email],
  );
  const token = rows[0]?.token;
  if (typeof token !== 'string') throw new Error(`no password reset email to ${email} in the outbox`);
  return `${e2e.server.url}/reset-password#token=${encodeURIComponent(token)}`;
}
