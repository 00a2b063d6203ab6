import 'reflect-metadata';
import os from 'node:os';
import type { Logger } from 'typeorm';
import { parseConfig } from '../config';
import { insertAccount } from '../features/accounts';
import { startSession } from '../features/auth';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import { ACCESS_COOKIE } from '../platform/http/session-cookies';
import { createGatehouse, openDatabase } from '../server';
import { formatMs, intOption, parseOptions, runCli, say } from './cli';
import { seedItems } from './bench/item-seed';
import { createScratchDatabase, redactUrl } from './bench/scratch-database';

const USAGE = 'usage: pnpm bench:items [--items N] [--requests N] [--database-url postgres://…/postgres]';
const PAGE_SIZE = 50;
/** The target is the single request's median, on the machine's PostgreSQL. */
const TARGET_P50_MS = 15;

/** The first page of jobs as the admin app's list asks for it. */
const PAGE_QUERY = `query BenchItems($first: Int) {
  items(module: JOBS, first: $first, orderBy: { field: DUE }) {
    pageInfo { hasNextPage endCursor }
    edges { node { id title status dueAt confidentialLevel isArchived department { id name } ownerGroup { id name }
                   sharedGroups { id name } assignedEmployees { id firstName surname } checklist { id text tick { at name } } viewerCanEdit viewerCanAdminister } }
  } }`;

/** Records the statements sent while `capturing` is on. */
class Capture implements Logger {
  capturing = false;
  readonly statements: { sql: string; params: unknown[] }[] = [];
  logQuery(sql: string, params?: unknown[]): void {
    if (this.capturing) this.statements.push({ sql, params: params ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const o = parseOptions({ items: { type: 'string' }, requests: { type: 'string' }, 'database-url': { type: 'string' } });
  const items = intOption('items', o.items, 100_000, 1, 5_000_000);
  const requests = intOption('requests', o.requests, 500, 10, 100_000);
  const adminUrl = o['database-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  say(`bench:items: ${items} jobs in one account, first page of ${PAGE_SIZE} for a GENERAL viewer with department scope, 2 groups, see levels 1–3; node ${process.version}, ${os.availableParallelism()} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const scratch = await createScratchDatabase(adminUrl);
  say(`scratch database ${redactUrl(scratch.url)} (PostgreSQL ${scratch.serverVersion})`);
  const capture = new Capture();
  const db = await openDatabase({ kind: 'postgres', url: scratch.url }, capture);
  const config = parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://gatehouse.bench.test', DATABASE_URL: scratch.url, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' });
  const gatehouse = await createGatehouse(config, db, null);
  try {
    const started = performance.now();
    const seeded = await createUnitOfWork(db, null)(async (tx) => seedItems(tx, await insertAccount(tx, 'Bench Stadium'), { items, employees: 5_000 }));
    await db.query('VACUUM ANALYZE');
    const counts: { jobs: string }[] = await db.query(`SELECT count(*) AS jobs FROM items WHERE account_id = $1 AND module = 'JOBS'`, [seeded.accountId]);
    say(`seeded ${counts[0]?.jobs ?? '?'} jobs (plus incidents, links, checklists) in ${formatMs(performance.now() - started)}, then VACUUM ANALYZE`);

    const tokens = await createUnitOfWork(db, null)((tx) =>
      startSession(tx, gatehouse.signingKey, { identityId: seeded.viewer.identityId, accountId: seeded.accountId }, { ip: '127.0.0.1', userAgent: 'bench' }),
    );
    const url = `${await gatehouse.app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
    const body = JSON.stringify({ query: PAGE_QUERY, variables: { first: PAGE_SIZE } });
    const headers = { 'content-type': 'application/json', cookie: `${ACCESS_COOKIE}=${tokens.accessToken}` };
    const request = async (payload = body): Promise<number> => {
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', headers, body: payload });
      const json: unknown = await res.json();
      const ms = performance.now() - t0;
      if (!res.ok || typeof json !== 'object' || json === null || 'errors' in json) throw new Error(`page request failed: ${JSON.stringify(json).slice(0, 500)}`);
      return ms;
    };
    for (let i = 0; i < 50; i++) await request();
    const times: number[] = [];
    for (let i = 0; i < requests; i++) times.push(await request());
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    // The floor on this machine right now: an authenticated request that reads nothing (the
    // session check only). Shared machines are noisy; compare the page with this, in one run.
    const floor: number[] = [];
    const empty = JSON.stringify({ query: '{ __typename }' });
    for (let i = 0; i < Math.min(requests, 200); i++) floor.push(await request(empty));
    floor.sort((a, b) => a - b);
    say(`floor, an authenticated { __typename } request, ${floor.length} runs: p50 ${percentile(floor, 50).toFixed(1)} ms, p95 ${percentile(floor, 95).toFixed(1)} ms (load average now ${os.loadavg()[0]?.toFixed(1)})`);
    say(`single request, first page of ${PAGE_SIZE}, ${requests} requests one at a time: p50 ${p50.toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${(times.at(-1) ?? NaN).toFixed(1)} ms (target p50 ≤ ${TARGET_P50_MS} ms: ${p50 <= TARGET_P50_MS ? 'met' : 'MISSED'}; ${(p50 / percentile(floor, 50)).toFixed(1)}× the floor's p50)`);

    capture.capturing = true;
    await request();
    capture.capturing = false;
    const page = capture.statements.find((s) => /^\s*WITH/i.test(s.sql));
    say(`statements per page request: ${capture.statements.length}`);
    if (page) {
      say('\nthe page statement:');
      say(page.sql.replace(/\n\s*\n/g, '\n'));
      say(`parameters: ${JSON.stringify(page.params)}`);
      // The statement alone, through the same pool: what the database costs of each request.
      const sqlTimes: number[] = [];
      for (let i = 0; i < Math.min(requests, 200); i++) {
        const t0 = performance.now();
        await db.query(page.sql, page.params);
        sqlTimes.push(performance.now() - t0);
      }
      sqlTimes.sort((a, b) => a - b);
      say(`the page statement alone, ${sqlTimes.length} runs: p50 ${percentile(sqlTimes, 50).toFixed(1)} ms, p95 ${percentile(sqlTimes, 95).toFixed(1)} ms`);
      const plan: Record<string, string>[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${page.sql}`, page.params);
      say('\nEXPLAIN (ANALYZE, BUFFERS):');
      const lines = plan.map((row) => Object.values(row).join(''));
      for (const line of lines) say(line);
      const seqScans = lines.filter((line) => /Seq Scan on (items|item_shared_groups|item_employee_assignments|item_checklist_entries)\b/.test(line));
      const walk = lines.find((line) => /Index (Only )?Scan using items_order_due_idx/.test(line))?.trim() ?? 'not found';
      say(`\nsequential scans of the item tables: ${seqScans.length === 0 ? 'none' : seqScans.join('; ')}`);
      say(`the page's walk: ${walk}`);
      if (seqScans.length > 0) process.exitCode = 1;
    }
  } finally {
    await gatehouse.close();
    await scratch.drop();
  }
}

runCli('bench:items', USAGE, main);
