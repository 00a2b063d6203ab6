import type { ModulePermission, Role } from '@gatehouse/access';
import type { InvitationState } from '@gatehouse/contracts';
import type { DataSource } from 'typeorm';
import { insertAccount } from '../features/accounts';
import { setPasswordHash, upsertIdentity } from '../features/auth';
import { insertDepartment } from '../features/departments';
import { insertEmployee, replaceGroups, replacePermissions } from '../features/employees';
import { acceptCurrentTerms } from '../features/terms';
import { insertUserGroup } from '../features/user-groups';
import { hashPassword } from '../platform/auth/passwords';
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
