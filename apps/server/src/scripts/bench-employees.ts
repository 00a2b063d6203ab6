import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseConfig } from '../config';
import { insertAccount } from '../features/accounts';
import { setPasswordHash } from '../features/auth';
import { hashPassword } from '../platform/auth/passwords';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import { ACCESS_COOKIE } from '../platform/http/session-cookies';
import { MAX_COST, MAX_DEPTH } from '../platform/graphql/limits';
import { createGatehouse, openDatabase, type Gatehouse } from '../server';
import { formatMs, intOption, numberOption, parseOptions, runCli, say, UsageError } from './cli';
import { fetchGraphqlPage, fetchHandWrittenPage, login, pageRequestBody } from './bench/gatehouse-client';
import { startHandWritten, type HandWrittenEndpoint } from './bench/hand-written';
import { runLoad, summarize, type LoadResult } from './bench/load';
import type { LoadJob, LoadReport } from './bench/load-job';
import { comparePages, PAGE_SIZE } from './bench/page';
import { createScratchDatabase, redactUrl } from './bench/scratch-database';
import { countPoolQueries, typeormPool, type SqlCounter } from './bench/sql-counter';
import { cpuSpentMs, postgresBackendsCpuMs } from './bench/postgres-cpu';
import { refreshPlannerStatistics, seedDemoDataIn, type DemoDataResult } from './demo/seed';
import { mib, peakRss } from './bench/memory';
import { allocationProfiled, profiled } from './bench/profile';
import { auditScenarios, employeeScenarios, seedAuditEvents, type Scenario } from './bench/scenarios';

const USAGE = 'usage: pnpm bench:employees [--employees N] [--audit-events N] [--single S] [--duration S] [--warmup S] [--concurrency C] [--rounds R] [--profile DIR] [--log-level L] [--database-url postgres://…/postgres]';
const TARGET_RATIO = 0.8;
/** Both sides get the same number of connections: TypeORM's pool is created with max 10 (platform/db/data-source.ts). */
const POOL_SIZE = 10;

interface Args {
  readonly employees: number;
  readonly auditEvents: number;
  /** Seconds each single-request scenario runs. */
  readonly singleMs: number;
  readonly durationMs: number;
  readonly warmupMs: number;
  readonly concurrency: number;
  readonly rounds: number;
  readonly adminUrl: string;
  /** When set: after measuring, each endpoint runs alone under the CPU profiler, then under the allocation sampler: a .cpuprofile and a .heapprofile per endpoint here. */
  readonly profileDir: string | null;
  /** The server's log level: warn (the default) leaves out the two lines info writes per request. */
  readonly logLevel: string;
}

function parse(): Args {
  const v = parseOptions({
    employees: { type: 'string' },
    'audit-events': { type: 'string' },
    single: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    concurrency: { type: 'string' },
    rounds: { type: 'string' },
    'database-url': { type: 'string' },
    profile: { type: 'string' },
    'log-level': { type: 'string' },
  });
  const adminUrl = v['database-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!/^postgres(ql)?:\/\/.+/.test(adminUrl)) throw new UsageError('--database-url: must be a postgres:// URL');
  // Loopback only: this generates load, and drops the database it creates.
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(adminUrl).hostname)) throw new UsageError('--database-url: only a loopback PostgreSQL (127.0.0.1, localhost, ::1)');
  return {
    employees: intOption('employees', v.employees, 5000, PAGE_SIZE, 1_000_000),
    auditEvents: intOption('audit-events', v['audit-events'], 0, 0, 20_000_000),
    singleMs: numberOption('single', v.single, 3, 0.5) * 1000,
    durationMs: numberOption('duration', v.duration, 10, 1) * 1000,
    warmupMs: numberOption('warmup', v.warmup, 3, 0) * 1000,
    concurrency: intOption('concurrency', v.concurrency, 16, 1, 256),
    rounds: intOption('rounds', v.rounds, 5, 1, 100),
    adminUrl,
    profileDir: v.profile ?? null,
    logLevel: v['log-level'] ?? 'warn',
  };
}

