import 'reflect-metadata';
import net from 'node:net';
import path from 'node:path';
import { ConfigError, loadConfig } from './config';
import { StartupError } from './platform/db/data-source';
import { createGatehouse, databaseTarget, openDatabase, type Gatehouse } from './server';

/** Prints one clear line per problem and exits non-zero. */
function fail(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`gatehouse: ${line}\n`);
  process.exit(1);
}

/** The one line for a listen() failure, or null when it is not about the port. */
function portProblem(error: unknown, port: number): string | null {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') return `PORT: ${port} is already in use; stop the other program or set PORT`;
  if (code === 'EACCES') return `PORT: not allowed to listen on ${port}; choose a port above 1023`;
  return null;
}

/**
 * Fails fast when the port is taken, before seconds of opening (or creating) the database.
 * listen() below still reports the rare case of losing a race for the port.
 */
async function checkPortIsFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = net.createServer();
  const problem = await new Promise<string | null>((resolve) => {
    probe.once('error', (error) => resolve(portProblem(error, port)));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
  if (problem !== null) fail([problem]);
}

async function main(): Promise<void> {
  const config = (() => {
    try {
      return loadConfig();
    } catch (error) {
      if (error instanceof ConfigError) fail(error.problems);
      throw error;
    }
  })();
  await checkPortIsFree(config.port, config.host);
  const db = await openDatabase(databaseTarget(config));
  const gatehouse: Gatehouse = await createGatehouse(config, db, path.resolve(__dirname, '../../web/dist'));
  let isStopping = false;
  const shutdown = async (signal: string) => {
    // Ctrl-C under `pnpm start` can arrive twice (terminal and pnpm both forward it).
    if (isStopping) return;
    isStopping = true;
    gatehouse.app.log.info({ signal }, 'shutting down');
    try {
      await gatehouse.close();
    } catch (error) {
      gatehouse.app.log.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  try {
    await gatehouse.app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await gatehouse.close();
    const problem = portProblem(error, config.port);
    if (problem !== null) fail([problem]);
    throw error;
  }
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${path.join(config.dataDir, 'pg')}`;
  gatehouse.app.log.info({ url: config.publicUrl, database: where }, `Gatehouse is running at ${config.publicUrl}`);
  if (gatehouse.setupUrl) {
    gatehouse.app.log.info({ setupUrl: gatehouse.setupUrl }, `First run: open ${gatehouse.setupUrl} to create the account and its administrator`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) fail([error.message]);
  process.stderr.write(`gatehouse: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
