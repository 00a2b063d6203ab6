import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DataSource, Logger } from 'typeorm';
import type { Config } from './config';
import { ENTITIES } from './entities';
import { loadApiTokenPrincipal } from './features/api-tokens';
import { loadOrCreateSigningKey, loadSessionPrincipal, pruneResetTokens, refreshSession } from './features/auth';
import { issueSetupTokenIfNeeded } from './features/setup';
import { registerFeatureHooks } from './hooks';
import { expireStalePreviews, recoverInterruptedImports, registerImportRoutes, settleRunningImports } from './features/imports';
import { TERMS_EXEMPT_FIELDS } from './features/terms';
import { registerPortalRoutes } from './features/portal';
import { createLoaders } from './loaders';
import { createDataSource, StartupError, type DatabaseTarget } from './platform/db/data-source';
import type { SigningKey } from './platform/auth/access-tokens';
import { systemClock, type Clock } from './platform/clock';
import { poolReader } from './platform/db/reader';
import { createUnitOfWork, type UnitOfWork } from './platform/db/unit-of-work';
import { pruneThrottles } from './platform/throttle/throttle';
import { devMailboxTransport } from './platform/mail/dev-mailbox-transport';
import type { MailTransport } from './platform/mail/mail-transport';
import { mailgunTransport } from './platform/mail/mailgun-transport';
import { startMailWorker, type MailWorker, type MailWorkerOptions } from './platform/mail/outbox-worker';
import { buildApp } from './platform/http/app';
import { closeGracefully } from './platform/http/graceful-close';
import { createSchema } from './schema';

export interface Gatehouse {
  readonly app: FastifyInstance;
  readonly db: DataSource;
  /** The key that signs access tokens (shared by every instance through the database). */
  readonly signingKey: SigningKey;
  /** The first-run link, when the database is empty. */
  readonly setupUrl: string | null;
  /** This process's outbox worker (started with the server, stopped when it closes). */
  readonly mail: MailWorker;
  close(): Promise<void>;
}


/** Where the database lives: DATABASE_URL, or embedded PGlite under DATA_DIR. */
export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl !== undefined
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pg') };
}

/** True when a process with this id exists (EPERM: it exists but belongs to another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * PGlite has no postmaster to refuse a second process: two servers (or the server and
 * `pnpm demo-data`) on one folder would both write it and corrupt the database. A pid file
 * beside the folder refuses the second; a stale one (crash, kill -9) is taken over.
 */
function lockEmbeddedDatabase(dir: string): void {
  const lockFile = `${dir}.lock`;
  try {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    const holder = Number.parseInt(fs.existsSync(lockFile) ? fs.readFileSync(lockFile, 'utf8') : '', 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new StartupError(`DATA_DIR: ${path.dirname(dir)} is in use by another Gatehouse process (pid ${holder}); stop it or set another DATA_DIR`);
    }
    fs.writeFileSync(lockFile, String(process.pid));
  } catch (error) {
    if (error instanceof StartupError) throw error;
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new StartupError(`DATA_DIR: cannot write the data folder ${path.dirname(dir)} (${reason})`);
  }
  process.once('exit', () => {
    if (fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.rmSync(lockFile);
  });
}

/** How often refilled throttle buckets are deleted (any instance may do it; it is idempotent). */
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Deletes refilled throttle buckets, long-dead reset links and the staged rows of previews nobody
 * applied in time, now and then, so the tables hold only live rows.
 */
function schedulePruning(app: FastifyInstance, uow: UnitOfWork, clock: Clock): NodeJS.Timeout {
  const timer = setInterval(() => {
    uow(pruneThrottles).catch((error: unknown) => app.log.warn({ err: error }, 'pruning throttle buckets failed'));
    uow(pruneResetTokens).catch((error: unknown) => app.log.warn({ err: error }, 'pruning password reset links failed'));
    expireStalePreviews(uow, clock()).catch((error: unknown) => app.log.warn({ err: error }, 'expiring import previews failed'));
  }, PRUNE_EVERY_MS);
  timer.unref();
  return timer;
}

/** Mailgun when its key and domain are set; otherwise the development mailbox (nothing leaves the machine). */
function mailTransport(config: Config, uow: UnitOfWork, app: FastifyInstance): MailTransport {
  return config.mailgun !== undefined ? mailgunTransport(config.mailgun) : devMailboxTransport(uow, app.log);
}

/** Opens the database and applies pending migrations; failures become one clear line. */
export async function openDatabase(target: DatabaseTarget, logger?: Logger): Promise<DataSource> {
  if (target.kind === 'pglite' && target.dataDir !== undefined) lockEmbeddedDatabase(target.dataDir);
  const db = createDataSource(target, ENTITIES, logger ? { logger } : {});
  try {
    await db.initialize();
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const name = target.kind === 'postgres' ? 'DATABASE_URL' : 'DATA_DIR';
    throw new StartupError(`${name}: cannot open the database (${detail})`);
  }
  await db.runMigrations({ transaction: 'each' });
  return db;
}

/** What tests (and the benchmarks) may replace or tune; production uses the defaults. */
export interface GatehouseOptions {
  /** Now, for token expiry and last use; tests move it forward. */
  readonly clock?: Clock;
  /** The outbox worker's pace (polling, batches, retries). */
  readonly mailWorker?: Partial<MailWorkerOptions>;
}

/** Assembles Gatehouse on an open database (used by main and by tests). */
export async function createGatehouse(config: Config, db: DataSource, webDist: string | null, options: GatehouseOptions = {}): Promise<Gatehouse> {
  registerFeatureHooks();
  // Start-up writes have no actor: nothing they do is audited.
  const systemUow = createUnitOfWork(db, null);
  const signingKey = await systemUow(loadOrCreateSigningKey);
  const read = poolReader(db);
  const app = await buildApp({
    config,
    db,
    schema: await createSchema(),
    signingKey,
    webDist,
    loadSession: loadSessionPrincipal,
    refreshSession,
    // Marking a token used is bookkeeping, not an admin change: it has no audit actor.
    loadApiToken: (rawToken, now) => loadApiTokenPrincipal(read, systemUow, rawToken, now),
    createLoaders,
    clock: options.clock ?? systemClock,
    termsExemptFields: TERMS_EXEMPT_FIELDS,
    routes: [registerImportRoutes, registerPortalRoutes],
  });
  const interrupted = await recoverInterruptedImports(systemUow);
  if (interrupted.length > 0) app.log.warn({ importJobIds: interrupted }, 'imports interrupted by a stop were marked FAILED; nothing of them was written');
  const token = await issueSetupTokenIfNeeded(systemUow);
  const clock = options.clock ?? systemClock;
  await expireStalePreviews(systemUow, clock());
  const pruning = schedulePruning(app, systemUow, clock);
  const mail = startMailWorker({
    db,
    uow: systemUow,
    transport: mailTransport(config, systemUow, app),
    from: config.mailFrom,
    publicUrl: config.publicUrl,
    log: app.log,
    ...(options.mailWorker ? { options: options.mailWorker } : {}),
  });
  // Closing the app (main's shutdown, a test's teardown) lets the sends in flight finish first.
  app.addHook('onClose', () => mail.stop());
  return {
    app,
    db,
    signingKey,
    setupUrl: token ? `${config.publicUrl}/setup?token=${token}` : null,
    mail,
    async close() {
      clearInterval(pruning);
      await settleRunningImports();
      await closeGracefully(app);
      if (db.isInitialized) await db.destroy();
    },
  };
}