/** Undo steps, run last-first, also on Ctrl-C, so no gh_bench_ database is left behind. */
class Cleanup {
  private readonly steps: (() => Promise<void>)[] = [];

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        process.stderr.write(`bench:employees: cleanup: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  }
}

interface Setup {
  readonly gatehouse: Gatehouse;
  readonly accountId: string;
  readonly graphqlUrl: string;
  readonly handWritten: HandWrittenEndpoint;
  readonly accessToken: string;
  readonly gatehouseSql: SqlCounter;
  readonly handWrittenSql: SqlCounter;
}

/** A production Gatehouse: every production plugin on (auth, CSRF prevention, depth and cost limits), introspection and Sandbox off. */
async function startGatehouse(databaseUrl: string, logLevel: string, cleanup: Cleanup): Promise<{ gatehouse: Gatehouse; graphqlUrl: string; sql: SqlCounter }> {
  const db = await openDatabase({ kind: 'postgres', url: databaseUrl });
  cleanup.add(async () => void (db.isInitialized && (await db.destroy())));
  const sql = countPoolQueries(typeormPool(db));
  // Request logging off by default (warn): one JSON line per request to a terminal measures the
  // terminal, not Gatehouse. `--log-level info` measures it (send stdout to a file or a pipe).
  const config = parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://gatehouse.bench.test', DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: logLevel });
  const gatehouse = await createGatehouse(config, db, null);
  cleanup.add(() => gatehouse.app.close());
  const address = await gatehouse.app.listen({ port: 0, host: '127.0.0.1' });
  return { gatehouse, graphqlUrl: `${address}/graphql`, sql };
}

/** The account and its people, in one unit of work. */
async function seed(gatehouse: Gatehouse, employees: number): Promise<DemoDataResult> {
  return createUnitOfWork(gatehouse.db, null)(async (tx) => {
    const accountId = await insertAccount(tx, 'Bench Arena');
    return seedDemoDataIn(tx, { accountId, employees });
  });
}

/** One ACCOUNT_ADMIN gets a password (one argon2 hash, nothing in bulk) and logs in through the real mutation. */
async function loginAsAccountAdmin(gatehouse: Gatehouse, graphqlUrl: string, seeded: DemoDataResult): Promise<{ email: string; token: string }> {
  const admin = seeded.accountAdmins[0];
  if (admin === undefined) throw new Error('the demo data has no active ACCOUNT_ADMIN');
  const password = randomBytes(18).toString('base64url');
  const passwordHash = await hashPassword(password);
  await createUnitOfWork(gatehouse.db, null)((tx) => setPasswordHash(tx, admin.identityId, passwordHash));
  return { email: admin.email, token: await login(graphqlUrl, admin.email, password) };
}

async function setUp(args: Args, cleanup: Cleanup): Promise<Setup> {
  const scratch = await createScratchDatabase(args.adminUrl);
  cleanup.add(() => scratch.drop());
  say(`database: ${scratch.name} on ${redactUrl(args.adminUrl)} (PostgreSQL ${scratch.serverVersion}), dropped at the end`);
  const { gatehouse, graphqlUrl, sql } = await startGatehouse(scratch.url, args.logLevel, cleanup);
  const started = performance.now();
  const seeded = await seed(gatehouse, args.employees);
  await refreshPlannerStatistics(gatehouse.db);
  const c = seeded.counts;
  say(`seeded ${c.employees} employees, ${c.departments} departments, ${c.userGroups} groups, ${c.groupMemberships} memberships, ${c.modulePermissions} module permissions in ${formatMs(performance.now() - started)}`);
  const { email, token } = await loginAsAccountAdmin(gatehouse, graphqlUrl, seeded);
  const handWritten = await startHandWritten(scratch.url, POOL_SIZE);
  cleanup.add(() => handWritten.close());
  say(`gatehouse server: ${graphqlUrl} (NODE_ENV=production: cookie auth, CSRF prevention, depth limit ${MAX_DEPTH}, cost limit ${MAX_COST}, introspection and Sandbox off, log level ${args.logLevel})`);
  say(`hand-written server: ${handWritten.url} (node:http + pg Pool max ${POOL_SIZE}; authenticates the same cookie: jose JWT verify + session/employee lookup + role check)`);
  say(`logged in through the login mutation as ${email} (ACCOUNT_ADMIN)`);
  return { gatehouse, accountId: seeded.accountId, graphqlUrl, handWritten, accessToken: token, gatehouseSql: sql, handWrittenSql: countPoolQueries(handWritten.pool) };
}

/** Both endpoints must answer the same JSON, or the comparison means nothing. */
async function verifySamePage(s: Setup): Promise<void> {
  const graphql = await fetchGraphqlPage(s.graphqlUrl, s.accessToken);
  const handWritten = await fetchHandWrittenPage(s.handWritten.url, s.accessToken);
  const difference = comparePages(graphql, handWritten);
  if (difference !== null) {
    throw new Error(`the two endpoints disagree at ${difference.path}: graphql ${JSON.stringify(difference.left)} vs hand-written ${JSON.stringify(difference.right)}`);
  }
  say(`same JSON from both (deep-equal, groups compared as sets): ${PAGE_SIZE} employees with departments, groups and effective permissions`);
}

/** Statements for exactly one page on each side (nothing else runs meanwhile). */
async function countStatementsPerPage(s: Setup): Promise<{ graphql: number; handWritten: number }> {
  s.gatehouseSql.reset();
  await fetchGraphqlPage(s.graphqlUrl, s.accessToken);
  const graphql = s.gatehouseSql.count;
  s.handWrittenSql.reset();
  await fetchHandWrittenPage(s.handWritten.url, s.accessToken);
  return { graphql, handWritten: s.handWrittenSql.count };
}

function jobs(s: Setup, args: Args): { graphql: (ms: number) => LoadJob; handWritten: (ms: number) => LoadJob } {
  const cookie = `${ACCESS_COOKIE}=${s.accessToken}`;
  const body = pageRequestBody();
  const common = { concurrency: args.concurrency };
  return {
    graphql: (durationMs) => ({
      ...common,
      durationMs,
      url: s.graphqlUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), cookie },
      body,
      expectPrefix: '{"data":{"employees":',
    }),
    handWritten: (durationMs) => ({ ...common, durationMs, url: `${s.handWritten.url}?first=${PAGE_SIZE}`, method: 'GET', headers: { cookie }, body: null, expectPrefix: '{"employees":' }),
  };
}

function line(name: string, r: LoadResult): string {
  return `${name}: ${r.requestsPerSecond.toFixed(0)} req/s p50 ${r.p50Ms.toFixed(1)} ms p99 ${r.p99Ms.toFixed(1)} ms (${r.requests} requests in ${formatMs(r.elapsedMs)}, ${r.errors} errors)`;
}

function assertNoErrors(name: string, r: LoadResult): void {
  if (r.errors > 0) throw new Error(`${name}: ${r.errors} failed requests under load, first: ${r.firstError ?? '?'}`);
}

interface Measured {
  readonly graphql: LoadResult;
  readonly handWritten: LoadResult;
  /** Event-loop busy time of the server thread per page: the Node-side cost, apart from the database. */
  readonly graphqlBusyMs: number;
  readonly handWrittenBusyMs: number;
  /** CPU time (user + system) of the whole process per page: unlike busy time, it does not grow while other programs hold the cores. */
  readonly graphqlCpuMs: number;
  readonly handWrittenCpuMs: number;
  /**
   * CPU of the database's backends per page (from /proc; null where it cannot be read). Both
   * servers use the one database, but only one side runs at a time. PostgreSQL shares the
   * machine's cores with Node, so this counts toward throughput as much as the process CPU.
   */
  readonly graphqlDbCpuMs: number | null;
  readonly handWrittenDbCpuMs: number | null;
  readonly statementsUnderLoad: number;
  readonly roundRatios: number[];
}

/**
 * Runs a job and measures how busy it kept this thread's event loop (both servers live on it)
 * and the CPU time the process spent meanwhile (the load worker's share is about the same for
 * both endpoints: the same requests, answers of the same size).
 */
async function runMeasured(s: Setup, job: LoadJob): Promise<{ report: LoadReport; busyMs: number; cpuMs: number; dbCpuMs: number | null }> {
  const dbBefore = await postgresBackendsCpuMs(s.gatehouse.db);
  const before = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
  const report = await runLoad(job);
  const cpu = process.cpuUsage(cpuBefore);
  const busyMs = performance.eventLoopUtilization(before).active;
  return { report, busyMs, cpuMs: (cpu.user + cpu.system) / 1000, dbCpuMs: cpuSpentMs(dbBefore, await postgresBackendsCpuMs(s.gatehouse.db)) };
}

const plus = (total: number | null, ms: number | null): number | null => (total === null || ms === null ? null : total + ms);

/**
 * Alternates the two endpoints in short rounds: on a shared, noisy machine a slow patch then
 * hits both sides alike instead of skewing the ratio. SQL statements are counted while the
 * GraphQL rounds run (nothing else uses the server's pool meanwhile).
 */
async function alternate(s: Setup, args: Args): Promise<Measured> {
  const job = jobs(s, args);
  const perRound = args.durationMs / args.rounds;
  const graphql: LoadReport[] = [];
  const handWritten: LoadReport[] = [];
  let statements = 0;
  let graphqlBusy = 0;
  let handWrittenBusy = 0;
  let graphqlCpu = 0;
  let handWrittenCpu = 0;
  let graphqlDbCpu: number | null = 0;
  let handWrittenDbCpu: number | null = 0;
  for (let round = 0; round < args.rounds; round++) {
    s.gatehouseSql.reset();
    const g = await runMeasured(s, job.graphql(perRound));
    statements += s.gatehouseSql.count;
    const h = await runMeasured(s, job.handWritten(perRound));
    graphqlDbCpu = plus(graphqlDbCpu, g.dbCpuMs);
    handWrittenDbCpu = plus(handWrittenDbCpu, h.dbCpuMs);
    graphql.push(g.report);
    handWritten.push(h.report);
    graphqlBusy += g.busyMs;
    handWrittenBusy += h.busyMs;
    graphqlCpu += g.cpuMs;
    handWrittenCpu += h.cpuMs;
  }
  const gAll = summarize(graphql);
  const hAll = summarize(handWritten);
  return {
    graphql: gAll,
    handWritten: hAll,
    graphqlBusyMs: graphqlBusy / Math.max(1, gAll.requests),
    handWrittenBusyMs: handWrittenBusy / Math.max(1, hAll.requests),
    graphqlCpuMs: graphqlCpu / Math.max(1, gAll.requests),
    handWrittenCpuMs: handWrittenCpu / Math.max(1, hAll.requests),
    graphqlDbCpuMs: graphqlDbCpu === null ? null : graphqlDbCpu / Math.max(1, gAll.requests),
    handWrittenDbCpuMs: handWrittenDbCpu === null ? null : handWrittenDbCpu / Math.max(1, hAll.requests),
    statementsUnderLoad: statements / Math.max(1, gAll.requests + gAll.errors),
    roundRatios: graphql.map((r, i) => summarize([r]).requestsPerSecond / summarize(handWritten.slice(i, i + 1)).requestsPerSecond),
  };
}

async function measure(s: Setup, args: Args): Promise<void> {
  const job = jobs(s, args);
  say(`load: ${args.concurrency} requests in flight from a worker thread (node:http keep-alive); warm-up ${formatMs(args.warmupMs)} each, then ${formatMs(args.durationMs)} each in ${args.rounds} alternating rounds`);
  if (args.warmupMs > 0) {
    assertNoErrors('graphql warm-up', summarize([await runLoad(job.graphql(args.warmupMs))]));
    assertNoErrors('hand-written warm-up', summarize([await runLoad(job.handWritten(args.warmupMs))]));
  }
  const statements = await countStatementsPerPage(s);
  const m = await alternate(s, args);
  say(line('graphql', m.graphql));
  say(line('hand-written', m.handWritten));
  const ratio = m.graphql.requestsPerSecond / m.handWritten.requestsPerSecond;
  say(`ratio: ${ratio.toFixed(2)} (GraphQL req/s ÷ hand-written req/s; target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}; by round: ${m.roundRatios.map((r) => r.toFixed(2)).join(' ')})`);
  say(`sql statements per GraphQL page: ${statements.graphql} (one request; ${m.statementsUnderLoad.toFixed(2)} on average under load); hand-written: ${statements.handWritten}`);
  say(`server thread busy per page: graphql ${m.graphqlBusyMs.toFixed(2)} ms, hand-written ${m.handWrittenBusyMs.toFixed(2)} ms (event-loop utilization ÷ requests)`);
  say(`process CPU per page: graphql ${m.graphqlCpuMs.toFixed(2)} ms, hand-written ${m.handWrittenCpuMs.toFixed(2)} ms (user + system time ÷ requests, load worker included; unlike busy time it does not grow while other programs hold the cores)`);
  if (m.graphqlDbCpuMs !== null && m.handWrittenDbCpuMs !== null) {
    say(`PostgreSQL CPU per page: graphql ${m.graphqlDbCpuMs.toFixed(2)} ms, hand-written ${m.handWrittenDbCpuMs.toFixed(2)} ms (the database's backends, from /proc; one side runs at a time); both: graphql ${(m.graphqlCpuMs + m.graphqlDbCpuMs).toFixed(2)} ms, hand-written ${(m.handWrittenCpuMs + m.handWrittenDbCpuMs).toFixed(2)} ms`);
  }
  assertNoErrors('graphql', m.graphql);
  assertNoErrors('hand-written', m.handWritten);
}

