import type { ModulePermission, Role } from '@gatehouse/access';
import { preparedSql, type Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import { likePattern, SqlParams } from '../../platform/db/sql-params';
import { isUuid, onlyUuids } from '../../platform/db/uuid';
import type { EmployeeOrderField, InvitationState } from '@gatehouse/contracts';

/** The employee columns every query of them returns. */
export interface EmployeeRow {
  id: string;
  is_active: boolean;
  first_name: string;
  surname: string;
  email: string;
  role: Role;
  invitation_state: InvitationState;
  invited_at: Date | null;
  last_login_at: Date | null;
  terms_accepted_at: Date | null;
  terms_accepted_version: number | null;
  created_at: Date;
  department_id: string | null;
  identity_id: string;
}

export interface EmployeeFilterValues {
  readonly search?: string | null;
  readonly departmentId?: string | null;
  readonly groupId?: string | null;
  readonly role?: Role | null;
  readonly isActive?: boolean | null;
  readonly invitationState?: InvitationState | null;
}


/**
 * Sort keys are never NULL so keyset comparisons stay total; the cast types the cursor
 * parameter. Each expression is, character for character, the key of an index
 * (account_id, key, id) (migration ListIndexes), so a page is a range read of that index.
 * ROLE sorts by the enum, in rank order (account admin first): its text cannot be indexed,
 * since an enum's labels can be renamed. DEPARTMENT sorts by the department's name_key,
 * copied onto each employee by database triggers.
 */
export const EMPLOYEE_SORT_KEYS: Readonly<Record<EmployeeOrderField, { expr: string; cast: 'text' | 'timestamptz' | 'employee_role' }>> = {
  NAME: { expr: "lower(e.surname || ' ' || e.first_name)", cast: 'text' },
  EMAIL: { expr: 'e.email', cast: 'text' },
  ROLE: { expr: 'e.role', cast: 'employee_role' },
  DEPARTMENT: { expr: 'e.department_sort', cast: 'text' },
  LAST_LOGIN: { expr: "coalesce(e.last_login_at, '-infinity'::timestamptz)", cast: 'timestamptz' },
  CREATED_AT: { expr: 'e.created_at', cast: 'timestamptz' },
};

export const EMPLOYEE_COLUMNS = `e.id, e.is_active, e.first_name, e.surname, e.email, e.role, e.invitation_state, e.invited_at,
  e.last_login_at, e.terms_accepted_at, e.terms_accepted_version, e.created_at, e.department_id, e.identity_id`;

/** pg_trgm indexes three-character runs: a shorter search cannot use the trigram index. */
export function searchUsesTrigrams(search: string | null | undefined): boolean {
  return (search?.trim().length ?? 0) >= 3;
}

/** The WHERE clause of the employee list for a filter, always scoped to the account. */
export function employeeFilterSql(accountId: string, filter: EmployeeFilterValues, p: SqlParams): string {
  const where = [`e.account_id = ${p.add(accountId)}`];
  const search = filter.search?.trim();
  if (search) {
    // search_text is stored lower-cased; lower() folds the pattern the same way, in the database.
    where.push(`e.search_text LIKE lower(${p.add(likePattern(search))})`);
  }
  if (filter.departmentId) where.push(isUuid(filter.departmentId) ? `e.department_id = ${p.add(filter.departmentId)}` : 'FALSE');
  if (filter.groupId) {
    if (!isUuid(filter.groupId)) where.push('FALSE');
    else where.push(`EXISTS (SELECT 1 FROM user_group_members m WHERE m.employee_id = e.id AND m.group_id = ${p.add(filter.groupId)})`);
  }
  if (filter.role) where.push(`e.role = ${p.add(filter.role)}`);
  if (filter.isActive !== null && filter.isActive !== undefined) where.push(`e.is_active = ${p.add(filter.isActive)}`);
  if (filter.invitationState) where.push(`e.invitation_state = ${p.add(filter.invitationState)}`);
  return where.join(' AND ');
}

/** True when nothing narrows the list: the whole account. */
function isUnfiltered(filter: EmployeeFilterValues): boolean {
  const { groupId, search, departmentId, role, isActive, invitationState } = filter;
  return !groupId && !search?.trim() && !departmentId && !role && (isActive === null || isActive === undefined) && !invitationState;
}

/** True when the filter is exactly "members of this group" (the group's Members page). */
function onlyGroup(filter: EmployeeFilterValues): filter is EmployeeFilterValues & { groupId: string } {
  const { groupId, search, departmentId, role, isActive, invitationState } = filter;
  return !!groupId && isUuid(groupId) && !search?.trim() && !departmentId && !role && (isActive === null || isActive === undefined) && !invitationState;
}

/**
 * How many employees match the filter. Without a search this reads an index only (the
 * account, department, role, active and invitation indexes; a group's members from
 * user_group_members, whose rows carry the account); a search also reads the matching rows.
 */
/** A key lookup that opens every employee list: planned once per connection. */
const UNFILTERED_COUNT = preparedSql('employees.unfilteredCount', 'SELECT employees AS n FROM employee_counts WHERE account_id = $1');

export async function countEmployees(db: Reader, accountId: string, filter: EmployeeFilterValues): Promise<number> {
  if (isUnfiltered(filter)) {
    // Kept by triggers on every insert and delete (migration EmployeeCounts): one row, not the account.
    const rows: { n: string }[] = await db.query(UNFILTERED_COUNT, [accountId]);
    return Number(rows[0]?.n ?? 0);
  }
  if (onlyGroup(filter)) {
    const rows: { n: string }[] = await db.query('SELECT count(*) AS n FROM user_group_members WHERE account_id = $1 AND group_id = $2', [accountId, filter.groupId]);
    return Number(rows[0]?.n ?? 0);
  }
  const p = new SqlParams();
  const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM employees e WHERE ${employeeFilterSql(accountId, filter, p)}`, p.values);
  return Number(rows[0]?.n ?? 0);
}

/** Employees by id within the account, in no particular order; other accounts' ids are simply absent. */
export function employeesByIds(db: Reader, accountId: string, ids: readonly string[]): Promise<EmployeeRow[]> {
  return db.query(`SELECT ${EMPLOYEE_COLUMNS} FROM employees e WHERE e.account_id = $1 AND e.id = ANY($2::uuid[])`, [accountId, onlyUuids(ids)]);
}

/** Locks and returns employees by id (row locks serialize concurrent changes to the same people). */
export function lockEmployees(tx: Tx, accountId: string, ids: readonly string[]): Promise<EmployeeRow[]> {
  return tx.query(
    `SELECT ${EMPLOYEE_COLUMNS} FROM employees e WHERE e.account_id = $1 AND e.id = ANY($2::uuid[]) ORDER BY e.id FOR UPDATE`,
    [accountId, onlyUuids(ids)],
  );
}

/**
 * Serializes every change that could remove an account's last active ACCOUNT_ADMIN:
 * the account row is the one lock they all take, so two concurrent demotions cannot
 * both see "another admin remains".
 */
export async function lockAccountAdmins(tx: Tx, accountId: string): Promise<void> {
  await tx.query('SELECT id FROM accounts WHERE id = $1 FOR UPDATE', [accountId]);
}

/** Active ACCOUNT_ADMINs of the account other than the given employees. */
export async function countOtherActiveAccountAdmins(db: Reader, accountId: string, excludingIds: readonly string[]): Promise<number> {
  const rows: { n: string }[] = await db.query(
    `SELECT count(*) AS n FROM employees
      WHERE account_id = $1 AND role = 'ACCOUNT_ADMIN' AND is_active AND NOT (id = ANY($2::uuid[]))`,
    [accountId, excludingIds],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Stored module permissions of many employees, one statement. */
export async function permissionsByEmployee(db: Reader, accountId: string, employeeIds: readonly string[]): Promise<Map<string, ModulePermission[]>> {
  const rows: { employee_id: string; module: ModulePermission['module']; can_access: boolean; is_module_admin: boolean; see_scope: ModulePermission['seeScope']; edit_scope: ModulePermission['editScope']; see_levels: ModulePermission['seeLevels']; edit_levels: ModulePermission['editLevels'] }[] =
    await db.query(
      `SELECT employee_id, module, can_access, is_module_admin, see_scope, edit_scope, see_levels, edit_levels
         FROM employee_module_permissions WHERE account_id = $1 AND employee_id = ANY($2::uuid[])`,
      [accountId, employeeIds],
    );
  const byEmployee = new Map<string, ModulePermission[]>();
  for (const r of rows) {
    const list = byEmployee.get(r.employee_id) ?? [];
    list.push({ module: r.module, canAccess: r.can_access, isModuleAdmin: r.is_module_admin, seeScope: r.see_scope, editScope: r.edit_scope, seeLevels: r.see_levels, editLevels: r.edit_levels });
    byEmployee.set(r.employee_id, list);
  }
  return byEmployee;
}

/** Group ids of many employees, one statement. */
export async function groupIdsByEmployee(db: Reader, accountId: string, employeeIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows: { employee_id: string; group_id: string }[] = await db.query(
    'SELECT employee_id, group_id FROM user_group_members WHERE account_id = $1 AND employee_id = ANY($2::uuid[])',
    [accountId, employeeIds],
  );
  const byEmployee = new Map<string, string[]>();
  for (const r of rows) byEmployee.set(r.employee_id, [...(byEmployee.get(r.employee_id) ?? []), r.group_id]);
  return byEmployee;
}

/** Replaces an employee's stored permissions. */
export async function replacePermissions(tx: Tx, accountId: string, employeeId: string, permissions: readonly ModulePermission[]): Promise<void> {
  await tx.query('DELETE FROM employee_module_permissions WHERE account_id = $1 AND employee_id = $2', [accountId, employeeId]);
  for (const p of permissions) {
    await tx.query(
      `INSERT INTO employee_module_permissions (employee_id, module, account_id, can_access, is_module_admin, see_scope, edit_scope, see_levels, edit_levels)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [employeeId, p.module, accountId, p.canAccess, p.isModuleAdmin, p.seeScope, p.editScope, p.seeLevels, p.editLevels],
    );
  }
}

