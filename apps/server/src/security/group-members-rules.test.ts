import { buildAccount, buildEmployee, buildUserGroup } from '../test/factories';
import { fingerprint } from '../test/fingerprint';
import { startTestGatehouse, type TestGatehouse } from '../test/harness';

/*
 * Every path that changes a person applies the same rules: group membership changed from
 * the group's side too (only an account admin changes an account admin).
 */
const P = 'userErrors { code field message }';
const MEMBERS = `mutation($input: SetUserGroupMembersInput!) { setUserGroupMembers(input: $input) { userGroup { id } ${P} } }`;
const BULK = `mutation($input: BulkUpdateEmployeesInput!) { bulkUpdateEmployees(input: $input) { employees { id } ${P} } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

async function scene() {
  const accountId = await buildAccount(t.db);
  const groupId = await buildUserGroup(t.db, accountId);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', groupIds: [groupId] });
  const userAdmin = await buildEmployee(t.db, accountId, { role: 'USER_ADMIN' });
  const general = await buildEmployee(t.db, accountId, { role: 'GENERAL' });
  return { groupId, admin, userAdmin, general };
}

async function refusedWithoutWrites(actor: Awaited<ReturnType<typeof scene>>['userAdmin'], document: string, field: string, input: object) {
  const client = await t.as(actor);
  const before = await fingerprint(t.db);
  const r = await client.gql(document, { input });
  expect(await fingerprint(t.db)).toEqual(before);
  return (r.data?.[field] as { userErrors: { code: string; field: string }[] }).userErrors;
}

describe('setUserGroupMembers follows the employee update rules', () => {
  it('refuses a USER_ADMIN removing an ACCOUNT_ADMIN from a group', async () => {
    const s = await scene();
    const errors = await refusedWithoutWrites(s.userAdmin, MEMBERS, 'setUserGroupMembers', { groupId: s.groupId, removeEmployeeIds: [s.admin.id] });
    expect(errors).toEqual([expect.objectContaining({ code: 'ONLY_ACCOUNT_ADMIN', field: 'removeEmployeeIds' })]);
  });

  it('refuses a USER_ADMIN adding an ACCOUNT_ADMIN to a group', async () => {
    const s = await scene();
    const other = await buildUserGroup(t.db, (await t.db.query<{ account_id: string }[]>('SELECT account_id FROM user_groups WHERE id = $1', [s.groupId]))[0]?.account_id ?? '');
    const errors = await refusedWithoutWrites(s.userAdmin, MEMBERS, 'setUserGroupMembers', { groupId: other, addEmployeeIds: [s.admin.id] });
    expect(errors).toEqual([expect.objectContaining({ code: 'ONLY_ACCOUNT_ADMIN', field: 'addEmployeeIds' })]);
  });

  it('lets a USER_ADMIN change the membership of a GENERAL employee', async () => {
    const s = await scene();
    const r = await (await t.as(s.userAdmin)).gql(MEMBERS, { input: { groupId: s.groupId, addEmployeeIds: [s.general.id] } });
    expect(r.data?.setUserGroupMembers).toEqual({ userGroup: { id: s.groupId }, userErrors: [] });
    const rows: unknown[] = await t.db.query('SELECT 1 FROM user_group_members WHERE group_id = $1 AND employee_id = $2', [s.groupId, s.general.id]);
    expect(rows).toHaveLength(1);
  });
});

describe('userErrors name the field that held the bad id', () => {
  it('reports an unknown removeEmployeeIds id on removeEmployeeIds', async () => {
    const s = await scene();
    const errors = await refusedWithoutWrites(s.admin, MEMBERS, 'setUserGroupMembers', { groupId: s.groupId, removeEmployeeIds: [UNKNOWN] });
    expect(errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'removeEmployeeIds' })]);
  });

  it('reports an unknown removeGroupIds id on removeGroupIds', async () => {
    const s = await scene();
    const errors = await refusedWithoutWrites(s.admin, BULK, 'bulkUpdateEmployees', { employeeIds: [s.general.id], removeGroupIds: [UNKNOWN] });
    expect(errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'removeGroupIds' })]);
  });
});
