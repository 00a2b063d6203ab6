import type { DataSource } from 'typeorm';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import type { ApiTokenRole } from '@gatehouse/access';
import { buildAccount, buildApiToken, buildDepartment, buildEmployee, buildExternalUser, buildUserGroup, type BuiltApiToken, type BuiltEmployee } from './factories';
import type { FingerprintTable } from './fingerprint';

/** What one authorization case needs: an account with an actor, things to act on, and one audit event (the actor updated [target]). */
export interface Fixture {
  accountId: string;
  actor: BuiltEmployee;
  target: BuiltEmployee;
  other: BuiltEmployee;
  departmentId: string;
  groupId: string;
  /** A delete challenge issued to the actor (or to actorToken) for [target], code 1234. */
  challengeId: string;
  /** An API token of the account, to list and revoke. */
  apiTokenId: string;
  /** When the case acts with an API token: that token (the challenge is then the token's). */
  actorToken: BuiltApiToken | null;
  externalUserId: string;
  otherExternalUserId: string;
  /** A delete challenge issued to the actor for [externalUserId], code 1234. */
  externalChallengeId: string;
}

/** Builds a fresh fixture for one case so cases never share data. */
export async function buildFixture(db: DataSource, actorRole: BuiltEmployee['role'], actorActive = true, tokenRole: ApiTokenRole | null = null): Promise<Fixture> {
  const accountId = await buildAccount(db);
  const actor = await buildEmployee(db, accountId, { role: actorRole, isActive: actorActive });
  const departmentId = await buildDepartment(db, accountId);
  const groupId = await buildUserGroup(db, accountId);
  const target = await buildEmployee(db, accountId, { role: 'GENERAL', departmentId, groupIds: [groupId] });
  const other = await buildEmployee(db, accountId, { role: 'GENERAL' });
  // Keeps the account valid whoever the actor is: it always has an active ACCOUNT_ADMIN.
  await buildEmployee(db, accountId, { role: 'ACCOUNT_ADMIN' });
  const apiToken = await buildApiToken(db, accountId, { role: 'GENERAL', createdBy: actor.id });
  const actorToken = tokenRole === null ? null : await buildApiToken(db, accountId, { role: tokenRole });
  const rows: { id: string }[] = await db.query(
    `INSERT INTO delete_challenges (account_id, actor_employee_id, actor_api_token_id, subject_type, subject_ids, code, expires_at)
     VALUES ($1, $2, $3, 'employees', $4, '1234', now() + interval '5 minutes') RETURNING id`,
    [accountId, actorToken ? null : actor.id, actorToken?.id ?? null, [target.id]],
  );
  const externalUserId = await buildExternalUser(db, accountId);
  const otherExternalUserId = await buildExternalUser(db, accountId);
  const externalRows: { id: string }[] = await db.query(
    `INSERT INTO delete_challenges (account_id, actor_employee_id, actor_api_token_id, subject_type, subject_ids, code, expires_at)
     VALUES ($1, $2, $3, 'externalUsers', $4, '1234', now() + interval '5 minutes') RETURNING id`,
    [accountId, actorToken ? null : actor.id, actorToken?.id ?? null, [externalUserId]],
  );
  // So the audit log has a row of this account to show (and to keep from other accounts).
  await createUnitOfWork(db, { accountId, employeeId: actor.id })((tx) => tx.audit({ action: 'employee.updated', targetId: target.id }));
  return {
    accountId,
    actor,
    target,
    other,
    departmentId,
    groupId,
    challengeId: String(rows[0]?.id),
    externalUserId,
    otherExternalUserId,
    externalChallengeId: String(externalRows[0]?.id),
    apiTokenId: apiToken.id,
    actorToken,
  };
}

/** A fixture of placeholder ids, to ask an operation which ids it takes without building one. */
export function placeholderFixture(): Fixture {
  const e = { id: 'x', accountId: 'x', identityId: 'x', email: 'x', role: 'GENERAL' as const };
  return { accountId: 'x', actor: e, target: e, other: e, departmentId: 'x', groupId: 'x', challengeId: 'x', externalUserId: 'x', otherExternalUserId: 'x', externalChallengeId: 'x', apiTokenId: 'x', actorToken: null };
}

export interface Operation {
  /** The root field. */
  readonly field: string;
  readonly document: string;
  readonly variables: (f: Fixture) => Record<string, unknown>;
  /** Ids in the variables that belong to the account (for the tenant-isolation table). */
  readonly ids: (f: Fixture) => string[];
  /** Ids of the fixture's own rows that a successful answer contains: a read proves it read them. */
  readonly returns: (f: Fixture) => string[];
  /** Tables a successful mutation must change (empty for a query, which changes nothing). */
  readonly writes: readonly FingerprintTable[];
}

const P = 'userErrors { code field message }';