/** Sets exactly these groups for an employee (ids already checked to be the account's). */
export async function replaceGroups(tx: Tx, accountId: string, employeeId: string, groupIds: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM user_group_members WHERE account_id = $1 AND employee_id = $2', [accountId, employeeId]);
  if (groupIds.length > 0) {
    await tx.query(
      `INSERT INTO user_group_members (group_id, employee_id, account_id) SELECT g, $2, $1 FROM unnest($3::uuid[]) AS g`,
      [accountId, employeeId, groupIds],
    );
  }
}

/** Adds and removes group memberships for many employees at once. */
export async function changeGroupsOfMany(tx: Tx, accountId: string, employeeIds: readonly string[], add: readonly string[], remove: readonly string[]): Promise<void> {
  if (remove.length > 0) {
    await tx.query('DELETE FROM user_group_members WHERE account_id = $1 AND employee_id = ANY($2::uuid[]) AND group_id = ANY($3::uuid[])', [accountId, employeeIds, remove]);
  }
  if (add.length > 0) {
    await tx.query(
      `INSERT INTO user_group_members (group_id, employee_id, account_id)
       SELECT g, e, $1 FROM unnest($3::uuid[]) AS g CROSS JOIN unnest($2::uuid[]) AS e ON CONFLICT DO NOTHING`,
      [accountId, employeeIds, add],
    );
  }
}

