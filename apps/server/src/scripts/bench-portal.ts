import 'reflect-metadata';
import os from 'node:os';
import { Pool } from 'pg';
import { parseConfig } from '../config';
import { insertAccount } from '../features/accounts';
import { insertExternalUser } from '../features/external-users';
import { hashToken, newToken } from '../platform/auth/secrets';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import { createGatehouse, openDatabase } from '../server';
import { intOption, parseOptions, runCli, say, UsageError } from './cli';
import { createScratchDatabase, redactUrl } from './bench/scratch-database';

/**
 * The portal's one-time-code round trip under parallel external users, through the real
 * production server over HTTP on the machine's PostgreSQL: request a code, read it where the
 * email carries it (the outbox row, or the development mailbox once delivered), verify it.
 * Then checks that no rule was broken. Prints figures; changes nothing outside the scratch
 * database it creates and drops.
 */

const USAGE = 'usage: pnpm bench:portal [--parallel N] [--users-per-worker N] [--database-url postgres://…/postgres]';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function summary(name: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${name}: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`;
}

interface Steward {
  id: string;
  email: string;
  token: string;
}

async function post(base: string, path: string, body: object, cookie?: string): Promise<{ status: number; setCookie: string | null }> {
  const response = await fetch(`${base}/api/portal${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return { status: response.status, setCookie: response.headers.get('set-cookie') };
}

async function main(): Promise<void> {
  const o = parseOptions({ parallel: { type: 'string' }, 'users-per-worker': { type: 'string' }, 'database-url': { type: 'string' } });
  const parallel = intOption('parallel', o.parallel, 16, 1, 256);
  const perWorker = intOption('users-per-worker', o['users-per-worker'], 20, 1, 10_000);
  const adminUrl = o['database-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(adminUrl).hostname)) throw new UsageError('--database-url: only a loopback PostgreSQL (127.0.0.1, localhost, ::1)');
  say(`bench:portal: ${parallel} external users in parallel, ${perWorker} each in turn (${parallel * perWorker} round trips); node ${process.version}, ${os.availableParallelism()} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const scratch = await createScratchDatabase(adminUrl);
  const db = await openDatabase({ kind: 'postgres', url: scratch.url }).catch(async (error: unknown) => {
    await scratch.drop();
    throw error;
  });
  const config = parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://gatehouse.bench.test', DATABASE_URL: scratch.url, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' });
  const gatehouse = await createGatehouse(config, db, null);
  // The bench reads codes through its own connections: polling through the server's pool
  // would queue the server's own requests behind the bench and count that as their latency.
  const reader = new Pool({ connectionString: scratch.url, max: 4 });
  try {
    say(`database: ${scratch.name} on ${redactUrl(adminUrl)} (PostgreSQL ${scratch.serverVersion}), dropped at the end`);
    const base = await gatehouse.app.listen({ port: 0, host: '127.0.0.1' });
    const stewards: Steward[] = await createUnitOfWork(db, null)(async (tx) => {
      const accountId = await insertAccount(tx, 'Bench Arena');
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO items (account_id, module, title, description) VALUES ($1, 'JOBS', 'Bench gate check', '') RETURNING id`,
        [accountId],
      );
      const itemId = rows[0]?.id ?? '';
      const made: Steward[] = [];
      for (let i = 0; i < parallel * perWorker; i++) {
        const email = `steward${i}@bench.example`;
        const user = await insertExternalUser(tx, { accountId, email, firstName: 'Bench', lastName: `Steward ${i}` });
        const token = newToken();
        await tx.query('INSERT INTO item_external_assignments (item_id, external_user_id, account_id, token_hash, assigned_at) VALUES ($1, $2, $3, $4, now())', [
          itemId,
          user.id,
          accountId,
          hashToken(token),
        ]);
        made.push({ id: user.id, email, token });
      }
      return made;
    });
    await db.query('VACUUM ANALYZE');

    /** The code of the newest email to `email`: in the outbox row until delivered, then in the mailbox's subject. */
    const codeFor = async (email: string): Promise<string> => {
      for (let i = 0; i < 200; i++) {
        const queued = (await reader.query<{ code: string | null }>(`SELECT data->>'code' AS code FROM mail_outbox WHERE recipient = $1 AND template = 'portal_code' ORDER BY created_at DESC LIMIT 1`, [email])).rows;
        if (queued[0]?.code) return queued[0].code;
        const delivered = await reader
          .query<{ subject: string }>('SELECT subject FROM dev_mailbox WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1', [email])
          .then((r) => r.rows)
          .catch(() => []);
        const code = /^(\d{6}) /.exec(delivered[0]?.subject ?? '')?.[1];
        if (code) return code;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`no code for ${email}`);
    };

    const requestMs: number[] = [];
    const verifyMs: number[] = [];
    const roundTripMs: number[] = [];
    const broken: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: parallel }, async (_, w) => {
        for (let k = 0; k < perWorker; k++) {
          const s = stewards[w * perWorker + k];
          if (!s) continue;
          const t0 = performance.now();
          const asked = await post(base, '/code', { token: s.token });
          const t1 = performance.now();
          if (asked.status !== 204) broken.push(`${s.email}: code request answered ${asked.status}`);
          const code = await codeFor(s.email);
          const t2 = performance.now();
          const verified = await post(base, '/verify', { token: s.token, code });
          const t3 = performance.now();
          if (verified.status !== 204 || !verified.setCookie?.includes('gh_portal=')) broken.push(`${s.email}: verify answered ${verified.status}`);
          // The same person at once again: the one-a-minute rule must refuse, and the used code must not work twice.
          if ((await post(base, '/code', { token: s.token })).status !== 429) broken.push(`${s.email}: a second code within the minute was sent`);
          if ((await post(base, '/verify', { token: s.token, code })).status === 204) broken.push(`${s.email}: a code worked twice`);
          requestMs.push(t1 - t0);
          verifyMs.push(t3 - t2);
          roundTripMs.push(t3 - t0);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;

    // The floor on this machine right now, with the same parallelism: a portal request that
    // only reads (opening a link: one statement, no transaction). A shared machine's load moves
    // every figure; the round trip in floors of the same run moves much less.
    const floorMs: number[] = [];
    await Promise.all(
      Array.from({ length: parallel }, async (_, w) => {
        for (let k = 0; k < perWorker; k++) {
          const s = stewards[w * perWorker + k];
          if (!s) continue;
          const t0 = performance.now();
          if ((await post(base, '/link', { token: s.token })).status !== 200) broken.push(`${s.email}: opening the link failed`);
          floorMs.push(performance.now() - t0);
        }
      }),
    );

    // A burst: every person's link asked for a code 4 times at once (they are all inside their minute).
    const burst = await Promise.all(stewards.slice(0, parallel).flatMap((s) => Array.from({ length: 4 }, () => post(base, '/code', { token: s.token }))));
    if (burst.some((r) => r.status === 204)) broken.push('a parallel burst inside the minute sent a code');

    const perPerson: { id: string; codes: number; sessions: number; max_attempts: number }[] = await db.query(
      `SELECT x.id, (SELECT count(*)::int FROM portal_codes c WHERE c.external_user_id = x.id) AS codes,
              (SELECT count(*)::int FROM portal_sessions s WHERE s.external_user_id = x.id) AS sessions,
              (SELECT coalesce(max(attempts), 0)::int FROM portal_codes c WHERE c.external_user_id = x.id) AS max_attempts
         FROM external_users x`,
    );
    for (const p of perPerson) {
      if (p.codes !== 1) broken.push(`${p.id}: ${p.codes} codes in the minute`);
      if (p.sessions !== 1) broken.push(`${p.id}: ${p.sessions} portal sessions`);
      if (p.max_attempts > 5) broken.push(`${p.id}: a code was tried ${p.max_attempts} times`);
    }
    const stored: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM portal_codes WHERE code_hash ~ '^[0-9]{6}$'`);
    if ((stored[0]?.n ?? 0) > 0) broken.push('a code is stored in clear');

    say(`${roundTripMs.length} round trips in ${elapsed.toFixed(1)} s (${(roundTripMs.length / elapsed).toFixed(1)}/s)`);
    say(summary('request code (POST /api/portal/code)', requestMs));
    say(summary('verify code (POST /api/portal/verify)', verifyMs));
    say(summary('round trip (request, read the code, verify)', roundTripMs));
    const p50 = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
    say(`${summary('floor, opening a link (POST /api/portal/link, one read)', floorMs)}; round trip p50 = ${(p50(roundTripMs) / p50(floorMs)).toFixed(1)}× the floor's (load average now ${os.loadavg()[0]?.toFixed(1)})`);
    say(`rules: one code per person in the minute, a second request refused (429), a used code refused, a 4× parallel burst per person refused, 1 session each, ≤ 5 tries, hashes only: ${broken.length === 0 ? 'none broken' : `BROKEN ${broken.length}×`}`);
    for (const line of broken.slice(0, 10)) say(`  ${line}`);
    if (broken.length > 0) process.exitCode = 1;
  } finally {
    await reader.end();
    await gatehouse.app.close();
    await db.destroy();
    await scratch.drop();
  }
}

runCli('bench:portal', USAGE, main);
