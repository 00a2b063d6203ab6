import { preparedSql, type Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';

export interface IdentityRow {
  id: string;
  email: string;
  password_hash: string | null;
}

export interface Membership {
  readonly accountId: string;
  readonly accountName: string;
  readonly employeeId: string;
  readonly lastLoginAt: Date | null;
}

export interface RefreshTokenRow {
  id: string;
  session_id: string;
  used_at: Date | null;
}

export interface LiveSessionRow {
  id: string;
  identity_id: string;
  expires_at: Date;
}

/** The identity with this (normalized) email, if any. */
export async function findIdentityByEmail(db: Reader, email: string): Promise<IdentityRow | null> {
  const rows: IdentityRow[] = await db.query('SELECT id, email, password_hash FROM identities WHERE email = $1', [email]);
  return rows[0] ?? null;
}

/** The identity with this id, if any. */
export async function findIdentity(db: Reader, id: string): Promise<IdentityRow | null> {
  const rows: IdentityRow[] = await db.query('SELECT id, email, password_hash FROM identities WHERE id = $1', [id]);
  return rows[0] ?? null;
}

/**
 * Accounts where this identity is an active employee whose membership was accepted (first-run
 * setup or an invitation), most recently used first. An account that merely added someone's
 * email cannot be entered with that person's password from another account.
 */
const ACTIVE_MEMBERSHIPS = `
  SELECT a.id AS account_id, a.name, e.id AS employee_id, e.last_login_at, e.identity_id
    FROM employees e JOIN accounts a ON a.id = e.account_id
   WHERE e.is_active AND e.invitation_state = 'ACCEPTED'`;
const MOST_RECENT_FIRST = 'ORDER BY m.last_login_at DESC NULLS LAST, m.name';

interface MembershipRow {
  account_id: string;
  name: string;
  employee_id: string;
  last_login_at: Date | null;
}

function membershipOf(r: MembershipRow): Membership {
  return { accountId: r.account_id, accountName: r.name, employeeId: r.employee_id, lastLoginAt: r.last_login_at };
}

export async function activeMemberships(db: Reader, identityId: string): Promise<Membership[]> {
  const rows: MembershipRow[] = await db.query(`SELECT m.* FROM (${ACTIVE_MEMBERSHIPS}) m WHERE m.identity_id = $1 ${MOST_RECENT_FIRST}`, [identityId]);
  return rows.map(membershipOf);
}

export interface IdentityWithMemberships extends IdentityRow {
  readonly memberships: readonly Membership[];
}

/** The identity with this (normalized) email and its active memberships (most recent first), in one statement; null if none. */
const IDENTITY_WITH_MEMBERSHIPS = preparedSql(
  'auth.identityWithMemberships',
  `SELECT i.id, i.email, i.password_hash, m.account_id, m.name, m.employee_id, m.last_login_at
     FROM identities i LEFT JOIN (${ACTIVE_MEMBERSHIPS}) m ON m.identity_id = i.id
    WHERE i.email = $1 ${MOST_RECENT_FIRST}`,
);

export async function findIdentityWithMemberships(db: Reader, email: string): Promise<IdentityWithMemberships | null> {
  // The membership columns are null for an identity with no active membership (LEFT JOIN).
  const rows: (IdentityRow & { [K in keyof MembershipRow]: MembershipRow[K] | null })[] = await db.query(IDENTITY_WITH_MEMBERSHIPS, [email]);
  const first = rows[0];
  if (first === undefined) return null;
  const memberships = rows.flatMap(({ account_id, name, employee_id, last_login_at }) =>
    account_id === null || name === null || employee_id === null ? [] : [membershipOf({ account_id, name, employee_id, last_login_at })],
  );
  return { id: first.id, email: first.email, password_hash: first.password_hash, memberships };
}

const INSERT_SESSION = preparedSql(
  'auth.insertSession',
  `WITH s AS (
     INSERT INTO sessions (identity_id, account_id, expires_at, user_agent, ip) VALUES ($1, $2, $3, $4, $5) RETURNING id, expires_at),
   r AS (INSERT INTO refresh_tokens (session_id, token_hash) SELECT s.id, $6 FROM s),
   l AS (UPDATE employees SET last_login_at = now() WHERE id = $7::uuid)
   SELECT id, expires_at FROM s`,
);

/**
 * Starts a session in an account with the first link of its refresh chain, in one statement;
 * with `lastLoginOf`, that employee's last login is now, in the same statement.
 */
export async function insertSession(
  tx: Tx,
  values: { identityId: string; accountId: string; expiresAt: Date; userAgent: string | null; ip: string | null; refreshTokenHash: string; lastLoginOf: string | null },
): Promise<{ id: string; expires_at: Date }> {
  const rows: { id: string; expires_at: Date }[] = await tx.query(
    INSERT_SESSION,
    [values.identityId, values.accountId, values.expiresAt, values.userAgent, values.ip, values.refreshTokenHash, values.lastLoginOf],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('session insert returned no row');
  return row;
}

/** Adds the next refresh token of a session's chain. */
export async function insertRefreshToken(tx: Tx, sessionId: string, tokenHash: string): Promise<void> {
  await tx.query('INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, $2)', [sessionId, tokenHash]);
}

/** Locks a refresh token row so two refreshes with the same token cannot both win. */
export async function findRefreshTokenForUpdate(tx: Tx, tokenHash: string): Promise<RefreshTokenRow | null> {
  const rows: RefreshTokenRow[] = await tx.query('SELECT id, session_id, used_at FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE', [tokenHash]);
  return rows[0] ?? null;
}

/** Marks a refresh token used. */
export async function markRefreshTokenUsed(tx: Tx, id: string): Promise<void> {
  await tx.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [id]);
}

/** A live session (not revoked, not expired) whose identity is still an active employee of its account. */
export async function findLiveSession(db: Reader, sessionId: string): Promise<LiveSessionRow | null> {
  const rows: LiveSessionRow[] = await db.query(
    `SELECT s.id, s.identity_id, s.expires_at
       FROM sessions s JOIN employees e ON e.identity_id = s.identity_id AND e.account_id = s.account_id AND e.is_active
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [sessionId],
  );
  return rows[0] ?? null;
}

/** Ends one session. */
export async function revokeSession(tx: Tx, sessionId: string, reason: string): Promise<void> {
  await tx.query('UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL', [sessionId, reason]);
}

/** Ends every session that acts as these employees (inactivation, deletion). */
export async function revokeSessionsOfEmployees(tx: Tx, accountId: string, employeeIds: readonly string[], reason: string): Promise<void> {
  if (employeeIds.length === 0) return;
  await tx.query(
    `UPDATE sessions s SET revoked_at = now(), revoked_reason = $3
       FROM employees e
      WHERE e.account_id = $1 AND e.id = ANY($2::uuid[]) AND s.account_id = e.account_id
        AND s.identity_id = e.identity_id AND s.revoked_at IS NULL`,
    [accountId, employeeIds, reason],
  );
}

/** Moves a session to another account (the account switcher). */
export async function setSessionAccount(tx: Tx, sessionId: string, accountId: string): Promise<void> {
  await tx.query('UPDATE sessions SET account_id = $2 WHERE id = $1', [sessionId, accountId]);
}

/** Stamps the employee's last login. */
export async function touchLastLogin(tx: Tx, employeeId: string): Promise<void> {
  await tx.query('UPDATE employees SET last_login_at = now() WHERE id = $1', [employeeId]);
}

/** The identity for an email, created without a password when new (one login across accounts). */
export async function upsertIdentity(tx: Tx, email: string): Promise<string> {
  const rows: { id: string }[] = await tx.query(
    'INSERT INTO identities (email) VALUES ($1) ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id',
    [email],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('identity upsert returned no id');
  return id;
}

/** Sets an identity's password hash. */
export async function setPasswordHash(tx: Tx, identityId: string, passwordHash: string): Promise<void> {
  await tx.query('UPDATE identities SET password_hash = $2 WHERE id = $1', [identityId, passwordHash]);
}

/**
 * Sets the password of an identity that has none; false when it has one by now (two first
 * passwords chosen at once through two invitations: the first wins, the second must sign in).
 */
export async function setFirstPasswordHash(tx: Tx, identityId: string, passwordHash: string): Promise<boolean> {
  const rows: unknown[] = await tx.query('UPDATE identities SET password_hash = $2 WHERE id = $1 AND password_hash IS NULL RETURNING id', [identityId, passwordHash]);
  return rows.length === 1;
}

/** Removes identities that no longer belong to any account (after deletions). */
export async function deleteOrphanIdentities(tx: Tx, identityIds: readonly string[]): Promise<void> {
  await tx.query(
    'DELETE FROM identities i WHERE i.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM employees e WHERE e.identity_id = i.id)',
    [identityIds],
  );
}
