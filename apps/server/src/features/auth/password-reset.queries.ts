import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';

export interface ResetTokenRow {
  id: string;
  email: string;
  expires_at: Date;
  used_at: Date | null;
  superseded_at: Date | null;
  /** The identity with the token's email that may use it; null when there is none. */
  identity_id: string | null;
}

/**
 * The identity that may reset its password: one with at least one accepted membership (set up
 * or invited and accepted). Someone merely added by an admin gets their first password through
 * an invitation, never through this door.
 */
export async function findResettableIdentity(db: Reader, email: string): Promise<{ id: string } | null> {
  const rows: { id: string }[] = await db.query(
    `SELECT i.id FROM identities i
      WHERE i.email = $1 AND EXISTS (SELECT 1 FROM employees e WHERE e.identity_id = i.id AND e.invitation_state = 'ACCEPTED')`,
    [email],
  );
  return rows[0] ?? null;
}

/**
 * Replaces the email's live link by a new one, in one statement whatever the email: earlier
 * unused links are superseded and the new hash is stored, for a known email or not, so both
 * answers write the same rows.
 */
export async function replaceResetToken(tx: Tx, values: { email: string; tokenHash: string; now: Date; expiresAt: Date }): Promise<void> {
  await tx.query(
    `WITH superseded AS (
       UPDATE password_reset_tokens SET superseded_at = $3
        WHERE email = $1 AND used_at IS NULL AND superseded_at IS NULL)
     INSERT INTO password_reset_tokens (email, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
    [values.email, values.tokenHash, values.now, values.expiresAt],
  );
}

const TOKEN_SQL = `
  SELECT t.id, t.email, t.expires_at, t.used_at, t.superseded_at, i.id AS identity_id
    FROM password_reset_tokens t LEFT JOIN identities i ON i.email = t.email
   WHERE t.token_hash = $1`;

/** A reset link by its hash, whatever its state. */
export async function findResetToken(db: Reader, tokenHash: string): Promise<ResetTokenRow | null> {
  const rows: ResetTokenRow[] = await db.query(TOKEN_SQL, [tokenHash]);
  return rows[0] ?? null;
}

/** The same, locked: of two resets with one link, the second sees it used. */
export async function findResetTokenForUpdate(tx: Tx, tokenHash: string): Promise<ResetTokenRow | null> {
  const rows: ResetTokenRow[] = await tx.query(`${TOKEN_SQL} FOR UPDATE OF t`, [tokenHash]);
  return rows[0] ?? null;
}

/** Spends a link. */
export async function markResetTokenUsed(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query('UPDATE password_reset_tokens SET used_at = $2 WHERE id = $1', [id, now]);
}

/** Ends every live session of an identity, in every account (refresh tokens die with their session). */
export async function revokeSessionsOfIdentity(tx: Tx, identityId: string, reason: string): Promise<number> {
  const rows: { id: string }[] = await tx.query(
    'UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE identity_id = $1 AND revoked_at IS NULL RETURNING id',
    [identityId, reason],
  );
  return rows.length;
}

/** Every membership of an identity, active or not, for the audit log of each account. */
export async function membershipsOfIdentity(db: Reader, identityId: string): Promise<{ account_id: string; employee_id: string }[]> {
  return db.query('SELECT account_id, id AS employee_id FROM employees WHERE identity_id = $1', [identityId]);
}
