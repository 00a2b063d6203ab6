import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../../config';
import { hashToken } from '../../platform/auth/secrets';
import { openDatabase } from '../../server';

/**
 * `pnpm gatehouse accounts …` from the outside: the BUILT command (`node dist/scripts/gatehouse.js`,
 * what `pnpm gatehouse` runs) as a child process, on a fresh PostgreSQL database when
 * TEST_DATABASE_URL is set, else on an embedded database in a temporary DATA_DIR. Children get
 * an explicit environment, never this process's.
 */
const GATEHOUSE = path.resolve(__dirname, '../../../dist/scripts/gatehouse.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let env: Record<string, string>;
let cleanup: () => Promise<void>;
let open: () => Promise<DataSource>;
/** Releases the embedded database for the next child: this process's lock is otherwise held until it exits. */
let release: () => void = () => undefined;

beforeAll(async () => {
  const adminUrl = testDatabaseUrl();
  if (adminUrl === undefined) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gatehouse-accounts-'));
    env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    open = () => openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pg') });
    release = () => fs.rmSync(path.join(dataDir, 'pg.lock'), { force: true });
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  const name = `gh_cli_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  env = { DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' };
  open = () => openDatabase({ kind: 'postgres', url: url.toString() });
  cleanup = async () => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
});
afterAll(async () => cleanup());

function gatehouse(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GATEHOUSE, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Reads or writes the database between runs (an embedded one can be open in one process at a time). */
async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const db = await open();
  try {
    return await db.query(sql, params);
  } finally {
    await db.destroy();
    release();
  }
}

async function snapshot(): Promise<string> {
  const rows = await query<{ n: string }>(
    "SELECT (SELECT count(*) FROM accounts) || '/' || (SELECT count(*) FROM employees) || '/' || (SELECT count(*) FROM mail_outbox) || '/' || (SELECT count(*) FROM invitations) || '/' || (SELECT count(*) FROM audit_events) AS n",
  );
  return String(rows[0]?.n);
}

jest.setTimeout(120_000);

describe('pnpm gatehouse accounts', () => {
  it('lists no accounts on a new database', async () => {
    const run = await gatehouse('accounts', 'list');
    expect(run).toMatchObject({ code: 0, stdout: 'No accounts yet.\n' });
  });

  it('creates the account, its first ACCOUNT_ADMIN (not yet accepted) and queues the invitation, printing the id', async () => {
    const run = await gatehouse('accounts', 'create', '--name', 'Riverside Arena', '--admin-email', ' Grace.Hopper@Riverside.example ', '--first-name', 'Grace', '--surname', 'Hopper');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const accountId = run.stdout.split('\n')[0];
    expect(accountId).toMatch(/^[0-9a-f-]{36}$/);
    expect(run.stdout).toContain('Grace Hopper <grace.hopper@riverside.example>');

    expect(await query('SELECT name FROM accounts WHERE id = $1', [accountId])).toEqual([{ name: 'Riverside Arena' }]);
    expect(await query('SELECT email, first_name, surname, role, is_active, invitation_state FROM employees WHERE account_id = $1', [accountId])).toEqual([
      { email: 'grace.hopper@riverside.example', first_name: 'Grace', surname: 'Hopper', role: 'ACCOUNT_ADMIN', is_active: true, invitation_state: 'INVITED' },
    ]);
    const mail = await query<{ recipient: string; template: string; data: { token: string; invitedBy: string | null; firstName: string } }>(
      'SELECT recipient, template, data FROM mail_outbox WHERE account_id = $1',
      [accountId],
    );
    expect(mail).toEqual([{ recipient: 'grace.hopper@riverside.example', template: 'invitation', data: expect.objectContaining({ invitedBy: null, firstName: 'Grace' }) }]);
    const token = mail[0]?.data.token ?? '';
    expect(await query('SELECT token_hash FROM invitations WHERE account_id = $1', [accountId])).toEqual([{ token_hash: hashToken(token) }]);
    const audit = await query<{ action: string; actor_employee_id: string | null }>('SELECT action, actor_employee_id FROM audit_events WHERE account_id = $1 ORDER BY action', [accountId]);
    expect(audit).toEqual([
      { action: 'account.created', actor_employee_id: null },
      { action: 'employee.created', actor_employee_id: null },
      { action: 'employee.invited', actor_employee_id: null },
    ]);
  });

  it.each([
    ['an existing account name (any case)', ['--name', 'riverside ARENA', '--admin-email', 'other@example.com'], 'gatehouse accounts create: --name: An account named "riverside ARENA" exists already.\n', 1],
    ['an invalid email', ['--name', 'Hilltop', '--admin-email', 'not-an-email'], 'gatehouse accounts create: --admin-email: Enter a valid email address.\n', 1],
    ['a missing --admin-email', ['--name', 'Hilltop'], '--admin-email is required', 2],
    ['a missing --name', ['--admin-email', 'a@example.com'], '--name is required', 2],
    ['an unknown option', ['--name', 'Hilltop', '--admin-email', 'a@example.com', '--role', 'ADMIN'], "Unknown option '--role'", 2],
    ['a first name without a surname', ['--name', 'Hilltop', '--admin-email', 'a@example.com', '--first-name', 'Ann'], 'give --first-name and --surname together', 2],
  ] as const)('refuses %s with a clear message, its exit code (1 refused, 2 usage) and nothing written', async (_what, args, message, code) => {
    const before = await snapshot();
    const run = await gatehouse('accounts', 'create', ...args);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(await snapshot()).toBe(before);
  });

  it('invites an email that already has a login (an admin of another account) to accept with its password, and lists both accounts', async () => {
    // As if Grace had accepted her first invitation: her login has a password.
    await query("UPDATE identities SET password_hash = 'set' WHERE email = 'grace.hopper@riverside.example'");
    const run = await gatehouse('accounts', 'create', '--name', 'Hilltop Stadium', '--admin-email', 'grace.hopper@riverside.example');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Grace Hopper <grace.hopper@riverside.example>');
    expect(run.stdout).toContain('already has a login');
    const identities = await query<{ n: number }>('SELECT count(*)::int AS n FROM identities');
    expect(identities).toEqual([{ n: 1 }]);

    const list = await gatehouse('accounts', 'list');
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+employees\s+name$/);
    expect(lines.slice(1).map((l) => l.replace(/^[0-9a-f-]{36}\s+/, ''))).toEqual(['1  Riverside Arena', '1  Hilltop Stadium']);
  });

  it('prints the commands for help and refuses an unknown one', async () => {
    expect((await gatehouse('--help')).stdout).toContain('pnpm gatehouse accounts create');
    const unknown = await gatehouse('accounts', 'destroy');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "accounts destroy"');
  });
});

describe('pnpm gatehouse import: the exit codes the import docs promise', () => {
  let accountId: string;
  let dir: string;
  const csv = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const employees = async () => (await query<{ n: number }>('SELECT count(*)::int AS n FROM employees'))[0]?.n;

  beforeAll(async () => {
    const rows = await query<{ id: string }>("SELECT id FROM accounts WHERE name = 'Riverside Arena'");
    accountId = String(rows[0]?.id);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gatehouse-import-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 2 for a bad command line and 3 for a file with errors, writing nothing', async () => {
    const before = await snapshot();
    const missing = await gatehouse('import', '--account', accountId, path.join(dir, 'absent.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const bad = csv('bad.csv', 'Email,First name,Surname\nnot-an-email,Ada,Lovelace\n');
    const refused = await gatehouse('import', '--account', accountId, bad);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('gatehouse import: not applied: 1 rows have errors');
    expect(await employees()).toBe(Number(before.split('/')[1]));
  });

  it('exits 0 when it applies a clean file', async () => {
    const before = await employees();
    const good = csv('good.csv', 'Email,First name,Surname\nada@riverside.example,Ada,Lovelace\n');
    const run = await gatehouse('import', '--account', accountId, good);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await employees()).toBe(Number(before) + 1);
  });
});
