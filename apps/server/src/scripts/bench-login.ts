import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../config';
import { insertAccount } from '../features/accounts';
import { hashPassword, verifyPassword } from '../platform/auth/passwords';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import { createGatehouse, openDatabase } from '../server';
import { formatMs, intOption, numberOption, parseOptions, runCli, say, UsageError } from './cli';
import type { LoginLoadJob, LoginLoadReport } from './bench/login-worker';
import { createScratchDatabase, redactUrl } from './bench/scratch-database';
import { cpuSpentMs, postgresBackendsCpuMs } from './bench/postgres-cpu';
import { ownThreadsCpuMs, type ThreadsCpu } from './bench/proc-cpu';
import { profiled } from './bench/profile';
import { countPoolQueries, typeormPool } from './bench/sql-counter';

const USAGE = 'usage: pnpm bench:login [--users N] [--duration S] [--concurrency C] [--profile DIR] [--database-url postgres://…/postgres]';
const TARGET_RATIO = 0.8;
/** Pairs of login and verification slices the measured time is cut into. */
const ROUNDS = 6;
const PASSWORD = 'bench passphrase for every login';
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { viewer { email account { name } } userErrors { code } } }';

interface Args {
  readonly users: number;
  readonly durationMs: number;
  readonly concurrency: number;
  readonly adminUrl: string;
  /** When set: after measuring, logins alone and verifications alone run under the CPU profiler (this process's main thread), one .cpuprofile each here. */
  readonly profileDir: string | null;
}

function parse(): Args {
  const v = parseOptions({ users: { type: 'string' }, duration: { type: 'string' }, concurrency: { type: 'string' }, profile: { type: 'string' }, 'database-url': { type: 'string' } });
  const adminUrl = v['database-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!/^postgres(ql)?:\/\/.+/.test(adminUrl)) throw new UsageError('--database-url: must be a postgres:// URL');
  // Loopback only: this generates load, and drops the database it creates.
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(adminUrl).hostname)) throw new UsageError('--database-url: only a loopback PostgreSQL (127.0.0.1, localhost, ::1)');
  return {
    users: intOption('users', v.users, 200, 1, 100_000),
    durationMs: numberOption('duration', v.duration, 12, 1) * 1000,
    concurrency: intOption('concurrency', v.concurrency, 4, 1, 64),
    adminUrl,
    profileDir: v.profile ?? null,
  };
}

interface Figures {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly count: number;
}

function figures(latencies: readonly number[] | Float64Array, elapsedMs: number): Figures {
  const sorted = Float64Array.from(latencies).sort();
  return { perSecond: (sorted.length * 1000) / elapsedMs, p50Ms: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, count: sorted.length };
}

/** Logins through the real server over HTTP, from one child process started before anything is measured (its start is no part of a login's CPU). */
interface LoginLoad {
  run(job: LoginLoadJob): Promise<LoginLoadReport>;
  stop(): void;
}

function startLoginLoad(): LoginLoad {
  // Without the profiler flags: only the server's process is profiled.
  const child: ChildProcess = fork(path.join(__dirname, 'bench/login-worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  let failed: Error | null = null;
  let pending: { resolve: (r: LoginLoadReport) => void; reject: (e: Error) => void } | null = null;
  const fail = (error: Error) => {
    failed = error;
    pending?.reject(error);
    pending = null;
  };
  child.on('error', fail);
  child.on('exit', (code) => fail(new Error(`login load process exited with ${code}`)));
  child.on('message', (report: LoginLoadReport) => {
    pending?.resolve(report);
    pending = null;
  });
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        if (failed !== null) return reject(failed);
        pending = { resolve, reject };
        child.send(job);
      }),
    stop: () => {
      child.removeAllListeners('exit');
      child.disconnect();
    },
  };
}

/** CPU of this process's threads between two readings. */
function threadsSpent(before: ThreadsCpu | null, after: ThreadsCpu | null): ThreadsCpu | null {
  return before === null || after === null ? null : { main: after.main - before.main, others: after.others - before.others };
}

function addThreads(total: ThreadsCpu | null, spent: ThreadsCpu | null): ThreadsCpu | null {
  return total === null || spent === null ? null : { main: total.main + spent.main, others: total.others + spent.others };
}

/** "main thread 4.1 ms, other threads 9.6 ms" per unit, or nothing without /proc. */
function threadSplit(spent: ThreadsCpu | null, units: number): string {
  return spent === null ? '' : ` (main thread ${(spent.main / units).toFixed(1)} ms, other threads ${(spent.others / units).toFixed(1)} ms)`;
}

/** argon2id verifications with the server's parameters, `concurrency` at a time, for `durationMs`. */
async function verifyLoad(hash: string, concurrency: number, durationMs: number): Promise<Figures> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  const lane = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      if (!(await verifyPassword(hash, PASSWORD))) throw new Error('the bench password did not verify');
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return figures(latencies, performance.now() - started);
}

