import type { Role } from '@gatehouse/access';
import type { DataSource } from 'typeorm';
import type { InvitationState } from '@gatehouse/contracts';
import { poolReader } from '../../platform/db/reader';
import { createUnitOfWork, type Tx } from '../../platform/db/unit-of-work';
import { DEPARTMENTS, USER_GROUPS } from './catalog';
import * as q from './demo-data.queries';
import { generatePeople, type DemoPerson } from './generate';
import { Random } from './random';

export interface DemoDataOptions {
  readonly accountId: string;
  /** How many employees to add. */
  readonly employees: number;
  /** Same seed, same people (ids and email numbers aside). */
  readonly seed?: number;
}

export interface DemoAccountAdmin {
  readonly employeeId: string;
  readonly identityId: string;
  readonly email: string;
}

export interface DemoDataCounts {
  readonly departments: number;
  readonly userGroups: number;
  readonly employees: number;
  readonly byRole: Readonly<Record<Role, number>>;
  readonly inactive: number;
  readonly byInvitationState: Readonly<Record<InvitationState, number>>;
  readonly groupMemberships: number;
  readonly modulePermissions: number;
}

export interface DemoDataResult {
  readonly accountId: string;
  readonly departmentIds: readonly string[];
  readonly userGroupIds: readonly string[];
  readonly employeeIds: readonly string[];
  /** Active ACCOUNT_ADMINs among the new employees (the benchmark logs in as one). */
  readonly accountAdmins: readonly DemoAccountAdmin[];
  readonly counts: DemoDataCounts;
}

export const DEFAULT_SEED = 20240601;

/** Fills an existing account with demo departments, groups and employees, in one transaction. */
export async function seedDemoData(db: DataSource, options: DemoDataOptions): Promise<DemoDataResult> {
  // The unit of work is the one door to transactions; seedDemoDataIn names its own audit actor.
  const result = await createUnitOfWork(db, null)((tx) => seedDemoDataIn(tx, options));
  await refreshPlannerStatistics(db);
  return result;
}

/** Call after the seeding transaction commits, before measuring anything against the new rows. */
export function refreshPlannerStatistics(db: DataSource): Promise<void> {
  return q.analyzeDemoTables(poolReader(db));
}

/** The same inside a caller's unit of work (so an account created just before commits with its data). */
export async function seedDemoDataIn(tx: Tx, options: DemoDataOptions): Promise<DemoDataResult> {
  const m = tx;
  const { accountId } = options;
  if (!Number.isInteger(options.employees) || options.employees < 0) throw new Error(`employees must be a whole number ≥ 0, not ${options.employees}`);
  if ((await q.accountName(m, accountId)) === null) throw new Error(`no account with id ${accountId}`);
  await q.lockDemoData(m);

  const departmentIdByKey = await q.upsertDepartments(m, accountId, DEPARTMENTS.map((d) => d.name));
  const groupIdByKey = await q.upsertUserGroups(m, accountId, USER_GROUPS);
  const departmentIds = DEPARTMENTS.map((d) => idOf(departmentIdByKey, d.name));
  const userGroupIds = USER_GROUPS.map((g) => idOf(groupIdByKey, g.name));

  const rng = new Random(options.seed ?? DEFAULT_SEED);
  const people = generatePeople(options.employees, rng, await q.nextDemoEmailNumber(m), new Date());
  const memberships = people.flatMap((p) => p.groupIndexes.map((g) => [userGroupIds[g] ?? missing('group', g), p.id] as const));

  await q.insertIdentities(m, people);
  await q.insertEmployees(m, accountId, people, departmentIds);
  await q.insertMemberships(m, accountId, memberships);
  await q.insertPermissions(m, accountId, people);

  const counts = countsOf(people, departmentIds.length, userGroupIds.length, memberships.length);
  // No employee acted: the audit trail records the account itself as the actor.
  await tx.audit({ action: 'account.demo_data_added', targetId: accountId, data: { ...counts } }, { accountId, employeeId: null });
  return {
    accountId,
    departmentIds,
    userGroupIds,
    employeeIds: people.map((p) => p.id),
    accountAdmins: people
      .filter((p) => p.role === 'ACCOUNT_ADMIN' && p.isActive)
      .map((p) => ({ employeeId: p.id, identityId: p.identityId, email: p.email })),
    counts,
  };
}

function idOf(byKey: Map<string, string>, name: string): string {
  return byKey.get(name.toLowerCase()) ?? missing('row', name);
}

function missing(what: string, key: string | number): never {
  throw new Error(`demo data: no id for ${what} ${key}`);
}

function countsOf(people: readonly DemoPerson[], departments: number, userGroups: number, groupMemberships: number): DemoDataCounts {
  const byRole: Record<Role, number> = { ACCOUNT_ADMIN: 0, USER_ADMIN: 0, ADMIN: 0, GENERAL: 0 };
  const byInvitationState: Record<InvitationState, number> = { NOT_INVITED: 0, INVITED: 0, ACCEPTED: 0 };
  for (const p of people) {
    byRole[p.role] += 1;
    byInvitationState[p.invitationState] += 1;
  }
  return {
    departments,
    userGroups,
    employees: people.length,
    byRole,
    inactive: people.filter((p) => !p.isActive).length,
    byInvitationState,
    groupMemberships,
    modulePermissions: people.reduce((n, p) => n + p.permissions.length, 0),
  };
}
