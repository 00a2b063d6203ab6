import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { testDatabaseUrl } from '../config';

/**
 * Running Gatehouse, from the outside: the BUILT server (`node dist/main.js`, what `pnpm start` runs)
 * as a child process. The root `pnpm test` builds before Jest runs.
 *
 * Children get an explicit environment, never this process's: Jest sets NODE_ENV=test,
 * and a developer's DATABASE_URL must not leak into a test that expects PGlite.
 */
const MAIN = path.resolve(__dirname, '../../dist/main.js');
const START_TIMEOUT_MS = 60_000;

type Env = Record<string, string>;

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface LogLine {
  readonly msg?: string;
  readonly setupUrl?: string;
  readonly [key: string]: unknown;
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gatehouse-startup-'));
  tempDirs.push(dir);
  return dir;
}

/** A port nobody listens on right now (the kernel picks it; the small race is acceptable in tests). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function baseEnv(dataDir: string, port: number): Env {
  return { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' };
}

/** Runs the server expecting it to stop by itself (a start-up failure). */
function runToExit(env: Env): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within ${START_TIMEOUT_MS} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The lines a failed start printed on stderr. */
function stderrLines(exit: Exit): string[] {
  return exit.stderr.split('\n').filter((line) => line.trim() !== '');
}

/** A running server: its JSON log lines, and a clean stop. */
class RunningServer {
  readonly lines: LogLine[] = [];
  stderr = '';
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      // Every stdout line must be JSON (structured logs): JSON.parse throws otherwise.
      for (const part of parts) if (part.trim() !== '') this.lines.push(JSON.parse(part) as LogLine);
    });
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  }

  /** Starts the server and waits for its "running" log line. */
  static async start(env: Env): Promise<RunningServer> {
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new RunningServer(child, `http://127.0.0.1:${env.PORT}`);
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!server.lines.some((line) => line.msg?.startsWith('Gatehouse is running'))) {
      if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`server did not start\nstderr:\n${server.stderr}\nlog:\n${JSON.stringify(server.lines, null, 1)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The setup link is logged right after the "running" line, in the same tick.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return server;
  }

  get setupUrl(): string | undefined {
    return this.lines.find((line) => typeof line.setupUrl === 'string')?.setupUrl;
  }

  /** SIGTERM, then the exit status. */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('server ignored SIGTERM for 20 s')), 20_000).unref(),
    );
    return Promise.race([this.exited, timeout]);
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** POSTs a GraphQL operation as the admin app does (JSON, so CSRF prevention lets it through). */
  async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (body.errors !== undefined || body.data === undefined) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
}

const COMPLETE_SETUP = `mutation CompleteSetup($input: CompleteSetupInput!) {
  completeSetup(input: $input) { viewer { email account { name } } userErrors { code field message } }
}`;
const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { viewer { email account { name } } userErrors { code field message } }
}`;
interface ViewerResult {
  readonly viewer: { readonly email: string; readonly account: { readonly name: string } } | null;
  readonly userErrors: readonly { readonly code: string; readonly field: string | null; readonly message: string }[];
}

beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm run build\` first (the root \`pnpm test\` does)`);
});

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('bad configuration fails at start with one clear line per problem', () => {
  it.each([
    ['not a URL', 'not-a-url'],
    ['a server that is not there', 'postgres://nobody:s3cret-pw@127.0.0.1:1/nope'],
  ])('DATABASE_URL: %s', async (_what, url) => {
    const exit = await runToExit({ ...baseEnv(tempDir(), await freePort()), DATABASE_URL: url });
    expect(exit.code).not.toBe(0);
    const lines = stderrLines(exit);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^gatehouse: DATABASE_URL: /);
    expect(exit.stderr).not.toContain('s3cret-pw');
  });

  it('PORT already in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    try {
      const exit = await runToExit(baseEnv(tempDir(), address.port));
      expect(exit.code).not.toBe(0);
      const lines = stderrLines(exit);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^gatehouse: PORT: .*already in use/);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('DATA_DIR that cannot be created (its parent is a regular file: root ignores chmod)', async () => {
    const parent = path.join(tempDir(), 'a-file');
    fs.writeFileSync(parent, '');
    const exit = await runToExit(baseEnv(path.join(parent, 'data'), await freePort()));
    expect(exit.code).not.toBe(0);
    const lines = stderrLines(exit);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^gatehouse: DATA_DIR: /);
  });

  it('several problems: one line each, naming the variable', async () => {
    const exit = await runToExit({ ...baseEnv(tempDir(), 4000), PORT: 'abc', NODE_ENV: 'bogus', MAILGUN_API_KEY: 'key-123' });
    expect(exit.code).not.toBe(0);
    const lines = stderrLines(exit);
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^gatehouse: PORT: /),
        expect.stringMatching(/^gatehouse: NODE_ENV: /),
        expect.stringMatching(/^gatehouse: MAILGUN_DOMAIN: .*MAILGUN_API_KEY/),
      ]),
    );
  });

  it.each([
    ['PORT', { PORT: '70000' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'not a url' }],
    ['MAILGUN_API_KEY', { MAILGUN_DOMAIN: 'mg.example.com' }],
    ['PUBLIC_URL', { NODE_ENV: 'production' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
  ])('%s: %j', async (name, extra) => {
    const exit = await runToExit({ ...baseEnv(tempDir(), await freePort()), ...extra });
    expect(exit.code).not.toBe(0);
    const lines = stderrLines(exit);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^gatehouse: ${name}: `));
  });
});

/** A fresh database on the machine's PostgreSQL, when TEST_DATABASE_URL is set. */
async function freshPostgresUrl(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gh_startup_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const adminUrl = testDatabaseUrl();
const targets: [string, boolean][] = [['embedded PGlite in DATA_DIR', false]];
if (adminUrl !== undefined) targets.push(['PostgreSQL (DATABASE_URL)', true]);

describe.each(targets)('first run, restart and data that survive: %s', (_name, usesPostgres) => {
  const servers: RunningServer[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;

  afterAll(async () => {
    for (const server of servers) server.kill();
    await dropDatabase?.();
  });

  it('prints a setup link once, serves /healthz, stops on SIGTERM, and keeps the account', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const env = baseEnv(dataDir, await freePort());
    if (usesPostgres && adminUrl !== undefined) {
      const db = await freshPostgresUrl(adminUrl);
      dropDatabase = db.drop;
      env.DATABASE_URL = db.url;
    }

    const first = await RunningServer.start(env);
    servers.push(first);
    const setupUrl = first.setupUrl;
    expect(setupUrl).toMatch(new RegExp(`^http://localhost:${env.PORT}/setup\\?token=[\\w-]{20,}$`));
    const health = await fetch(`${first.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);

    if (!usesPostgres) {
      // A second process on the same embedded database would corrupt it.
      const second = await runToExit({ ...env, PORT: String(await freePort()) });
      expect(second.code).not.toBe(0);
      expect(stderrLines(second)).toEqual([expect.stringMatching(/^gatehouse: DATA_DIR: .*in use/)]);
    }

    const admin = { email: 'Ada.Admin@Example.com', password: 'correct horse battery staple' };
    const token = new URL(setupUrl ?? '').searchParams.get('token');
    const setup = await first.graphql<{ completeSetup: ViewerResult }>(COMPLETE_SETUP, {
      input: { token, accountName: 'Riverside Arena', firstName: 'Ada', surname: 'Admin', ...admin, acceptTerms: true },
    });
    expect(setup.completeSetup.userErrors).toEqual([]);
    expect(setup.completeSetup.viewer).toEqual({ email: 'ada.admin@example.com', account: { name: 'Riverside Arena' } });

    expect(await first.stop()).toEqual({ code: 0, signal: null });
    if (!usesPostgres) expect(fs.existsSync(path.join(dataDir, 'pg.lock'))).toBe(false);

    const second = await RunningServer.start(env);
    servers.push(second);
    expect(second.setupUrl).toBeUndefined();
    expect(second.lines.some((line) => /setup/i.test(line.msg ?? ''))).toBe(false);
    const login = await second.graphql<{ login: ViewerResult }>(LOGIN, { input: admin });
    expect(login.login.userErrors).toEqual([]);
    expect(login.login.viewer).toEqual({ email: 'ada.admin@example.com', account: { name: 'Riverside Arena' } });
    // The old link is spent: setup cannot run twice.
    const again = await second.graphql<{ completeSetup: ViewerResult }>(COMPLETE_SETUP, {
      input: { token, accountName: 'Other', firstName: 'Eve', surname: 'Evil', email: 'eve@example.com', password: admin.password, acceptTerms: true },
    });
    expect(again.completeSetup.viewer).toBeNull();
    expect(again.completeSetup.userErrors.map((e) => e.code)).toEqual(['SETUP_DONE']);
    expect(await second.stop()).toEqual({ code: 0, signal: null });
  }, 180_000);
});
