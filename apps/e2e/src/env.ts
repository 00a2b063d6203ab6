/**
 * The e2e package's one reader of process.env (the lint rule allows only this file here):
 * the tests are a separate program from the server, so they cannot use its config.ts.
 */

/** A PostgreSQL server URL whose user may CREATE DATABASE; unset: embedded PGlite only. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** The Chromium binary (Debian's package by default). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Set E2E_KEEP_DATA=1 to keep the servers' data folders for inspection after a run. */
export function keepData(): boolean {
  return process.env.E2E_KEEP_DATA === '1';
}

/**
 * Which databases each browser test runs on when TEST_DATABASE_URL is set: `both` (the default),
 * or only `pglite` / `postgres`. CI keeps its half-hour budget by running the browser tests on
 * the embedded default only; the server's own tests cover both databases there.
 */
export function e2eStorage(): 'both' | 'pglite' | 'postgres' {
  const value = process.env.E2E_STORAGE;
  if (value === 'pglite' || value === 'postgres') return value;
  return 'both';
}
