import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { EMPLOYEE_CSV_COLUMNS, formatGroupNames } from '@gatehouse/contracts';
import { parseConfig } from '../config';
import { insertAccount } from '../features/accounts';
import { startSession, upsertIdentity } from '../features/auth';
import { insertEmployee } from '../features/employees';
import { acceptCurrentTerms } from '../features/terms';
import { IMPORT_PATHS } from '../features/imports';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import { ACCESS_COOKIE } from '../platform/http/session-cookies';
import { createGatehouse, openDatabase, type Gatehouse } from '../server';
import { formatMs, parseOptions, runCli, say, UsageError } from './cli';
import { backendCpu, backendCpuBetween, cpuSecondsOfStat, processCpuSince } from './bench/cpu-time';
import { mib } from './bench/memory';
import { createScratchDatabase, redactUrl } from './bench/scratch-database';

const USAGE = 'usage: pnpm bench:import [--rows 10000,100000] [--database-url postgres://…/postgres] [--explain]';

/** The file an admin would upload: departments, groups and every permission column filled. */
function writeCsv(file: string, rows: number): void {
  const out = fs.openSync(file, 'w');
  const lines: string[] = [EMPLOYEE_CSV_COLUMNS.map((c) => c.header).join(',')];
  const flush = () => {
    fs.writeSync(out, `${lines.join('\r\n')}\r\n`);
    lines.length = 0;
  };
  for (let i = 0; i < rows; i += 1) {
    const groups = formatGroupNames([`Group ${i % 30}`, `Group ${(i * 7) % 30}`].filter((g, k, all) => all.indexOf(g) === k));
    const permissions = EMPLOYEE_CSV_COLUMNS.filter((c) => c.kind === 'permission').map((c) => {
      if (c.kind !== 'permission') return '';
      if (c.part === 'canAccess') return 'yes';
      if (c.part === 'isModuleAdmin') return i % 5 === 0 ? 'yes' : 'no';
      if (c.part === 'seeScope') return i % 2 === 0 ? 'ALL' : 'DEPARTMENT';
      if (c.part === 'editScope') return i % 3 === 0 ? 'DEPARTMENT' : 'NONE';
      if (c.part === 'seeLevels') return '"1;2;3"';
      return i % 3 === 0 ? '1' : '';
    });
    lines.push([`person${i}@bench.example`, `First${i}`, `Surname${i}`, `Department ${i % 20}`, 'GENERAL', `"${groups}"`, 'yes', ...permissions].join(','));
    if (lines.length >= 5000) flush();
  }
  flush();
  fs.closeSync(out);
}

/**
 * A plain `COPY … FROM` of the same file into a scratch table (psql's \copy, client-side like the
 * upload): its seconds, and the CPU seconds of its backend (read from /proc by the backend itself,
 * in the same session, once the copy is done).
 */
function plainCopy(url: string, file: string): { seconds: number; backendCpuSeconds: number } {
  const columns = EMPLOYEE_CSV_COLUMNS.map((_, i) => `c${i} text`).join(', ');
  execFileSync('psql', [url, '-qc', `DROP TABLE IF EXISTS copy_scratch; CREATE TABLE copy_scratch (${columns})`]);
  const started = performance.now();
  const stat = execFileSync(
    'psql',
    [url, '-qAt', '-c', `\\copy copy_scratch FROM '${file}' WITH (FORMAT csv, HEADER true)`, '-c', `SELECT pg_read_file('/proc/' || pg_backend_pid() || '/stat')`],
    { encoding: 'utf8' },
  );
  return { seconds: (performance.now() - started) / 1000, backendCpuSeconds: cpuSecondsOfStat(stat.trim()) };
}

/**
 * How often the bench asks for the job's state while it applies. Each poll is an authenticated
 * request the server under test answers on the same two cores, so polling much faster than the
 * admin app does would time the bench's own requests; 100 ms still measures to a tenth of a second.
 */
const POLL_MS = 100;

