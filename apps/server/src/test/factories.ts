import type { ModulePermission, Role } from '@gatehouse/access';
import type { DataSource } from 'typeorm';
import { upsertIdentity } from '../features/auth';
import { insertAccount, setPasswordHash } from '../features/accounts/setup.queries';
import { insertDepartment } from '../features/departments/department.queries';
import { insertEmployee, replaceGroups, replacePermissions } from '../features/employees/employee.queries';
import { insertUserGroup } from '../features/user-groups/user-group.queries';
import { hashPassword } from '../platform/auth/passwords';

let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = 'a long test passphrase 42';
let passwordHash: Promise<string> | undefined;

/** A new account. */
export async function buildAccount(db: DataSource, name = `Venue ${next()}`): Promise<string> {
  return insertAccount(db.manager, name);
}

export interface BuiltEmployee {
  id: string;
  accountId: string;
  identityId: string;
  email: string;
  role: Role;
}

/** An employee with the minimum the test needs; password TEST_PASSWORD when `withPassword`. */
export async function buildEmployee(
  db: DataSource,
  accountId: string,
  opts: { role?: Role; isActive?: boolean; email?: string; firstName?: string; surname?: string; departmentId?: string | null; groupIds?: string[]; permissions?: ModulePermission[]; withPassword?: boolean } = {},
): Promise<BuiltEmployee> {
  const n = next();
  const email = opts.email ?? `person${n}@example.com`;
  const role = opts.role ?? 'GENERAL';
  const identityId = await upsertIdentity(db.manager, email);
  if (opts.withPassword) {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    await setPasswordHash(db.manager, identityId, await passwordHash);
  }
  const id = await insertEmployee(db.manager, {
    accountId,
    identityId,
    email,
    firstName: opts.firstName ?? `First${n}`,
    surname: opts.surname ?? `Surname${n}`,
    isActive: opts.isActive ?? true,
    departmentId: opts.departmentId ?? null,
    role,
  });
  if (opts.permissions) await replacePermissions(db.manager, accountId, id, opts.permissions);
  if (opts.groupIds) await replaceGroups(db.manager, accountId, id, opts.groupIds);
  return { id, accountId, identityId, email, role };
}

/** A department. */
export function buildDepartment(db: DataSource, accountId: string, name = `Department ${next()}`): Promise<string> {
  return insertDepartment(db.manager, accountId, name);
}

/** A user group. */
export function buildUserGroup(db: DataSource, accountId: string, name = `Group ${next()}`): Promise<string> {
  return insertUserGroup(db.manager, accountId, name, '');
}
