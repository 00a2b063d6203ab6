import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { insertAccount } from '../features/accounts';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import type { OutgoingMail } from '../platform/mail/outbox';
import { openDatabase } from '../server';
import { createScratchDatabase, redactUrl } from './bench/scratch-database';
import { formatMs, intOption, numberOption, parseOptions, runCli, say, UsageError } from './cli';
import { MailgunCompatibleServer } from './mail/mailgun-compatible-server';

/**
 * `pnpm bench:mail`: how fast the outbox delivers, against the machine's PostgreSQL and a local
 * Mailgun-compatible server, with the real worker in separate server processes talking to it
 * through mailgun.js. Prints emails per second with one and with two workers and the number of
 * emails delivered twice (must be 0), then queues invitations while the provider fails half
 * of its calls for a while, and reports when all were delivered, each exactly once.
 */

const USAGE = 'usage: pnpm bench:mail [--emails N] [--invitations N] [--outage S] [--database-url postgres://…/postgres]';
const TARGET_PER_SECOND = 500;

interface Args {
  readonly emails: number;
  readonly invitations: number;
  readonly outageMs: number;
  readonly adminUrl: string;
}

function parse(): Args {
  const v = parseOptions({ emails: { type: 'string' }, invitations: { type: 'string' }, outage: { type: 'string' }, 'database-url': { type: 'string' } });
  const adminUrl = v['database-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!/^postgres(ql)?:\/\/.+/.test(adminUrl)) throw new UsageError('--database-url: must be a postgres:// URL');
  // Loopback only: this generates load, and drops the database it creates.
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(adminUrl).hostname)) throw new UsageError('--database-url: only a loopback PostgreSQL (127.0.0.1, localhost, ::1)');
  return {
    emails: intOption('emails', v.emails, 5_000, 100, 200_000),
    invitations: intOption('invitations', v.invitations, 1_000, 10, 100_000),
    outageMs: numberOption('outage', v.outage, 10, 0) * 1000,
    adminUrl,
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts `count` server processes running the mail worker against the database and the local Mailgun. */
async function startWorkers(count: number, env: Record<string, string>): Promise<ChildProcess[]> {
  const script = path.join(__dirname, 'bench', 'mail-worker-process.js');
  return Promise.all(
    Array.from({ length: count }, async () => {
      const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      await new Promise<void>((resolve, reject) => {
        child.once('message', (m) => (m === 'ready' ? resolve() : reject(new Error(String(m)))));
        child.once('exit', (code) => reject(new Error(`worker process exited with ${code}`)));
        child.send({ type: 'start', env });
      });
      return child;
    }),
  );
}

/** Stops the worker processes; answers the CPU milliseconds they spent since the mail was queued. */
async function stopWorkers(children: readonly ChildProcess[]): Promise<number> {
  const spent = await Promise.all(
    children.map(
      (child) =>
        new Promise<number>((resolve) => {
          let cpuMs = 0;
          if (child.exitCode !== null) return resolve(0);
          child.on('message', (m: unknown) => {
            if (typeof m === 'object' && m !== null && 'cpuMs' in m && typeof m.cpuMs === 'number') cpuMs = m.cpuMs;
          });
          child.once('exit', () => resolve(cpuMs));
          child.send('stop');
        }),
    ),
  );
  return spent.reduce((a, b) => a + b, 0);
}

function invitation(accountId: string, i: number, run: string): OutgoingMail {
  return { accountId, to: `bench-${run}-${i}@example.test`, template: 'invitation', data: { firstName: `Guest ${i}`, invitedBy: 'Bench Admin', token: `token-${run}-${i}`, expiresAt: '2026-12-31T12:00:00.000Z' } };
}

interface RunResult {
  readonly delivered: number;
  readonly ms: number;
  readonly duplicates: number;
  readonly failed: number;
  /** CPU the worker processes spent, per delivered email. */
  readonly cpuMsPerEmail: number;
  /** CPU the local Mailgun server (this process) spent, per delivered email. */
  readonly providerCpuMsPerEmail: number;
  /** TCP connections the workers opened to the provider. */
  readonly connections: number;
}

/** Queues `count` invitations in one unit of work, nudges the workers, and waits until the provider has them all. */
async function deliverBatch(args: {
  workers: number;
  count: number;
  run: string;
  mailgun: MailgunCompatibleServer;
  accountId: string;
  env: Record<string, string>;
  databaseUrl: string;
  timeoutMs: number;
  /** Called just before the mail is queued (the outage starts then). */
  atQueue?: () => void;
}): Promise<RunResult> {
  const { mailgun } = args;
  const children = await startWorkers(args.workers, args.env);
  const db = await openDatabase({ kind: 'postgres', url: args.databaseUrl });
  let result: Omit<RunResult, 'cpuMsPerEmail'>;
  try {
    const before = mailgun.messages.length;
    const connectionsBefore = mailgun.connections;
    const mails = Array.from({ length: args.count }, (_, i) => invitation(args.accountId, i, args.run));
    args.atQueue?.();
    const started = performance.now();
    await createUnitOfWork(db, null)((tx) => tx.mail(...mails));
    // From here on this process does little but serve the provider's API (the loop below wakes every 5 ms).
    const providerCpu = process.cpuUsage();
    for (const child of children) child.send('nudge');
    while (mailgun.messages.length - before < args.count && performance.now() - started < args.timeoutMs) await sleep(5);
    const ms = performance.now() - started;
    const providerUsed = process.cpuUsage(providerCpu);
    await sleep(200); // anything sent twice would arrive now
    const [row] = await db.query(`SELECT count(*) FILTER (WHERE state = 'FAILED')::int AS failed FROM mail_outbox WHERE recipient LIKE $1`, [`bench-${args.run}-%`]);
    const received = mailgun.messages.slice(before);
    const unique = new Set(received.map((m) => m.outboxId)).size;
    result = {
      delivered: unique,
      ms,
      duplicates: received.length - unique,
      failed: row?.failed ?? 0,
      providerCpuMsPerEmail: (providerUsed.user + providerUsed.system) / 1000 / Math.max(1, unique),
      connections: mailgun.connections - connectionsBefore,
    };
  } finally {
    await db.destroy();
  }
  const cpuMs = await stopWorkers(children);
  return { ...result, cpuMsPerEmail: cpuMs / Math.max(1, result.delivered) };
}

async function main(): Promise<void> {
  const args = parse();
  const scratch = await createScratchDatabase(args.adminUrl);
  const mailgun = await new MailgunCompatibleServer('key-bench', 'mg.bench.test').start();
  try {
    say(`bench:mail: PostgreSQL ${scratch.serverVersion} at ${redactUrl(scratch.url)}; local Mailgun-compatible server at ${mailgun.url}`);
    // The machine is shared: the load says how much of its CPUs the figures below could use.
    say(`  ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (the benchmark itself uses up to ${2 + 1} processes and PostgreSQL)`);
    const db = await openDatabase({ kind: 'postgres', url: scratch.url });
    const accountId = await createUnitOfWork(db, null)((tx) => insertAccount(tx, 'Bench Arena'));
    await db.destroy();
    const env = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://gatehouse.bench.test',
      DATABASE_URL: scratch.url,
      MAILGUN_API_KEY: mailgun.apiKey,
      MAILGUN_DOMAIN: mailgun.domain,
      MAILGUN_URL: mailgun.url,
      LOG_LEVEL: 'error',
    };
    const common = { mailgun, accountId, env, databaseUrl: scratch.url, timeoutMs: 120_000 };

    say(`\nThroughput: ${args.emails} invitations queued in one transaction, each rendered and sent through mailgun.js`);
    const rates: number[] = [];
    for (const workers of [1, 2]) {
      const r = await deliverBatch({ ...common, workers, count: args.emails, run: `w${workers}` });
      const rate = (r.delivered / r.ms) * 1000;
      rates.push(rate);
      say(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${r.delivered}/${args.emails} delivered in ${formatMs(r.ms)}: ${rate.toFixed(0)} emails/s; sent twice: ${r.duplicates}; failed: ${r.failed}; worker CPU ${r.cpuMsPerEmail.toFixed(2)} ms/email (≈ ${(1000 / r.cpuMsPerEmail).toFixed(0)} emails/s per free core)`);
      // The provider is a test double on the same cores: its own cost says whether it, rather than the outbox, sets the pace.
      say(`             local Mailgun server: CPU ${r.providerCpuMsPerEmail.toFixed(2)} ms/email (≈ ${(1000 / r.providerCpuMsPerEmail).toFixed(0)} emails/s per free core), ${r.connections} connections for ${r.delivered} posts (keep-alive)`);
    }
    say(`  two workers ${(rates[1] ?? 0) >= TARGET_PER_SECOND ? 'meet' : 'MISS'} the target of ${TARGET_PER_SECOND} emails/s on this machine now (load average ${os.loadavg()[0]?.toFixed(1)})`);

    say(`\nOutage: ${args.invitations} invitations while the provider fails every other call (503) for ${formatMs(args.outageMs)}, then recovers; two workers, production retry policy`);
    const callsBefore = mailgun.calls;
    const atQueue = () => {
      const outageStart = performance.now();
      mailgun.failWhen((call) => (performance.now() - outageStart < args.outageMs && call % 2 === 0 ? 503 : null));
    };
    const r = await deliverBatch({ ...common, workers: 2, count: args.invitations, run: 'outage', timeoutMs: 10 * 60_000, atQueue });
    mailgun.recover();
    const ok = r.delivered === args.invitations && r.duplicates === 0 && r.failed === 0;
    say(`  ${r.delivered}/${args.invitations} delivered, ${r.duplicates} sent twice, ${r.failed} failed, after ${mailgun.calls - callsBefore} calls; all delivered ${formatMs(r.ms)} after queuing`);
    say(`  ${ok ? 'every invitation delivered exactly once after the provider recovered' : 'NOT every invitation was delivered exactly once'}`);
  } finally {
    await mailgun.stop();
    await scratch.drop();
  }
}

runCli('bench:mail', USAGE, main);
