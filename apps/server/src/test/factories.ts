import type { ApiTokenRole, ModulePermission, Role } from '@gatehouse/access';
import type { InvitationState } from '@gatehouse/contracts';
import type { DataSource } from 'typeorm';
import { insertAccount } from '../features/accounts';
import { setPasswordHash, upsertIdentity } from '../features/auth';
import { insertDepartment } from '../features/departments';
import { insertEmployee, replaceGroups, replacePermissions } from '../features/employees';
import { insertExternalUser } from '../features/external-users';
import { acceptCurrentTerms } from '../features/terms';
import { insertUserGroup } from '../features/user-groups';
import { newApiToken } from '../platform/auth/api-token-format';
import { hashPassword } from '../platform/auth/passwords';
import { hashToken } from '../platform/auth/secrets';
import { createUnitOfWork, type Tx } from '../platform/db/unit-of-work';

let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = 'a long test passphrase 42';
let passwordHash: Promise<string> | undefined;

/** Factories write through the same door as the server: a unit of work without an audit actor. */
function write<T>(db: DataSource, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return createUnitOfWork(db, null)(fn);
}

/** A new account. */
export async function buildAccount(db: DataSource, name = `Venue ${next()}`): Promise<string> {
  return write(db, (tx) => insertAccount(tx, name));
}

export interface BuiltEmployee {
  id: string;
  accountId: string;
  identityId: string;
  email: string;
  role: Role;
}

/** An employee with the minimum the test needs; password TEST_PASSWORD (and an accepted membership) when `withPassword`. */
export async function buildEmployee(
  db: DataSource,
  accountId: string,
  opts: { role?: Role; isActive?: boolean; email?: string; firstName?: string; surname?: string; departmentId?: string | null; groupIds?: string[]; permissions?: ModulePermission[]; withPassword?: boolean; invitationState?: InvitationState; termsAccepted?: boolean } = {},
): Promise<BuiltEmployee> {
  const n = next();
  const email = opts.email ?? `person${n}@example.com`;
  const role = opts.role ?? 'GENERAL';
  let hash: string | null = null;
  if (opts.withPassword) {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    hash = await passwordHash;
  }
  return write(db, async (tx) => {
    const identityId = await upsertIdentity(tx, email);
    if (hash !== null) await setPasswordHash(tx, identityId, hash);
    const id = await insertEmployee(tx, {
      accountId,
      identityId,
      email,
      firstName: opts.firstName ?? `First${n}`,
      surname: opts.surname ?? `Surname${n}`,
      isActive: opts.isActive ?? true,
      departmentId: opts.departmentId ?? null,
      role,
      // Someone with a password has accepted an invitation (or set the account up) unless the test says otherwise.
      invitationState: opts.invitationState ?? (opts.withPassword ? 'ACCEPTED' : 'NOT_INVITED'),
    });
    // Everyone has accepted the account's terms unless the test says otherwise (the terms gate would refuse them).
    if (opts.termsAccepted ?? true) await acceptCurrentTerms(tx, accountId, id, new Date());
    if (opts.permissions) await replacePermissions(tx, accountId, id, opts.permissions);
    if (opts.groupIds) await replaceGroups(tx, accountId, id, opts.groupIds);
    return { id, accountId, identityId, email, role };
  });
}

/** A department. */
export function buildDepartment(db: DataSource, accountId: string, name = `Department ${next()}`): Promise<string> {
  return write(db, (tx) => insertDepartment(tx, accountId, name));
}

/** A user group. */
export function buildUserGroup(db: DataSource, accountId: string, name = `Group ${next()}`): Promise<string> {
  return write(db, (tx) => insertUserGroup(tx, accountId, name, ''));
}

export interface BuiltApiToken {
  id: string;
  accountId: string;
  /** The raw token, as a client app would hold it. */
  token: string;
  role: ApiTokenRole;
}

/** An API token stored as the server stores one (hash only); revoked or expired when asked. */
export async function buildApiToken(
  db: DataSource,
  accountId: string,
  opts: { role?: ApiTokenRole; name?: string; expiresAt?: Date | null; revokedAt?: Date | null; lastUsedAt?: Date | null; createdBy?: string | null } = {},
): Promise<BuiltApiToken> {
  const token = newApiToken();
  const role = opts.role ?? 'USER_ADMIN';
  const rows: { id: string }[] = await write(db, (tx) =>
    tx.query(
      `INSERT INTO api_tokens (account_id, name, role, token_hash, created_by_employee_id, expires_at, revoked_at, last_used_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [accountId, opts.name ?? `Client ${next()}`, role, hashToken(token), opts.createdBy ?? null, opts.expiresAt ?? null, opts.revokedAt ?? null, opts.lastUsedAt ?? null],
    ),
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('api token insert returned no row');
  return { id, accountId, token, role };
}

/** An external user; returns its id. */
export async function buildExternalUser(db: DataSource, accountId: string, opts: { email?: string; firstName?: string; lastName?: string } = {}): Promise<string> {
  const n = next();
  const row = await write(db, (tx) =>
    insertExternalUser(tx, { accountId, email: opts.email ?? `steward${n}@example.com`, firstName: opts.firstName ?? `Ext${n}`, lastName: opts.lastName ?? `Steward${n}` }),
  );
  return row.id;
}