/** Each scenario alone, one request at a time: the latency a person sees. */
async function measureSingle(s: Setup, args: Args, scenarios: readonly Scenario[]): Promise<void> {
  const cookie = `${ACCESS_COOKIE}=${s.accessToken}`;
  for (const scenario of scenarios) {
    const job = (durationMs: number): LoadJob => ({
      concurrency: 1,
      durationMs,
      url: s.graphqlUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(scenario.body)), cookie },
      body: scenario.body,
      expectPrefix: scenario.expectPrefix,
    });
    await runLoad(job(Math.min(1000, args.singleMs)));
    const r = summarize([await runLoad(job(args.singleMs))]);
    assertNoErrors(scenario.name, r);
    say(`single ${scenario.name}: p50 ${r.p50Ms.toFixed(1)} ms p99 ${r.p99Ms.toFixed(1)} ms (${r.requests} requests, concurrency 1)`);
  }
}

/**
 * The plan of every statement the audit log's first page sends (the caller's session lookup
 * aside), as the server sent it: captured from its pool, then run again under EXPLAIN ANALYZE.
 */
async function explainAuditFirstPage(s: Setup): Promise<void> {
  const [scenario] = auditScenarios();
  if (scenario === undefined) return;
  s.gatehouseSql.reset();
  const response = await fetch(s.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `${ACCESS_COOKIE}=${s.accessToken}` }, body: scenario.body });
  if (!(await response.text()).startsWith(scenario.expectPrefix)) throw new Error('audit log first page: unexpected answer');
  const statements = s.gatehouseSql.statements.filter((st) => !/\bFROM sessions\b/.test(st.text));
  for (const st of statements) {
    const plan: { 'QUERY PLAN': string }[] = await s.gatehouse.db.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.text}`, [...st.values]);
    say(`EXPLAIN ANALYZE of a statement of the audit log first page:\n  ${st.text.replace(/\s+/g, ' ').trim()}\n${plan.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`);
  }
}

/** Each endpoint alone under load, profiled: where a page's server time goes, without the other side's samples. */
async function profile(s: Setup, args: Args, dir: string): Promise<void> {
  const job = jobs(s, args);
  for (const [name, run] of [['graphql', job.graphql], ['hand-written', job.handWritten]] as const) {
    const { result, file } = await profiled(dir, name, async () => summarize([await runLoad(run(args.durationMs))]));
    assertNoErrors(`${name} profile`, result);
    say(`profile of ${name}: ${file} (${result.requests} requests, ${result.requestsPerSecond.toFixed(0)} req/s while profiled)`);
  }
  // A separate run: the heap sampler slows allocation, so it would skew the CPU profile.
  for (const [name, run] of [['graphql', job.graphql], ['hand-written', job.handWritten]] as const) {
    const { result, file } = await allocationProfiled(dir, name, async () => summarize([await runLoad(run(args.durationMs))]));
    assertNoErrors(`${name} allocation profile`, result);
    say(`allocation profile of ${name}: ${file} (${result.requests} requests; bytes allocated, garbage included)`);
  }
}

async function main(): Promise<void> {
  const args = parse();
  const cleanup = new Cleanup();
  process.once('SIGINT', () => void cleanup.run().then(() => process.exit(130)));
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  say(`bench:employees: ${args.employees} employees, pages of ${PAGE_SIZE}, concurrency ${args.concurrency}; node ${process.version}, ${os.availableParallelism()} CPUs, load average ${load}`);
  try {
    const s = await setUp(args, cleanup);
    await verifySamePage(s);
    const { peakBytes } = await peakRss(async () => {
      await measureSingle(s, args, await employeeScenarios(s.gatehouse.db, s.accountId));
      await measure(s, args);
    });
    if (args.profileDir !== null) await profile(s, args, args.profileDir);
    say(`peak RSS while measuring: ${mib(peakBytes)} (one process: Gatehouse, the hand-written server and the load worker); process max RSS ${mib(process.resourceUsage().maxRSS * 1024)} (seeding included)`);
    if (args.auditEvents > 0) {
      const started = performance.now();
      await seedAuditEvents(s.gatehouse.db, s.accountId, args.auditEvents);
      say(`seeded ${args.auditEvents} audit events in ${formatMs(performance.now() - started)}`);
      await measureSingle(s, args, auditScenarios());
      await explainAuditFirstPage(s);
    }
  } finally {
    await cleanup.run();
  }
}

runCli('bench:employees', USAGE, main);
