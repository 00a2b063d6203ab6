import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type { StorageTarget } from './database';
import { SERVER_MAIN, WEB_INDEX } from './paths';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

/** One line of the server's JSON log (pino). */
export interface LogLine {
  readonly level?: number;
  readonly msg?: string;
  readonly setupUrl?: string;
  readonly [key: string]: unknown;
}

export interface ServerOptions {
  readonly storage: StorageTarget;
  /** Where to append the server's stdout and stderr. */
  readonly logFile: string;
  /** Kept across restarts, so the browser's cookies still belong to the same origin. */
  readonly port?: number;
  /** Extra environment, e.g. MAILGUN_URL for a test that delivers mail. */
  readonly env?: Readonly<Record<string, string>>;
}

/** A port nobody listens on right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

/**
 * The built server (`node apps/server/dist/main.js`, what `pnpm start` runs) as a child
 * process with an explicit environment: nothing of the test runner's leaks in.
 */
export class GatehouseServer {
  /** Every JSON line it printed on stdout. */
  readonly logs: LogLine[] = [];
  private stderr = '';
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly options: ServerOptions & { readonly port: number },
  ) {
    const log = fs.createWriteStream(options.logFile, { flags: 'a' });
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') this.logs.push(parseLogLine(line));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      this.stderr += chunk.toString();
    });
    this.exited = new Promise((resolve) =>
      child.on('close', (code, signal) => {
        log.end(`--- exited: code ${code} signal ${signal}\n`);
        resolve(code);
      }),
    );
  }

  /** Starts a server and waits until it listens. */
  static async start(options: ServerOptions): Promise<GatehouseServer> {
    for (const file of [SERVER_MAIN, WEB_INDEX]) {
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`pnpm run build\` first`);
    }
    const port = options.port ?? (await freePort());
    const env: Record<string, string> = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: options.storage.dataDir,
      LOG_LEVEL: 'info',
      ...(options.storage.databaseUrl === undefined ? {} : { DATABASE_URL: options.storage.databaseUrl }),
      ...options.env,
    };
    const child = spawn(process.execPath, ['--enable-source-maps', SERVER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new GatehouseServer(child, { ...options, port });
    await server.waitForLog((line) => line.msg?.startsWith('Gatehouse is running') === true);
    // The setup link is logged right after the "running" line.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return server;
  }

  /** The address people open: the default PUBLIC_URL, as printed in the setup link. */
  get url(): string {
    return `http://localhost:${this.options.port}`;
  }

  /** The first-run link it printed, if any. */
  get setupUrl(): string | undefined {
    return this.logs.find((line) => typeof line.setupUrl === 'string')?.setupUrl;
  }

  /** Log lines at error level or above (pino: 50 error, 60 fatal). */
  get errors(): LogLine[] {
    return this.logs.filter((line) => (line.level ?? 0) >= 50);
  }

  /** Waits for a log line, failing with the server's output when it exits or takes too long. */
  async waitForLog(predicate: (line: LogLine) => boolean, timeoutMs = START_TIMEOUT_MS): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.logs.find(predicate);
      if (found) return found;
      if (this.child.exitCode !== null || this.child.signalCode !== null || Date.now() > deadline) {
        this.kill();
        throw new Error(`server did not log what the test waited for; see ${this.options.logFile}\nstderr:\n${this.stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** SIGTERM, as a process manager stops it; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`server ignored SIGTERM for ${STOP_TIMEOUT_MS} ms`)), STOP_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Last resort in afterAll. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

function parseLogLine(line: string): LogLine {
  try {
    return JSON.parse(line) as LogLine;
  } catch {
    // Logs are structured JSON lines: keep this one visible as an error-level entry.
    return { level: 50, msg: `non-JSON output: ${line}` };
  }
}
