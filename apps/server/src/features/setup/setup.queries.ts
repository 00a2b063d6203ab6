import type { Tx } from '../../platform/db/unit-of-work';

/**
 * Stores one more setup token. Earlier ones stay valid: several instances starting on one
 * empty database each print a link, and whichever is opened first sets Gatehouse up.
 */
export async function addSetupToken(tx: Tx, tokenHash: string): Promise<void> {
  await tx.query('INSERT INTO setup_tokens (token_hash) VALUES ($1)', [tokenHash]);
}

/** Locks an unused setup token by hash. */
export async function findUnusedSetupTokenForUpdate(tx: Tx, tokenHash: string): Promise<{ id: string } | null> {
  const rows: { id: string }[] = await tx.query('SELECT id FROM setup_tokens WHERE token_hash = $1 AND used_at IS NULL FOR UPDATE', [tokenHash]);
  return rows[0] ?? null;
}

/** Marks the setup token used. */
export async function markSetupTokenUsed(tx: Tx, id: string): Promise<void> {
  await tx.query('UPDATE setup_tokens SET used_at = now() WHERE id = $1', [id]);
}

/**
 * Serializes first-run attempts: whoever takes this lock first creates the only account.
 * A transaction-scoped advisory lock works on PostgreSQL and PGlite alike.
 */
export async function lockSetup(tx: Tx): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('gatehouse.setup'))");
}
