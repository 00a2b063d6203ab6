import { buildAccount, buildDepartment, buildEmployee, buildUserGroup, type BuiltEmployee } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';

const P = 'userErrors { code field message }';
let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

async function admin(): Promise<{ accountId: string; me: BuiltEmployee; client: TestClient }> {
  const accountId = await buildAccount(t.db);
  const me = await buildEmployee(t.db, accountId, { role: 'USER_ADMIN' });
  return { accountId, me, client: await t.as(me) };
}

describe('departments', () => {
  it('adds, renames and deletes; names are unique in any case; employees outlive their department', async () => {
    const { accountId, client } = await admin();
    const created = await client.gql(`mutation { createDepartment(input: { name: "  Event   Control " }) { department { id name memberCount } ${P} } }`);
    const dept = (created.data?.createDepartment as { department: { id: string; name: string } }).department;
    expect(dept.name).toBe('Event Control');
    const employee = await buildEmployee(t.db, accountId, { departmentId: dept.id });

    const before = await fingerprint(t.db);
    const dup = await client.gql(`mutation { createDepartment(input: { name: "event control" }) { department { id } ${P} } }`);
    expect(dup.data?.createDepartment).toMatchObject({ department: null, userErrors: [{ code: 'DUPLICATE_NAME', field: 'name' }] });
    const blank = await client.gql(`mutation { createDepartment(input: { name: " " }) { department { id } ${P} } }`);
    expect(blank.data?.createDepartment).toMatchObject({ userErrors: [{ code: 'INVALID_INPUT', field: 'name' }] });
    expect(await fingerprint(t.db)).toEqual(before);

    const renamed = await client.gql(`mutation($id: ID!) { updateDepartment(input: { id: $id, name: "Control Room" }) { department { name memberCount } ${P} } }`, { id: dept.id });
    expect(renamed.data?.updateDepartment).toEqual({ department: { name: 'Control Room', memberCount: 1 }, userErrors: [] });

    const deleted = await client.gql(`mutation($id: ID!) { deleteDepartment(input: { id: $id }) { deletedId ${P} } }`, { id: dept.id });
    expect(deleted.data?.deleteDepartment).toEqual({ deletedId: dept.id, userErrors: [] });
    const after = await client.gql('query($id: ID!) { employee(id: $id) { id department { id } } }', { id: employee.id });
    expect(after.data?.employee).toEqual({ id: employee.id, department: null });
  });

  it('lists with member counts, search and both directions', async () => {
    const { accountId, client } = await admin();
    const security = await buildDepartment(t.db, accountId, 'Security');
    await buildDepartment(t.db, accountId, 'Medical');
    await buildDepartment(t.db, accountId, 'catering');
    await buildEmployee(t.db, accountId, { departmentId: security });
    await buildEmployee(t.db, accountId, { departmentId: security });
    const asc = await client.gql('{ departments { totalCount edges { node { name memberCount } } } }');
    expect(asc.data?.departments).toEqual({
      totalCount: 3,
      edges: [{ node: { name: 'catering', memberCount: 0 } }, { node: { name: 'Medical', memberCount: 0 } }, { node: { name: 'Security', memberCount: 2 } }],
    });
    const desc = await client.gql('{ departments(orderBy: { direction: DESC }, first: 2) { edges { node { name } } pageInfo { hasNextPage } } }');
    expect(desc.data?.departments).toEqual({ edges: [{ node: { name: 'Security' } }, { node: { name: 'Medical' } }], pageInfo: { hasNextPage: true } });
    const search = await client.gql('{ departments(filter: { search: "CUR" }) { edges { node { name } } } }');
    expect(search.data?.departments).toEqual({ edges: [{ node: { name: 'Security' } }] });
  });
});

describe('user groups', () => {
  it('adds, edits, manages members from the group side and the employee side, and deletes', async () => {
    const { accountId, client } = await admin();
    const a = await buildEmployee(t.db, accountId);
    const b = await buildEmployee(t.db, accountId);
    const created = await client.gql(`mutation { createUserGroup(input: { name: "North Stand", description: "Stewards of the north stand" }) { userGroup { id name description memberCount } ${P} } }`);
    const group = (created.data?.createUserGroup as { userGroup: { id: string } }).userGroup;
    expect(created.data?.createUserGroup).toMatchObject({ userGroup: { name: 'North Stand', description: 'Stewards of the north stand', memberCount: 0 }, userErrors: [] });

    const members = await client.gql(`mutation($g: ID!, $add: [ID!]!) { setUserGroupMembers(input: { groupId: $g, addEmployeeIds: $add }) { userGroup { memberCount } ${P} } }`, { g: group.id, add: [a.id, b.id, a.id] });
    expect(members.data?.setUserGroupMembers).toEqual({ userGroup: { memberCount: 2 }, userErrors: [] });

    const fromEmployee = await client.gql(`mutation($id: ID!) { updateEmployee(input: { id: $id, groupIds: [] }) { employee { userGroups { id } } ${P} } }`, { id: b.id });
    expect(fromEmployee.data?.updateEmployee).toEqual({ employee: { userGroups: [] }, userErrors: [] });
    const filtered = await client.gql('query($g: ID) { employees(filter: { groupId: $g }) { edges { node { id } } } }', { g: group.id });
    expect(filtered.data?.employees).toEqual({ edges: [{ node: { id: a.id } }] });

    const edited = await client.gql(`mutation($id: ID!) { updateUserGroup(input: { id: $id, name: "North Stand Team" }) { userGroup { name description } ${P} } }`, { id: group.id });
    expect(edited.data?.updateUserGroup).toEqual({ userGroup: { name: 'North Stand Team', description: 'Stewards of the north stand' }, userErrors: [] });

    await buildUserGroup(t.db, accountId, 'Night Shift');
    const before = await fingerprint(t.db);
    const dup = await client.gql(`mutation($id: ID!) { updateUserGroup(input: { id: $id, name: "NIGHT SHIFT" }) { userGroup { name } ${P} } }`, { id: group.id });
    expect(dup.data?.updateUserGroup).toMatchObject({ userErrors: [{ code: 'DUPLICATE_NAME' }] });
    expect(await fingerprint(t.db)).toEqual(before);

    const deleted = await client.gql(`mutation($id: ID!) { deleteUserGroup(input: { id: $id }) { deletedId ${P} } }`, { id: group.id });
    expect(deleted.data?.deleteUserGroup).toEqual({ deletedId: group.id, userErrors: [] });
    const stillThere = await client.gql('query($id: ID!) { employee(id: $id) { id userGroups { id } } }', { id: a.id });
    expect(stillThere.data?.employee).toEqual({ id: a.id, userGroups: [] });
  });
});