interface Session {
  readonly baseUrl: string;
  readonly cookie: string;
}

async function gql<T>(s: Session, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${s.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie }, body: JSON.stringify({ query, variables }) });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (json.data === undefined || json.errors !== undefined) throw new Error(`GraphQL failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** An account with one account admin and a live session, as the upload needs. */
async function adminSession(gatehouse: Gatehouse, baseUrl: string): Promise<Session> {
  const uow = createUnitOfWork(gatehouse.db, null);
  const tokens = await uow(async (tx) => {
    const accountId = await insertAccount(tx, 'Bench venue');
    const identityId = await upsertIdentity(tx, 'bench.admin@bench.example');
    const employeeId = await insertEmployee(tx, { accountId, identityId, email: 'bench.admin@bench.example', firstName: 'Bench', surname: 'Admin', isActive: true, departmentId: null, role: 'ACCOUNT_ADMIN', invitationState: 'ACCEPTED' });
    // An admin using the app has accepted the account's terms of use.
    await acceptCurrentTerms(tx, accountId, employeeId, new Date());
    return startSession(tx, gatehouse.signingKey, { identityId, accountId }, { ip: '127.0.0.1', userAgent: 'bench' });
  });
  return { baseUrl, cookie: `${ACCESS_COOKIE}=${tokens.accessToken}` };
}

interface JobState {
  state: string;
  creates: number;
  errorRows: number;
  message: string | null;
}

/**
 * Has PostgreSQL log every statement of the scratch database with its time, and the plan with
 * timings (triggers and foreign-key checks included) of those over 150 ms: where the time goes.
 */
function explainSlowStatements(url: string, database: string): void {
  const settings = ["log_min_duration_statement = 0", "session_preload_libraries = 'auto_explain'", 'auto_explain.log_min_duration = 150', 'auto_explain.log_analyze = on', 'auto_explain.log_triggers = on'];
  execFileSync('psql', [url, '-qc', settings.map((s) => `ALTER DATABASE ${database} SET ${s};`).join(' ')]);
}

async function runOnce(adminUrl: string, rows: number, explain: boolean): Promise<void> {
  const scratch = await createScratchDatabase(adminUrl);
  const file = path.join(os.tmpdir(), `gatehouse-bench-import-${process.pid}-${rows}.csv`);
  try {
    writeCsv(file, rows);
    if (explain) explainSlowStatements(scratch.url, scratch.name);
    const copy = plainCopy(scratch.url, file);
    const copySeconds = copy.seconds;
    const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: scratch.url });
    const gatehouse = await createGatehouse(config, await openDatabase({ kind: 'postgres', url: scratch.url }), null);
    try {
      const address = await gatehouse.app.listen({ port: 0, host: '127.0.0.1' });
      const session = await adminSession(gatehouse, address);
      global.gc?.();
      const baseline = process.memoryUsage.rss();
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage.rss());
      }, 20);

      const cpuAtStart = { node: process.cpuUsage(), pg: await backendCpu(adminUrl, scratch.name) };
      const previewStart = performance.now();
      const upload = await fetch(`${address}${IMPORT_PATHS.upload}?fileName=bench.csv&createMissing=true`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'apollo-require-preflight': 'true', cookie: session.cookie },
        body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
        duplex: 'half',
      } as RequestInit);
      const uploaded = (await upload.json()) as { jobId?: string; message?: string };
      const previewSeconds = (performance.now() - previewStart) / 1000;
      if (uploaded.jobId === undefined) throw new Error(`upload refused: ${uploaded.message}`);
      const jobQuery = 'query($id: ID!) { employeeImport(id: $id) { state creates errorRows message } }';
      const preview = (await gql<{ employeeImport: JobState }>(session, jobQuery, { id: uploaded.jobId })).employeeImport;
      if (preview.state !== 'READY' || preview.errorRows > 0) throw new Error(`preview not clean: ${JSON.stringify(preview)}`);

      const previewPeak = peak;
      const previewCpu = { node: processCpuSince(cpuAtStart.node), pg: backendCpuBetween(cpuAtStart.pg, await backendCpu(adminUrl, scratch.name)) };
      const cpuAtApply = { node: process.cpuUsage(), pg: await backendCpu(adminUrl, scratch.name) };
      const applyStart = performance.now();
      await gql(session, 'mutation($input: ApplyEmployeeImportInput!) { applyEmployeeImport(input: $input) { userErrors { message } } }', { input: { jobId: uploaded.jobId } });
      let job = preview;
      while (job.state === 'READY' || job.state === 'APPLYING') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = (await gql<{ employeeImport: JobState }>(session, jobQuery, { id: uploaded.jobId })).employeeImport;
      }
      const applySeconds = (performance.now() - applyStart) / 1000;
      const applyCpu = { node: processCpuSince(cpuAtApply.node), pg: backendCpuBetween(cpuAtApply.pg, await backendCpu(adminUrl, scratch.name)) };
      clearInterval(sampler);
      if (job.state !== 'APPLIED') throw new Error(`apply ended ${job.state}: ${job.message}`);

      const total = previewSeconds + applySeconds;
      say(`N=${rows.toLocaleString('en')} (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MiB CSV, ${EMPLOYEE_CSV_COLUMNS.length} columns)`);
      say(`  preview (upload + parse + stage + validate): ${formatMs(previewSeconds * 1000)}  ${Math.round(rows / previewSeconds).toLocaleString('en')} rows/s`);
      say(`  apply (one transaction):                     ${formatMs(applySeconds * 1000)}  ${Math.round(rows / applySeconds).toLocaleString('en')} rows/s`);
      say(`  preview + apply:                             ${formatMs(total * 1000)}  (target < 10 s at 100,000)`);
      say(`  plain COPY of the same file:                 ${formatMs(copySeconds * 1000)}  apply / COPY = ${(applySeconds / copySeconds).toFixed(1)}× (target ≤ 4×)`);
      say(`  server RSS: baseline ${mib(baseline)}, peak ${mib(peak)}, growth ${mib(peak - baseline)} (target < 128 MiB); peak while previewing ${mib(previewPeak)}`);
      // CPU seconds do not grow with the machine's other load, as wall time does.
      const cpu = (c: { node: number; pg: number }) => `${c.node.toFixed(2)} s Node + ${c.pg.toFixed(2)} s PostgreSQL = ${(c.node + c.pg).toFixed(2)} s`;
      say(`  CPU, preview: ${cpu(previewCpu)}  (Node: this process, the server and the bench's client)`);
      say(`  CPU, apply:   ${cpu(applyCpu)}`);
      say(`  CPU, COPY:    ${copy.backendCpuSeconds.toFixed(2)} s PostgreSQL  apply / COPY in PostgreSQL CPU = ${(applyCpu.pg / Math.max(copy.backendCpuSeconds, 0.01)).toFixed(1)}×`);
    } finally {
      await gatehouse.close();
    }
  } finally {
    fs.rmSync(file, { force: true });
    await scratch.drop();
  }
}

async function main(): Promise<void> {
  const v = parseOptions({ rows: { type: 'string' }, 'database-url': { type: 'string' }, explain: { type: 'boolean' } });
  const adminUrl = v['database-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(adminUrl).hostname)) throw new UsageError('--database-url: only a loopback PostgreSQL');
  const counts = (v.rows ?? '10000,100000').split(',').map((n) => Number(n));
  if (counts.some((n) => !Number.isInteger(n) || n < 1 || n > 200_000)) throw new UsageError('--rows: whole numbers from 1 to 200000, comma-separated');
  say(`bench:import on ${os.cpus().length} cores, Node ${process.version}, PostgreSQL at ${redactUrl(adminUrl)}; the server runs in this process`);
  for (const rows of counts) await runOnce(adminUrl, rows, v.explain === true);
}

runCli('bench:import', USAGE, main);
