import { testDatabaseUrl } from '../../config';
import { buildAccount, buildDepartment, buildEmployee, buildExternalUser, buildUserGroup, type BuiltEmployee } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestClient, type TestGatehouse } from '../../test/harness';

const P = 'userErrors { code field message }';
const PROMOTE = `mutation($input: PromoteExternalUserInput!) {
  promoteExternalUser(input: $input) {
    employee { id email firstName surname role isActive department { id } userGroups { id } permissions { module seeLevels } }
    removedExternalUserId ${P}
  } }`;
const CREATE_EXTERNAL = `mutation($input: CreateExternalUserInput!) { createExternalUser(input: $input) { externalUser { id } ${P} } }`;

const onPostgres = testDatabaseUrl() !== undefined;

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

type Payload = { userErrors: { code: string; field: string | null }[]; employee?: Record<string, unknown> | null; removedExternalUserId?: string | null };

function promoted(result: GraphQLResult): Payload {
  expect(result.errors).toBeUndefined();
  return result.data?.promoteExternalUser as Payload;
}

interface Scene {
  accountId: string;
  admin: BuiltEmployee;
  userAdmin: BuiltEmployee;
  client: TestClient;
  externalUserId: string;
  email: string;
}

async function scene(): Promise<Scene> {
  const accountId = await buildAccount(t.db);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
  const userAdmin = await buildEmployee(t.db, accountId, {
    role: 'USER_ADMIN',
    permissions: [{ module: 'JOBS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'ALL', seeLevels: [1, 2], editLevels: [1] }],
  });
  const email = `steward.${accountId}@example.com`;
  const externalUserId = await buildExternalUser(t.db, accountId, { email, firstName: 'Sam', lastName: 'Steward' });
  return { accountId, admin, userAdmin, client: await t.as(admin), externalUserId, email };
}

const employeeFields = (more: Record<string, unknown> = {}) => ({ firstName: 'Sam', surname: 'Steward', role: 'GENERAL', ...more });

/** Runs a promotion that must be refused with `code` and checks nothing at all changed. */
async function expectRefused(client: TestClient, input: Record<string, unknown>, code: string, field?: string) {
  const before = await fingerprint(t.db);
  const result = await client.gql(PROMOTE, { input });
  const payload = promoted(result);
  expect(payload.userErrors).toContainEqual(expect.objectContaining(field ? { code, field } : { code }));
  expect(payload.employee ?? null).toBeNull();
  expect(await fingerprint(t.db)).toEqual(before);
}

describe('promote to employee', () => {
  it('with Save & Send Invite queues one invitation to the new employee, in the same transaction', async () => {
    const s = await scene();
    const payload = promoted(await s.client.gql(PROMOTE, { input: { externalUserId: s.externalUserId, employee: employeeFields({ isActive: true, sendInvite: true }) } }));
    expect(payload.userErrors).toEqual([]);
    const mail: { template: string }[] = await t.db.query('SELECT template FROM mail_outbox WHERE account_id = $1 AND recipient = $2', [s.accountId, s.email]);
    expect(mail.map((m) => m.template)).toEqual(['invitation']);
    expect(await t.db.query('SELECT count(*)::int AS n FROM invitations i JOIN employees e ON e.id = i.employee_id WHERE e.id = $1', [payload.employee?.id])).toEqual([{ n: 1 }]);
  });

  it("creates the employee with the external user's email, removes the external user, audits both", async () => {
    const s = await scene();
    const departmentId = await buildDepartment(t.db, s.accountId);
    const groupId = await buildUserGroup(t.db, s.accountId);
    const result = await s.client.gql(PROMOTE, {
      input: {
        externalUserId: s.externalUserId,
        employee: employeeFields({ firstName: 'Samuel', role: 'ADMIN', departmentId, groupIds: [groupId], permissions: [{ module: 'INCIDENTS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'NONE', seeLevels: [3], editLevels: [] }] }),
      },
    });
    const payload = promoted(result);
    expect(payload.userErrors).toEqual([]);
    expect(payload.removedExternalUserId).toBe(s.externalUserId);
    expect(payload.employee).toMatchObject({ email: s.email, firstName: 'Samuel', surname: 'Steward', role: 'ADMIN', isActive: true, department: { id: departmentId }, userGroups: [{ id: groupId }] });
    const employeeId = String(payload.employee?.id);
    expect(await t.db.query('SELECT id FROM external_users WHERE id = $1', [s.externalUserId])).toEqual([]);
    expect(await t.db.query('SELECT owner_kind, owner_id FROM account_emails WHERE account_id = $1 AND email = $2', [s.accountId, s.email])).toEqual([
      { owner_kind: 'employee', owner_id: employeeId },
    ]);
    const events: { action: string; target_id: string; data: Record<string, unknown> }[] = await t.db.query(
      // One transaction: both events share its time, so order them by action.
      'SELECT action, target_id, data FROM audit_events WHERE account_id = $1 ORDER BY action',
      [s.accountId],
    );
    expect(events.map((e) => e.action)).toEqual(['employee.created', 'external_user.promoted']);
    expect(events[1]).toMatchObject({ target_id: s.externalUserId, data: { targetName: 'Sam Steward', employeeId, employeeName: 'Samuel Steward', email: s.email } });
    // They are an employee now: the employee list finds them.
    const list = await s.client.gql('query($s: String) { employees(filter: { search: $s }) { edges { node { id } } } externalUsers(filter: { search: $s }) { totalCount } }', { s: s.email });
    expect(list.data).toEqual({ employees: { edges: [{ node: { id: employeeId } }] }, externalUsers: { totalCount: 0 } });
  });

  it('follows the escalation rules of Add employee: a USER_ADMIN cannot promote to ACCOUNT_ADMIN', async () => {
    const s = await scene();
    await expectRefused(await t.as(s.userAdmin), { externalUserId: s.externalUserId, employee: employeeFields({ role: 'ACCOUNT_ADMIN' }) }, 'ONLY_ACCOUNT_ADMIN', 'role');
  });

  it('nobody grants a confidential level they do not hold', async () => {
    const s = await scene();
    const permissions = [{ module: 'JOBS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'NONE', seeLevels: [1, 7], editLevels: [] }];
    await expectRefused(await t.as(s.userAdmin), { externalUserId: s.externalUserId, employee: employeeFields({ permissions }) }, 'LEVEL_NOT_HELD');
  });

  it('an ACCOUNT_ADMIN may promote to ACCOUNT_ADMIN', async () => {
    const s = await scene();
    const payload = promoted(await s.client.gql(PROMOTE, { input: { externalUserId: s.externalUserId, employee: employeeFields({ role: 'ACCOUNT_ADMIN' }) } }));
    expect(payload.userErrors).toEqual([]);
    expect(payload.employee).toMatchObject({ role: 'ACCOUNT_ADMIN' });
  });

  it.each([
    ['an empty first name', { employee: employeeFields({ firstName: ' ' }) }, 'INVALID_INPUT', 'firstName'],
    ['an unknown department', { employee: employeeFields({ departmentId: '00000000-0000-4000-8000-000000000000' }) }, 'NOT_FOUND', 'departmentId'],
    ['an unknown group', { employee: employeeFields({ groupIds: ['00000000-0000-4000-8000-000000000000'] }) }, 'NOT_FOUND', 'groupIds'],
    ['edit levels beyond see levels', { employee: employeeFields({ permissions: [{ module: 'JOBS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'ALL', seeLevels: [1], editLevels: [2] }] }) }, 'INVALID_PERMISSION', undefined],
    ['a missing external user', { externalUserId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'externalUserId'],
    ['an id that is not a uuid', { externalUserId: 'nope' }, 'NOT_FOUND', 'externalUserId'],
  ])('refuses %s and changes nothing', async (_what, override, code, field) => {
    const s = await scene();
    await expectRefused(s.client, { externalUserId: s.externalUserId, employee: employeeFields(), ...override }, code, field);
  });

  it("another account's external user behaves like a missing one", async () => {
    const s = await scene();
    const other = await scene();
    await expectRefused(s.client, { externalUserId: other.externalUserId, employee: employeeFields() }, 'NOT_FOUND', 'externalUserId');
  });

  it('is one unit of work: a failure after the employee insert leaves everything as it was', async () => {
    const s = await scene();
    // The last step (removing the external user) fails in the database, after the employee,
    // their groups and the audit event were written in the same transaction.
    await t.db.query(`CREATE FUNCTION refuse_external_user_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure'; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_delete BEFORE DELETE ON external_users FOR EACH ROW WHEN (OLD.id = '${s.externalUserId}') EXECUTE FUNCTION refuse_external_user_delete()`);
    try {
      const groupId = await buildUserGroup(t.db, s.accountId);
      const before = await fingerprint(t.db);
      const result = await s.client.gql(PROMOTE, { input: { externalUserId: s.externalUserId, employee: employeeFields({ groupIds: [groupId] }) } });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await fingerprint(t.db)).toEqual(before);
      const employees: unknown[] = await t.db.query('SELECT 1 FROM employees WHERE email = $1', [s.email]);
      expect(employees).toEqual([]);
    } finally {
      await t.db.query('DROP TRIGGER refuse_delete ON external_users');
      await t.db.query('DROP FUNCTION refuse_external_user_delete()');
    }
    // Without the failure the same promotion goes through.
    expect(promoted(await s.client.gql(PROMOTE, { input: { externalUserId: s.externalUserId, employee: employeeFields() } })).userErrors).toEqual([]);
  });

  (onPostgres ? it : it.skip)('parallel: two promotions of one external user make one employee; a parallel create of the email loses', async () => {
    for (let round = 0; round < 5; round++) {
      const s = await scene();
      const second = await t.as(s.admin);
      const third = await t.as(s.admin);
      const [a, b, c] = await Promise.all([
        s.client.gql(PROMOTE, { input: { externalUserId: s.externalUserId, employee: employeeFields() } }),
        second.gql(PROMOTE, { input: { externalUserId: s.externalUserId, employee: employeeFields() } }),
        third.gql(CREATE_EXTERNAL, { input: { firstName: 'X', lastName: 'Y', email: s.email } }),
      ]);
      const outcomes = [promoted(a).userErrors, promoted(b).userErrors].map((errors) => errors.map((e) => e.code).join(',')).sort();
      expect(outcomes).toEqual(['', 'NOT_FOUND']);
      expect(c.errors).toBeUndefined();
      expect((c.data?.createExternalUser as Payload).userErrors.map((e) => e.code)).toEqual(['DUPLICATE_EMAIL']);
      const [{ employees, externals }] = await t.db.query(
        'SELECT (SELECT count(*)::int FROM employees WHERE email = $1) AS employees, (SELECT count(*)::int FROM external_users WHERE email = $1) AS externals',
        [s.email],
      );
      expect({ employees, externals }).toEqual({ employees: 1, externals: 0 });
    }
  });
});
