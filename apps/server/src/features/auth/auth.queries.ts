import type { EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { EmployeeEntity } from '../employees/employee.entity';
import { IdentityEntity } from './identity.entity';
import { LoginFailureEntity } from './login-attempt.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';

export interface Membership {
  readonly accountId: string;
  readonly accountName: string;
  readonly employeeId: string;
  readonly lastLoginAt: Date | null;
}

/** The identity with this (normalized) email, if any. */
export function findIdentityByEmail(m: EntityManager, email: string): Promise<IdentityEntity | null> {
  return m.findOneBy(IdentityEntity, { email });
}

/** The identity with this id, if any. */
export function findIdentity(m: EntityManager, id: string): Promise<IdentityEntity | null> {
  return m.findOneBy(IdentityEntity, { id });
}

/** Accounts where this identity is an active employee, most recently used first. */
export async function activeMemberships(m: EntityManager, identityId: string): Promise<Membership[]> {
  const rows: { account_id: string; name: string; employee_id: string; last_login_at: Date | null }[] = await m.query(
    `SELECT a.id AS account_id, a.name, e.id AS employee_id, e.last_login_at
       FROM employees e JOIN accounts a ON a.id = e.account_id
      WHERE e.identity_id = $1 AND e.is_active
      ORDER BY e.last_login_at DESC NULLS LAST, a.name`,
    [identityId],
  );
  return rows.map((r) => ({ accountId: r.account_id, accountName: r.name, employeeId: r.employee_id, lastLoginAt: r.last_login_at }));
}

/** Failed logins for this email and for this IP within the window. */
export async function recentFailures(m: EntityManager, email: string, ip: string, since: Date): Promise<{ byEmail: number; byIp: number }> {
  const rows: { by_email: string; by_ip: string }[] = await m.query(
    `SELECT count(*) FILTER (WHERE email = $1) AS by_email, count(*) FILTER (WHERE ip = $2) AS by_ip
       FROM login_failures WHERE at > $3 AND (email = $1 OR ip = $2)`,
    [email, ip, since],
  );
  const row = rows[0];
  return { byEmail: Number(row?.by_email ?? 0), byIp: Number(row?.by_ip ?? 0) };
}

/** Records one failed login. */
export async function recordFailure(m: EntityManager, email: string, ip: string): Promise<void> {
  await m.insert(LoginFailureEntity, { email, ip });
}

/** A successful login clears the email's failures (the IP's stay: one IP may guess many emails). */
export async function clearFailures(m: EntityManager, email: string): Promise<void> {
  await m.delete(LoginFailureEntity, { email });
}

/** Starts a session in an account. */
export async function insertSession(
  m: EntityManager,
  values: { identityId: string; accountId: string; expiresAt: Date; userAgent: string | null; ip: string | null },
): Promise<SessionEntity> {
  const result = await m.insert(SessionEntity, values);
  const id: unknown = result.identifiers[0]?.id;
  if (typeof id !== 'string') throw new Error('session insert returned no id');
  return m.findOneByOrFail(SessionEntity, { id });
}

/** Adds the next refresh token of a session's chain. */
export async function insertRefreshToken(m: EntityManager, sessionId: string, tokenHash: string): Promise<void> {
  await m.insert(RefreshTokenEntity, { sessionId, tokenHash });
}

/** Locks a refresh token row so two refreshes with the same token cannot both win. */
export function findRefreshTokenForUpdate(m: EntityManager, tokenHash: string): Promise<RefreshTokenEntity | null> {
  return m.createQueryBuilder(RefreshTokenEntity, 't').setLock('pessimistic_write').where('t.token_hash = :tokenHash', { tokenHash }).getOne();
}

/** Marks a refresh token used. */
export async function markRefreshTokenUsed(m: EntityManager, id: string): Promise<void> {
  await m.update(RefreshTokenEntity, { id }, { usedAt: () => 'now()' });
}

/** A live session (not revoked, not expired) whose identity is still an active employee of its account. */
export async function findLiveSession(m: EntityManager, sessionId: string): Promise<SessionEntity | null> {
  return m
    .createQueryBuilder(SessionEntity, 's')
    .innerJoin(EmployeeEntity, 'e', 'e.identity_id = s.identity_id AND e.account_id = s.account_id AND e.is_active')
    .where('s.id = :sessionId AND s.revoked_at IS NULL AND s.expires_at > now()', { sessionId })
    .getOne();
}

/** Ends one session. */
export async function revokeSession(m: EntityManager, sessionId: string, reason: string): Promise<void> {
  await m
    .createQueryBuilder()
    .update(SessionEntity)
    .set({ revokedAt: () => 'now()', revokedReason: reason })
    .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
    .execute();
}

/** Ends every session that acts as these employees (inactivation, deletion). */
export async function revokeSessionsOfEmployees(m: EntityManager, accountId: string, employeeIds: readonly string[], reason: string): Promise<void> {
  if (employeeIds.length === 0) return;
  await m.query(
    `UPDATE sessions s SET revoked_at = now(), revoked_reason = $3
       FROM employees e
      WHERE e.account_id = $1 AND e.id = ANY($2::uuid[]) AND s.account_id = e.account_id
        AND s.identity_id = e.identity_id AND s.revoked_at IS NULL`,
    [accountId, employeeIds, reason],
  );
}

/** Moves a session to another account (the account switcher). */
export async function setSessionAccount(m: EntityManager, sessionId: string, accountId: string): Promise<void> {
  await m.update(SessionEntity, { id: sessionId }, { accountId });
}

/** Stamps the employee's last login. */
export async function touchLastLogin(m: EntityManager, employeeId: string): Promise<void> {
  await m.update(EmployeeEntity, { id: employeeId }, { lastLoginAt: () => 'now()' });
}

/** The account's name. */
export async function findAccount(m: EntityManager, accountId: string): Promise<AccountEntity | null> {
  return m.findOneBy(AccountEntity, { id: accountId });
}

/** The identity for an email, created without a password when new (one login across accounts). */
export async function upsertIdentity(m: EntityManager, email: string): Promise<string> {
  const rows: { id: string }[] = await m.query(
    'INSERT INTO identities (email) VALUES ($1) ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id',
    [email],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('identity upsert returned no id');
  return id;
}

/** Removes identities that no longer belong to any account (after deletions). */
export async function deleteOrphanIdentities(m: EntityManager, identityIds: readonly string[]): Promise<void> {
  await m.query(
    'DELETE FROM identities i WHERE i.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM employees e WHERE e.identity_id = i.id)',
    [identityIds],
  );
}
