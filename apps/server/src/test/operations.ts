import type { DataSource } from 'typeorm';
import { buildAccount, buildDepartment, buildEmployee, buildUserGroup, type BuiltEmployee } from './factories';

/** What one authorization case needs: an account with an actor and things to act on. */
export interface Fixture {
  accountId: string;
  actor: BuiltEmployee;
  target: BuiltEmployee;
  other: BuiltEmployee;
  departmentId: string;
  groupId: string;
  /** A delete challenge issued to the actor for [target], code 1234. */
  challengeId: string;
}

/** Builds a fresh fixture for one case so cases never share data. */
export async function buildFixture(db: DataSource, actorRole: BuiltEmployee['role'], actorActive = true): Promise<Fixture> {
  const accountId = await buildAccount(db);
  const actor = await buildEmployee(db, accountId, { role: actorRole, isActive: actorActive });
  const departmentId = await buildDepartment(db, accountId);
  const groupId = await buildUserGroup(db, accountId);
  const target = await buildEmployee(db, accountId, { role: 'GENERAL', departmentId, groupIds: [groupId] });
  const other = await buildEmployee(db, accountId, { role: 'GENERAL' });
  // Keeps the account valid whoever the actor is: it always has an active ACCOUNT_ADMIN.
  await buildEmployee(db, accountId, { role: 'ACCOUNT_ADMIN' });
  const rows: { id: string }[] = await db.query(
    `INSERT INTO delete_challenges (account_id, actor_employee_id, subject_type, subject_ids, code, expires_at)
     VALUES ($1, $2, 'employees', $3, '1234', now() + interval '5 minutes') RETURNING id`,
    [accountId, actor.id, [target.id]],
  );
  return { accountId, actor, target, other, departmentId, groupId, challengeId: String(rows[0]?.id) };
}

export interface Operation {
  /** The root field. */
  readonly field: string;
  readonly document: string;
  readonly variables: (f: Fixture) => Record<string, unknown>;
  /** Ids in the variables that belong to the account (for the tenant-isolation table). */
  readonly ids: (f: Fixture) => string[];
}

const P = 'userErrors { code field message }';

/** Every query and mutation of the people settings, each designed to succeed for an allowed actor. */
export const USER_SETTINGS_OPERATIONS: readonly Operation[] = [
  { field: 'employees', document: 'query { employees(first: 5) { totalCount edges { node { id department { id } userGroups { id } permissions { module } } } } }', variables: () => ({}), ids: () => [] },
  { field: 'employee', document: 'query($id: ID!) { employee(id: $id) { id email } }', variables: (f) => ({ id: f.target.id }), ids: (f) => [f.target.id] },
  { field: 'departments', document: 'query { departments { totalCount edges { node { id name memberCount } } } }', variables: () => ({}), ids: () => [] },
  { field: 'department', document: 'query($id: ID!) { department(id: $id) { id name } }', variables: (f) => ({ id: f.departmentId }), ids: (f) => [f.departmentId] },
  { field: 'userGroups', document: 'query { userGroups { totalCount edges { node { id name memberCount } } } }', variables: () => ({}), ids: () => [] },
  { field: 'userGroup', document: 'query($id: ID!) { userGroup(id: $id) { id name } }', variables: (f) => ({ id: f.groupId }), ids: (f) => [f.groupId] },
  { field: 'auditEvents', document: 'query { auditEvents(first: 5) { totalCount } }', variables: () => ({}), ids: () => [] },
  {
    field: 'createEmployee',
    document: `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } ${P} } }`,
    variables: (f) => ({ input: { firstName: 'New', surname: 'Person', email: `new.${f.accountId}@example.com`, role: 'GENERAL', departmentId: f.departmentId, groupIds: [f.groupId] } }),
    ids: (f) => [f.departmentId, f.groupId],
  },
  {
    field: 'updateEmployee',
    document: `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } ${P} } }`,
    variables: (f) => ({ input: { id: f.target.id, firstName: 'Renamed' } }),
    ids: (f) => [f.target.id],
  },
  {
    field: 'bulkUpdateEmployees',
    document: `mutation($input: BulkUpdateEmployeesInput!) { bulkUpdateEmployees(input: $input) { employees { id } ${P} } }`,
    variables: (f) => ({ input: { employeeIds: [f.target.id, f.other.id], departmentId: f.departmentId } }),
    ids: (f) => [f.target.id, f.other.id],
  },
  {
    field: 'requestDeleteChallenge',
    document: `mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code } ${P} } }`,
    variables: (f) => ({ input: { employeeIds: [f.target.id] } }),
    ids: (f) => [f.target.id],
  },
  {
    field: 'deleteEmployees',
    document: `mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds ${P} } }`,
    variables: (f) => ({ input: { employeeIds: [f.target.id], challengeId: f.challengeId, code: '1234' } }),
    ids: (f) => [f.target.id],
  },
  {
    field: 'createDepartment',
    document: `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } ${P} } }`,
    variables: () => ({ input: { name: 'Brand new department' } }),
    ids: () => [],
  },
  {
    field: 'updateDepartment',
    document: `mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id } ${P} } }`,
    variables: (f) => ({ input: { id: f.departmentId, name: 'Renamed department' } }),
    ids: (f) => [f.departmentId],
  },
  {
    field: 'deleteDepartment',
    document: `mutation($input: DeleteDepartmentInput!) { deleteDepartment(input: $input) { deletedId ${P} } }`,
    variables: (f) => ({ input: { id: f.departmentId } }),
    ids: (f) => [f.departmentId],
  },
  {
    field: 'createUserGroup',
    document: `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { id } ${P} } }`,
    variables: () => ({ input: { name: 'Brand new group', description: 'For the test' } }),
    ids: () => [],
  },
  {
    field: 'updateUserGroup',
    document: `mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { userGroup { id } ${P} } }`,
    variables: (f) => ({ input: { id: f.groupId, name: 'Renamed group' } }),
    ids: (f) => [f.groupId],
  },
  {
    field: 'deleteUserGroup',
    document: `mutation($input: DeleteUserGroupInput!) { deleteUserGroup(input: $input) { deletedId ${P} } }`,
    variables: (f) => ({ input: { id: f.groupId } }),
    ids: (f) => [f.groupId],
  },
  {
    field: 'setUserGroupMembers',
    document: `mutation($input: SetUserGroupMembersInput!) { setUserGroupMembers(input: $input) { userGroup { id memberCount } ${P} } }`,
    variables: (f) => ({ input: { groupId: f.groupId, addEmployeeIds: [f.other.id], removeEmployeeIds: [f.target.id] } }),
    ids: (f) => [f.groupId, f.other.id, f.target.id],
  },
];
