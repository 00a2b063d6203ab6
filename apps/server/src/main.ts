import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig } from './config';
import { StartupError } from './platform/db/data-source';
import { createGatehouse, databaseTarget, openDatabase, type Gatehouse } from './server';

/** Prints one clear line per problem and exits non-zero (§7). */
function fail(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`gatehouse: ${line}\n`);
  process.exit(1);
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
  const db = await openDatabase(databaseTarget(config));
  const gatehouse: Gatehouse = await createGatehouse(config, db, path.resolve(__dirname, '../../web/dist'));
  const shutdown = async (signal: string) => {
    gatehouse.app.log.info({ signal }, 'shutting down');
    await gatehouse.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  try {
    await gatehouse.app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await gatehouse.close();
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') fail([`PORT: ${config.port} is already in use; stop the other program or set PORT`]);
    if (code === 'EACCES') fail([`PORT: not allowed to listen on ${config.port}; choose a port above 1023`]);
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
