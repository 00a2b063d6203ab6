import 'reflect-metadata';
import { parseConfig } from '../config';
import { insertAccount } from '../features/accounts';
import { startSession, upsertIdentity } from '../features/auth';
import { insertEmployee } from '../features/employees';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import { ACCESS_COOKIE } from '../platform/http/session-cookies';
import { createGatehouse, openDatabase } from '../server';
import { formatMs, intOption, parseOptions, runCli, say, UsageError } from './cli';
import { createScratchDatabase, redactUrl } from './bench/scratch-database';
import { countPoolQueries, typeormPool } from './bench/sql-counter';

/**
 * What authenticating with an API token costs next to a cookie session: SQL statements per
 * request and latency, on one production server, for the same small query. Prints figures;
 * changes nothing outside the scratch database it creates and drops.
 */

const USAGE = 'usage: pnpm bench:api-tokens [--requests N] [--tokens N] [--database-url postgres://…/postgres]';
const QUERY = JSON.stringify({ query: '{ departments(first: 1) { totalCount } }' });

function parse() {
  const v = parseOptions({ requests: { type: 'string' }, tokens: { type: 'string' }, 'database-url': { type: 'string' } });
  const adminUrl = v['database-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(adminUrl).hostname)) throw new UsageError('--database-url: only a loopback PostgreSQL (127.0.0.1, localhost, ::1)');
  return { requests: intOption('requests', v.requests, 2000, 10, 100_000), tokens: intOption('tokens', v.tokens, 20_000, 0, 2_000_000), adminUrl };
}

/** `n` sequential requests with `headers`; mean milliseconds each. */
async function timeRequests(url: string, headers: Record<string, string>, n: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors !== undefined) throw new Error(`request failed: ${JSON.stringify(body)}`);
  }
  return (performance.now() - started) / n;
}

async function main(): Promise<void> {
  const args = parse();
  const scratch = await createScratchDatabase(args.adminUrl);
  const db = await openDatabase({ kind: 'postgres', url: scratch.url }).catch(async (error: unknown) => {
    await scratch.drop();
    throw error;
  });
  const config = parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://gatehouse.bench.test', DATABASE_URL: scratch.url, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' });
  const gatehouse = await createGatehouse(config, db, null);
  try {
    say(`database: ${scratch.name} on ${redactUrl(args.adminUrl)} (PostgreSQL ${scratch.serverVersion}), dropped at the end`);
    const sql = countPoolQueries(typeormPool(db));
    const url = `${await gatehouse.app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
    const session = await createUnitOfWork(db, null)(async (tx) => {
      const accountId = await insertAccount(tx, 'Bench Arena');
      const identityId = await upsertIdentity(tx, 'bench.admin@example.com');
      await insertEmployee(tx, { accountId, identityId, email: 'bench.admin@example.com', firstName: 'Bench', surname: 'Admin', isActive: true, departmentId: null, role: 'ACCOUNT_ADMIN' });
      // Other tenants' tokens fill the table, so the lookup is an index probe among many.
      await tx.query(
        `INSERT INTO api_tokens (account_id, name, role, token_hash) SELECT $1, 'Client ' || i, 'GENERAL', md5(i::text) FROM generate_series(1, $2::int) i`,
        [await insertAccount(tx, 'Other Arena'), args.tokens],
      );
      return startSession(tx, gatehouse.signingKey, { identityId, accountId }, { ip: '127.0.0.1', userAgent: 'bench' });
    });
    await db.query('VACUUM ANALYZE');
    const cookie = { cookie: `${ACCESS_COOKIE}=${session.accessToken}` };
    const created = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...cookie },
      body: JSON.stringify({ query: 'mutation { createApiToken(input: { name: "Bench", role: USER_ADMIN }) { token } }' }),
    });
    const token = ((await created.json()) as { data: { createApiToken: { token: string } } }).data.createApiToken.token;
    const bearer = { authorization: `Bearer ${token}` };
    say(`${args.requests} sequential requests of ${QUERY} each way, ${args.tokens + 1} API tokens in the table`);

    // Warm both paths, then alternate halves so drift on a shared machine hits both sides.
    await timeRequests(url, cookie, 50);
    await timeRequests(url, bearer, 50);
    const half = Math.floor(args.requests / 2);
    const counts = { cookie: 0, bearer: 0 };
    const ms = { cookie: 0, bearer: 0 };
    for (const round of [0, 1]) {
      for (const side of round === 0 ? (['cookie', 'bearer'] as const) : (['bearer', 'cookie'] as const)) {
        sql.reset();
        ms[side] += (await timeRequests(url, side === 'cookie' ? cookie : bearer, half)) / 2;
        counts[side] += sql.count;
      }
    }
    const [row] = await db.query('SELECT last_used_at FROM api_tokens WHERE name = $1', ['Bench']);
    say(`SQL statements per request: cookie session ${(counts.cookie / (2 * half)).toFixed(3)}, API token ${(counts.bearer / (2 * half)).toFixed(3)} (the query itself included)`);
    say(`mean latency: cookie session ${formatMs(ms.cookie)} (${ms.cookie.toFixed(3)} ms), API token ${ms.bearer.toFixed(3)} ms; token/cookie ${(ms.bearer / ms.cookie).toFixed(2)}×`);
    say(`last_used_at: ${row?.last_used_at instanceof Date ? row.last_used_at.toISOString() : 'never'} (written at most once a minute)`);
  } finally {
    await gatehouse.app.close();
    if (db.isInitialized) await db.destroy();
    await scratch.drop();
  }
}

runCli('bench:api-tokens', USAGE, main);
