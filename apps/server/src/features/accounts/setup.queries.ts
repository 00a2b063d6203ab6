import type { EntityManager } from 'typeorm';
import { SetupTokenEntity } from './setup-token.entity';

/** True while no account exists: the database is new. */
export async function needsSetup(m: EntityManager): Promise<boolean> {
  const rows: unknown[] = await m.query('SELECT 1 FROM accounts LIMIT 1');
  return rows.length === 0;
}

/**
 * Stores one more setup token. Earlier ones stay valid: several instances starting on one
 * empty database each print a link, and whichever is opened first sets Gatehouse up.
 */
export async function addSetupToken(m: EntityManager, tokenHash: string): Promise<void> {
  await m.insert(SetupTokenEntity, { tokenHash });
}

/** Locks an unused setup token by hash. */
export function findUnusedSetupTokenForUpdate(m: EntityManager, tokenHash: string): Promise<SetupTokenEntity | null> {
  return m
    .createQueryBuilder(SetupTokenEntity, 't')
    .setLock('pessimistic_write')
    .where('t.token_hash = :tokenHash AND t.used_at IS NULL', { tokenHash })
    .getOne();
}

/** Marks the setup token used. */
export async function markSetupTokenUsed(m: EntityManager, id: string): Promise<void> {
  await m.update(SetupTokenEntity, { id }, { usedAt: () => 'now()' });
}

/** Creates an account and returns its id. */
export async function insertAccount(m: EntityManager, name: string): Promise<string> {
  const rows: { id: string }[] = await m.query('INSERT INTO accounts (name) VALUES ($1) RETURNING id', [name]);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('account insert returned no id');
  return id;
}

/** Sets an identity's password hash. */
export async function setPasswordHash(m: EntityManager, identityId: string, passwordHash: string): Promise<void> {
  await m.query('UPDATE identities SET password_hash = $2 WHERE id = $1', [identityId, passwordHash]);
}

/**
 * Serializes first-run attempts: whoever takes this lock first creates the only account.
 * A transaction-scoped advisory lock works on PostgreSQL and PGlite alike.
 */
export async function lockSetup(m: EntityManager): Promise<void> {
  await m.query("SELECT pg_advisory_xact_lock(hashtext('gatehouse.setup'))");
}