/** Every query and mutation of the people settings, each designed to succeed for an allowed actor. */
export const USER_SETTINGS_OPERATIONS: readonly Operation[] = [
  {
    field: 'employees',
    document: 'query { employees(first: 5) { totalCount edges { node { id department { id } userGroups { id } permissions { module } } } } }',
    variables: () => ({}),
    ids: () => [],
    returns: (f) => [f.actor.id, f.target.id, f.other.id, f.departmentId, f.groupId],
    writes: [],
  },
  {
    field: 'employee',
    document: 'query($id: ID!) { employee(id: $id) { id email } }',
    variables: (f) => ({ id: f.target.id }),
    ids: (f) => [f.target.id],
    returns: (f) => [f.target.id],
    writes: [],
  },
  {
    field: 'departments',
    document: 'query { departments { totalCount edges { node { id name memberCount } } } }',
    variables: () => ({}),
    ids: () => [],
    returns: (f) => [f.departmentId],
    writes: [],
  },
  {
    field: 'department',
    document: 'query($id: ID!) { department(id: $id) { id name } }',
    variables: (f) => ({ id: f.departmentId }),
    ids: (f) => [f.departmentId],
    returns: (f) => [f.departmentId],
    writes: [],
  },
  {
    field: 'userGroups',
    document: 'query { userGroups { totalCount edges { node { id name memberCount } } } }',
    variables: () => ({}),
    ids: () => [],
    returns: (f) => [f.groupId],
    writes: [],
  },
  {
    field: 'userGroup',
    document: 'query($id: ID!) { userGroup(id: $id) { id name } }',
    variables: (f) => ({ id: f.groupId }),
    ids: (f) => [f.groupId],
    returns: (f) => [f.groupId],
    writes: [],
  },
  {
    field: 'auditEvents',
    document: 'query { auditEvents(first: 5) { totalCount edges { node { id action targetId actor { id } } } } }',
    variables: () => ({}),
    ids: () => [],
    returns: (f) => [f.actor.id, f.target.id],
    writes: [],
  },
  {
    field: 'createEmployee',
    document: `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } ${P} } }`,
    variables: (f) => ({ input: { firstName: 'New', surname: 'Person', email: `new.${f.accountId}@example.com`, role: 'GENERAL', departmentId: f.departmentId, groupIds: [f.groupId] } }),
    ids: (f) => [f.departmentId, f.groupId],
    returns: () => [],
    writes: ['identities', 'employees', 'user_group_members', 'audit_events'],
  },
  {
    field: 'updateEmployee',
    document: `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } ${P} } }`,
    variables: (f) => ({ input: { id: f.target.id, firstName: 'Renamed' } }),
    ids: (f) => [f.target.id],
    returns: (f) => [f.target.id],
    writes: ['employees', 'audit_events'],
  },
  {
    field: 'bulkUpdateEmployees',
    document: `mutation($input: BulkUpdateEmployeesInput!) { bulkUpdateEmployees(input: $input) { employees { id } ${P} } }`,
    variables: (f) => ({ input: { employeeIds: [f.target.id, f.other.id], departmentId: f.departmentId } }),
    ids: (f) => [f.target.id, f.other.id],
    returns: (f) => [f.target.id, f.other.id],
    writes: ['employees', 'audit_events'],
  },
  {
    field: 'requestDeleteChallenge',
    document: `mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code } ${P} } }`,
    variables: (f) => ({ input: { employeeIds: [f.target.id] } }),
    ids: (f) => [f.target.id],
    returns: () => [],
    writes: ['delete_challenges'],
  },
  {
    field: 'deleteEmployees',
    document: `mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds ${P} } }`,
    variables: (f) => ({ input: { employeeIds: [f.target.id], challengeId: f.challengeId, code: '1234' } }),
    ids: (f) => [f.target.id],
    returns: (f) => [f.target.id],
    writes: ['employees', 'user_group_members', 'delete_challenges', 'audit_events'],
  },
  {
    field: 'createDepartment',
    document: `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } ${P} } }`,
    variables: () => ({ input: { name: 'Brand new department' } }),
    ids: () => [],
    returns: () => [],
    writes: ['departments', 'audit_events'],
  },
  {
    field: 'updateDepartment',
    document: `mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id } ${P} } }`,
    variables: (f) => ({ input: { id: f.departmentId, name: 'Renamed department' } }),
    ids: (f) => [f.departmentId],
    returns: (f) => [f.departmentId],
    writes: ['departments', 'audit_events'],
  },
  {
    field: 'deleteDepartment',
    document: `mutation($input: DeleteDepartmentInput!) { deleteDepartment(input: $input) { deletedId ${P} } }`,
    variables: (f) => ({ input: { id: f.departmentId } }),
    ids: (f) => [f.departmentId],
    returns: (f) => [f.departmentId],
    writes: ['departments', 'employees', 'audit_events'],
  },
  {
    field: 'createUserGroup',
    document: `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { id } ${P} } }`,
    variables: () => ({ input: { name: 'Brand new group', description: 'For the test' } }),
    ids: () => [],
    returns: () => [],
    writes: ['user_groups', 'audit_events'],
  },
  {
    field: 'updateUserGroup',
    document: `mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { userGroup { id } ${P} } }`,
    variables: (f) => ({ input: { id: f.groupId, name: 'Renamed group' } }),
    ids: (f) => [f.groupId],
    returns: (f) => [f.groupId],
    writes: ['user_groups', 'audit_events'],
  },
  {
    field: 'deleteUserGroup',
    document: `mutation($input: DeleteUserGroupInput!) { deleteUserGroup(input: $input) { deletedId ${P} } }`,
    variables: (f) => ({ input: { id: f.groupId } }),
    ids: (f) => [f.groupId],
    returns: (f) => [f.groupId],
    writes: ['user_groups', 'user_group_members', 'audit_events'],
  },
  {
    field: 'setUserGroupMembers',
    document: `mutation($input: SetUserGroupMembersInput!) { setUserGroupMembers(input: $input) { userGroup { id memberCount } ${P} } }`,
    variables: (f) => ({ input: { groupId: f.groupId, addEmployeeIds: [f.other.id], removeEmployeeIds: [f.target.id] } }),
    ids: (f) => [f.groupId, f.other.id, f.target.id],
    returns: (f) => [f.groupId],
    writes: ['user_group_members', 'audit_events'],
  },
  {
    field: 'externalUsers',
    document: 'query { externalUsers(first: 5) { totalCount edges { node { id email fullName } } } }',
    variables: () => ({}),
    ids: () => [],
    returns: (f) => [f.externalUserId, f.otherExternalUserId],
    writes: [],
  },
  {
    field: 'externalUser',
    document: 'query($id: ID!) { externalUser(id: $id) { id email } }',
    variables: (f) => ({ id: f.externalUserId }),
    ids: (f) => [f.externalUserId],
    returns: (f) => [f.externalUserId],
    writes: [],
  },
  {
    field: 'createExternalUser',
    document: `mutation($input: CreateExternalUserInput!) { createExternalUser(input: $input) { externalUser { id } ${P} } }`,
    variables: (f) => ({ input: { firstName: 'New', lastName: 'Steward', email: `steward.${f.accountId}@example.com` } }),
    ids: () => [],
    returns: () => [],
    writes: ['external_users', 'account_emails', 'audit_events'],
  },
  {
    field: 'updateExternalUser',
    document: `mutation($input: UpdateExternalUserInput!) { updateExternalUser(input: $input) { externalUser { id } ${P} } }`,
    variables: (f) => ({ input: { id: f.externalUserId, firstName: 'Renamed' } }),
    ids: (f) => [f.externalUserId],
    returns: (f) => [f.externalUserId],
    writes: ['external_users', 'audit_events'],
  },
  {
    field: 'requestExternalUserDeleteChallenge',
    document: `mutation($input: RequestExternalUserDeleteChallengeInput!) { requestExternalUserDeleteChallenge(input: $input) { challenge { id code } ${P} } }`,
    variables: (f) => ({ input: { externalUserIds: [f.externalUserId] } }),
    ids: (f) => [f.externalUserId],
    returns: () => [],
    writes: ['delete_challenges'],
  },
  {
    field: 'deleteExternalUsers',
    document: `mutation($input: DeleteExternalUsersInput!) { deleteExternalUsers(input: $input) { deletedIds ${P} } }`,
    variables: (f) => ({ input: { externalUserIds: [f.externalUserId], challengeId: f.externalChallengeId, code: '1234' } }),
    ids: (f) => [f.externalUserId],
    returns: (f) => [f.externalUserId],
    writes: ['external_users', 'account_emails', 'delete_challenges', 'audit_events'],
  },
  {
    field: 'promoteExternalUser',
    document: `mutation($input: PromoteExternalUserInput!) { promoteExternalUser(input: $input) { employee { id email } removedExternalUserId ${P} } }`,
    variables: (f) => ({
      input: { externalUserId: f.externalUserId, employee: { firstName: 'Promoted', surname: 'Steward', role: 'GENERAL', departmentId: f.departmentId, groupIds: [f.groupId] } },
    }),
    ids: (f) => [f.externalUserId, f.departmentId, f.groupId],
    returns: (f) => [f.externalUserId],
    writes: ['identities', 'employees', 'user_group_members', 'external_users', 'account_emails', 'audit_events'],
  },
];

/** Every query and mutation of API tokens (Account Settings), each designed to succeed for an allowed actor. */
export const API_TOKEN_OPERATIONS: readonly Operation[] = [
  {
    field: 'apiTokens',
    document: 'query { apiTokens(first: 5) { totalCount edges { node { id name role status createdBy { id } } } } }',
    variables: () => ({}),
    ids: () => [],
    returns: (f) => [f.apiTokenId, f.actor.id],
    writes: [],
  },
  {
    field: 'createApiToken',
    document: `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } token ${P} } }`,
    variables: () => ({ input: { name: 'Turnstile sync', role: 'ADMIN' } }),
    ids: () => [],
    returns: () => [],
    writes: ['api_tokens', 'audit_events'],
  },
  {
    field: 'revokeApiToken',
    document: `mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { id status } ${P} } }`,
    variables: (f) => ({ input: { id: f.apiTokenId } }),
    ids: (f) => [f.apiTokenId],
    returns: (f) => [f.apiTokenId],
    writes: ['api_tokens', 'audit_events'],
  },
];