describe('audit trail', () => {
  it('records every change with its actor, in order, and nothing for refused requests', async () => {
    const { accountId, me, client } = await admin();
    const run = (q: string, v: Record<string, unknown> = {}) => client.gql(q, v);
    const dept = await run(`mutation { createDepartment(input: { name: "Ticketing" }) { department { id } } }`);
    const departmentId = (dept.data?.createDepartment as { department: { id: string } }).department.id;
    const emp = await run(`mutation($d: ID) { createEmployee(input: { firstName: "Ann", surname: "Lee", email: "ann.lee@example.com", role: GENERAL, departmentId: $d }) { employee { id } } }`, { d: departmentId });
    const employeeId = (emp.data?.createEmployee as { employee: { id: string } }).employee.id;
    await run(`mutation($id: ID!) { updateEmployee(input: { id: $id, isActive: false }) { employee { id } } }`, { id: employeeId });
    await run(`mutation($id: ID!) { updateEmployee(input: { id: $id, role: ADMIN, isActive: true }) { employee { id } } }`, { id: employeeId });
    await run(`mutation($id: ID!) { updateEmployee(input: { id: $id, email: "x@example.com" }) { employee { id } } }`, { id: employeeId });
    await run(`mutation { createUserGroup(input: { name: "Gate A" }) { userGroup { id } } }`);

    const log = await run('{ auditEvents(first: 10) { totalCount edges { node { action targetType targetId actor { id fullName } data } } } }');
    const events = (log.data?.auditEvents as { totalCount: number; edges: { node: { action: string; targetId: string; actor: { id: string }; data: Record<string, unknown> } }[] });
    expect(events.edges.map((e) => e.node.action)).toEqual(['user_group.created', 'employee.reactivated', 'employee.inactivated', 'employee.created', 'department.created']);
    expect(events.edges.every((e) => e.node.actor.id === me.id)).toBe(true);
    expect(events.edges[1]?.node.data).toMatchObject({ role: { from: 'GENERAL', to: 'ADMIN' }, isActive: { from: false, to: true } });
    expect(events.edges[3]?.node).toMatchObject({ targetId: employeeId, data: { email: 'ann.lee@example.com', role: 'GENERAL', departmentId } });
    const rows: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM audit_events WHERE account_id = $1', [accountId]);
    expect(rows[0]?.n).toBe(5);
  });
});

describe('several accounts, one login', () => {
  it('switches account without logging in again and only to accounts the person belongs to', async () => {
    const first = await buildAccount(t.db, 'Alpha Arena');
    const second = await buildAccount(t.db, 'Beta Bowl');
    const foreign = await buildAccount(t.db, 'Gamma Grounds');
    const inFirst = await buildEmployee(t.db, first, { role: 'GENERAL', email: 'multi@example.com', invitationState: 'ACCEPTED' });
    await buildEmployee(t.db, second, { role: 'USER_ADMIN', email: 'multi@example.com', invitationState: 'ACCEPTED' });
    const client = await t.as(inFirst);
    const me = await client.gql('{ me { account { name } accounts { name } settingsAreas } }');
    expect(me.data?.me).toEqual({ account: { name: 'Alpha Arena' }, accounts: [{ name: 'Alpha Arena' }, { name: 'Beta Bowl' }], settingsAreas: [] });
    const SWITCH = `mutation($id: ID!) { switchAccount(input: { accountId: $id }) { viewer { account { name } settingsAreas } ${P} } }`;
    expect((await client.gql(SWITCH, { id: second })).data?.switchAccount).toEqual({ viewer: { account: { name: 'Beta Bowl' }, settingsAreas: ['USERS', 'OTHER'] }, userErrors: [] });
    expect((await client.gql('{ employees { totalCount } }')).data).toEqual({ employees: { totalCount: 1 } });
    expect((await client.gql(SWITCH, { id: foreign })).data?.switchAccount).toMatchObject({ viewer: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await client.gql('{ me { account { name } } }')).data?.me).toEqual({ account: { name: 'Beta Bowl' } });
  });
});