export interface EmployeeColumns {
  firstName?: string;
  surname?: string;
  isActive?: boolean;
  departmentId?: string | null;
  role?: Role;
}

/** Updates plain columns of employees in the account. */
export async function updateEmployees(tx: Tx, accountId: string, ids: readonly string[], values: EmployeeColumns): Promise<void> {
  const p = new SqlParams();
  const sets: string[] = [];
  if (values.firstName !== undefined) sets.push(`first_name = ${p.add(values.firstName)}`);
  if (values.surname !== undefined) sets.push(`surname = ${p.add(values.surname)}`);
  if (values.isActive !== undefined) sets.push(`is_active = ${p.add(values.isActive)}`);
  if (values.departmentId !== undefined) sets.push(`department_id = ${p.add(values.departmentId)}::uuid`);
  if (values.role !== undefined) sets.push(`role = ${p.add(values.role)}`);
  if (sets.length === 0) return;
  sets.push('updated_at = now()');
  await tx.query(`UPDATE employees SET ${sets.join(', ')} WHERE account_id = ${p.add(accountId)} AND id = ANY(${p.add(ids)}::uuid[])`, p.values);
}

/** Inserts an employee and returns its id. */
export async function insertEmployee(
  tx: Tx,
  values: { accountId: string; identityId: string; email: string; firstName: string; surname: string; isActive: boolean; departmentId: string | null; role: Role; invitationState?: InvitationState; termsAcceptedAt?: Date | null },
): Promise<string> {
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO employees (account_id, identity_id, email, first_name, surname, is_active, department_id, role, invitation_state, terms_accepted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [values.accountId, values.identityId, values.email, values.firstName, values.surname, values.isActive, values.departmentId, values.role, values.invitationState ?? 'NOT_INVITED', values.termsAcceptedAt ?? null],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('employee insert returned no id');
  return id;
}

/** Deletes employees (memberships, permissions cascade; sessions are revoked by the caller). */
export async function deleteEmployees(tx: Tx, accountId: string, ids: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM employees WHERE account_id = $1 AND id = ANY($2::uuid[])', [accountId, ids]);
}

/** Adds and removes members of one group (employee ids already checked to be the account's). */
export async function changeMembersOfGroup(tx: Tx, accountId: string, groupId: string, add: readonly string[], remove: readonly string[]): Promise<void> {
  if (remove.length > 0) {
    await tx.query('DELETE FROM user_group_members WHERE account_id = $1 AND group_id = $2 AND employee_id = ANY($3::uuid[])', [accountId, groupId, remove]);
  }
  if (add.length > 0) {
    await tx.query(
      'INSERT INTO user_group_members (group_id, employee_id, account_id) SELECT $2, e, $1 FROM unnest($3::uuid[]) AS e ON CONFLICT DO NOTHING',
      [accountId, groupId, add],
    );
  }
}
