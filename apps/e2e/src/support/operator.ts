import { spawn } from 'node:child_process';
import path from 'node:path';
import type { StorageTarget } from './database';
import { REPO_ROOT } from './paths';

const SERVER_DIST = path.join(REPO_ROOT, 'apps/server/dist');

/** The environment that points a server-side program at the test's storage, and nothing else. */
function storageEnv(storage: StorageTarget): Record<string, string> {
  return {
    DATA_DIR: storage.dataDir,
    LOG_LEVEL: 'silent',
    ...(storage.databaseUrl === undefined ? {} : { DATABASE_URL: storage.databaseUrl }),
  };
}

function run(args: readonly string[], storage: StorageTarget): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: storageEnv(storage), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `pnpm gatehouse <args>` (the built command) on the test's storage; the server must be stopped for PGlite. */
export async function gatehouseCommand(storage: StorageTarget, ...args: string[]): Promise<string> {
  const result = await run([path.join(SERVER_DIST, 'scripts/gatehouse.js'), ...args], storage);
  if (result.code !== 0) throw new Error(`pnpm gatehouse ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/**
 * The token of the latest invitation email queued for `email`: from the outbox row while it waits,
 * or from the link of its copy in the development mailbox once the worker delivered it (delivery
 * removes the token from the outbox). Opens the database with the server's
 * own code, so it works for PGlite (server stopped) and PostgreSQL alike.
 */
export async function latestInvitationToken(storage: StorageTarget, email: string): Promise<string> {
  const script = `
    const path = require('node:path');
    const { openDatabase } = require(${JSON.stringify(path.join(SERVER_DIST, 'server.js'))});
    const target = process.env.DATABASE_URL ? { kind: 'postgres', url: process.env.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(process.env.DATA_DIR, 'pg') };
    (async () => {
      const db = await openDatabase(target);
      const rows = await db.query("SELECT coalesce(o.data->>'token', substring(m.links[1] from '#token=([^&]+)')) AS token FROM mail_outbox o LEFT JOIN dev_mailbox m ON m.outbox_id = o.id WHERE o.recipient = $1 AND o.template = 'invitation' ORDER BY o.created_at DESC LIMIT 1", [process.argv[1]]);
      await db.destroy();
      process.stdout.write(rows[0] ? rows[0].token : '');
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const result = await run(['-e', script, email], storage);
  if (result.code !== 0 || result.stdout === '') throw new Error(`no invitation mail to ${email}: ${result.stderr}`);
  return result.stdout;
}