/** Median of `n` timed runs of `fn`, in milliseconds. */
async function medianMs(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return figures(times, 1).p50Ms;
}

/** What one statement round trip costs on this machine, through the server's own pool. */
async function roundTripMs(db: Parameters<typeof createUnitOfWork>[0]): Promise<number> {
  return medianMs(50, () => db.query('SELECT 1'));
}

/** An account with `users` people who may log in, all with one password hash (the cost of a verify does not depend on the hash). */
async function seed(db: Parameters<typeof createUnitOfWork>[0], users: number, hash: string): Promise<string[]> {
  const emails = Array.from({ length: users }, (_, i) => `bench.login.${i}@example.com`);
  await createUnitOfWork(db, null)(async (tx) => {
    const accountId = await insertAccount(tx, 'Bench Arena');
    await tx.query(
      `WITH i AS (INSERT INTO identities (email, password_hash) SELECT e, $2 FROM unnest($1::text[]) AS e RETURNING id, email)
       INSERT INTO employees (account_id, identity_id, email, first_name, surname, role, invitation_state, terms_accepted_at, terms_accepted_version)
       SELECT $3, i.id, i.email, 'Bench', 'Person', 'GENERAL', 'ACCEPTED', now(), 1 FROM i`,
      [emails, hash, accountId],
    );
  });
  return emails;
}

async function main(): Promise<void> {
  const args = parse();
  const scratch = await createScratchDatabase(args.adminUrl);
  say(`bench:login on PostgreSQL ${scratch.serverVersion} (${redactUrl(scratch.url)}), ${args.users} users, ${args.concurrency} concurrent clients, ${args.durationMs / 1000} s measured in ${2 * ROUNDS} interleaved slices`);
  try {
    const db = await openDatabase({ kind: 'postgres', url: scratch.url });
    const sql = countPoolQueries(typeormPool(db));
    const hash = await hashPassword(PASSWORD);
    const emails = await seed(db, args.users, hash);
    const config = parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://gatehouse.bench.test', DATABASE_URL: scratch.url, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' });
    const gatehouse = await createGatehouse(config, db, null);
    const loads = startLoginLoad();
    try {
      const url = `${await gatehouse.app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
      const bodies = emails.map((email) => JSON.stringify({ query: LOGIN, variables: { input: { email, password: PASSWORD } } }));
      const run = async (concurrency: number, durationMs: number) => {
        const report = await loads.run({ url, bodies, concurrency, durationMs });
        if (report.errors > 0) throw new Error(`${report.errors} logins failed; first: ${report.firstError}`);
        return figures(report.latenciesMs, report.elapsedMs);
      };
      // Warm up both paths (JIT, pool connections, argon2's memory) before anything counts.
      await run(args.concurrency, 1500);
      await verifyLoad(hash, args.concurrency, 1000);

      // Short interleaved slices (login, verify, verify, login, …): on a shared machine the CPU
      // left to this process swings within seconds, and each pair of neighbouring slices sees
      // about the same share. The ratio of each pair, and their median, say more than one average.
      const slice = args.durationMs / (2 * ROUNDS);
      const pairs: { login: Figures; verify: Figures }[] = [];
      // CPU time is what the load of others cannot inflate: this process is the server (its
      // argon2 threads included; the clients run in another process), plus its PostgreSQL backends.
      const none: ThreadsCpu = { main: 0, others: 0 };
      const cpu = { login: 0, loginDb: 0 as number | null, verify: 0, loginThreads: none as ThreadsCpu | null, verifyThreads: none as ThreadsCpu | null };
      const timedLogins = async () => {
        const db0 = await postgresBackendsCpuMs(db);
        const t0 = ownThreadsCpuMs();
        const c0 = process.cpuUsage();
        const l = await run(args.concurrency, slice);
        const c = process.cpuUsage(c0);
        cpu.loginThreads = addThreads(cpu.loginThreads, threadsSpent(t0, ownThreadsCpuMs()));
        cpu.login += (c.user + c.system) / 1000;
        const spent = cpuSpentMs(db0, await postgresBackendsCpuMs(db));
        cpu.loginDb = cpu.loginDb === null || spent === null ? null : cpu.loginDb + spent;
        return l;
      };
      const timedVerifications = async () => {
        const t0 = ownThreadsCpuMs();
        const c0 = process.cpuUsage();
        const v = await verifyLoad(hash, args.concurrency, slice);
        const c = process.cpuUsage(c0);
        cpu.verifyThreads = addThreads(cpu.verifyThreads, threadsSpent(t0, ownThreadsCpuMs()));
        cpu.verify += (c.user + c.system) / 1000;
        return v;
      };
      for (let i = 0; i < ROUNDS; i++) {
        if (i % 2 === 0) {
          const l = await timedLogins();
          pairs.push({ login: l, verify: await timedVerifications() });
        } else {
          const v = await timedVerifications();
          pairs.push({ login: await timedLogins(), verify: v });
        }
      }
      const logins = pairs.reduce((n, p) => n + p.login.count, 0);
      const verifications = pairs.reduce((n, p) => n + p.verify.count, 0);
      const cpuPerVerify = cpu.verify / verifications;
      const cpuPerLogin = cpu.login / logins;
      const dbPerLogin = cpu.loginDb === null ? null : cpu.loginDb / logins;
      const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const login = mean(pairs.map((p) => p.login.perSecond));
      const verify = mean(pairs.map((p) => p.verify.perSecond));
      const ratio = login / verify;
      const pairRatios = pairs.map((p) => p.login.perSecond / p.verify.perSecond).sort((a, b) => a - b);
      const medianRatio = ((pairRatios[Math.floor((ROUNDS - 1) / 2)] ?? 0) + (pairRatios[Math.floor(ROUNDS / 2)] ?? 0)) / 2;

      // One client at a time: what a login costs beyond its one verification.
      sql.reset();
      const single = await run(1, 2000);
      const statements = sql.count / single.count;
      const singleVerify = await verifyLoad(hash, 1, 2000);
      const roundTrip = await roundTripMs(db);
      const notArgon = single.p50Ms - singleVerify.p50Ms;
      const inDatabase = statements * roundTrip;

      say('');
      say(`login through the server   ${login.toFixed(1)} /s   (p50 ${mean(pairs.map((p) => p.login.p50Ms)).toFixed(1)} ms at ${args.concurrency} concurrent)`);
      say(`raw argon2id verification  ${verify.toFixed(1)} /s   (p50 ${mean(pairs.map((p) => p.verify.p50Ms)).toFixed(1)} ms at ${args.concurrency} concurrent; m=19456 KiB, t=2, p=1)`);
      say(`ratio                      ${ratio.toFixed(2)}×  (target ≥ ${TARGET_RATIO}×): ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}`);
      say(`  per pair of neighbouring ${formatMs(slice)} slices: median ${medianRatio.toFixed(2)}×, from ${pairRatios[0]?.toFixed(2)}× to ${pairRatios[ROUNDS - 1]?.toFixed(2)}×`);
      say('');
      say('CPU, which the load of others does not inflate much (same run):');
      say(`  a raw verification     ${cpuPerVerify.toFixed(1)} ms${threadSplit(cpu.verifyThreads, verifications)}`);
      say(`  a login, server        ${cpuPerLogin.toFixed(1)} ms${threadSplit(cpu.loginThreads, logins)}, its verification included${dbPerLogin === null ? '' : `; its PostgreSQL backends ${dbPerLogin.toFixed(1)} ms`}`);
      const cpuRatio = cpuPerVerify / (cpuPerLogin + (dbPerLogin ?? 0));
      say(`  so on cores left to it, logins would run at about ${cpuRatio.toFixed(2)}× the verifications (CPU-bound both; an estimate, not a measurement)`);
      say('');
      say(`where a login's time goes (one client at a time; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} cores):`);
      say(`  login p50 ${single.p50Ms.toFixed(1)} ms = argon2id verification p50 ${singleVerify.p50Ms.toFixed(1)} ms + ${notArgon.toFixed(1)} ms of other work`);
      say(`  database: ${statements.toFixed(1)} statements a login (the throttle's and the session's transactions, whose commits do not wait for the disk;`);
      say(`    the identity with its memberships; the returned viewer's principal and employee), at ${roundTrip.toFixed(2)} ms a round trip here, about ${inDatabase.toFixed(1)} ms`);
      say(`  the rest, about ${Math.max(0, notArgon - inDatabase).toFixed(1)} ms: HTTP, GraphQL parsing, validation and execution, the JWT, cookies, waiting for a core`);
      say('  (PostgreSQL and the server share the cores argon2 runs on, so under load every step also waits its turn).');
      if (args.profileDir !== null) {
        const half = args.durationMs / 2;
        const logged = await profiled(args.profileDir, 'login', () => run(args.concurrency, half));
        const verified = await profiled(args.profileDir, 'verify', () => verifyLoad(hash, args.concurrency, half));
        say('');
        say(`profiles of this process's main thread (libuv's pool, where argon2 runs, is not sampled):`);
        say(`  ${logged.file} (${logged.result.count} logins)`);
        say(`  ${verified.file} (${verified.result.count} verifications)`);
      }
    } finally {
      loads.stop();
      await gatehouse.close();
    }
  } finally {
    await scratch.drop();
  }
}

runCli('bench:login', USAGE, main);
