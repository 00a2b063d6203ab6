import type { ModulePermission } from '@gatehouse/access';
import { buildAccount, buildEmployee, type BuiltEmployee } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestGatehouse } from '../../test/harness';

const P = 'userErrors { code field message }';
const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id email } ${P} } }`;
const UPDATE = `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id role isActive } ${P} } }`;
const BULK = `mutation($input: BulkUpdateEmployeesInput!) { bulkUpdateEmployees(input: $input) { employees { id } ${P} } }`;
const CHALLENGE = `mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code count } ${P} } }`;
const DELETE = `mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds ${P} } }`;

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

function codes(result: GraphQLResult, field: string): string[] {
  const payload = result.data?.[field] as { userErrors: { code: string }[] } | undefined;
  return payload?.userErrors.map((e) => e.code) ?? result.errors?.map((e) => String(e.extensions?.code)) ?? [];
}

const levels = (module: ModulePermission['module'], see: number[], edit: number[] = []) => ({
  module,
  canAccess: true,
  isModuleAdmin: false,
  seeScope: 'DEPARTMENT',
  editScope: edit.length > 0 ? 'DEPARTMENT' : 'NONE',
  seeLevels: see,
  editLevels: edit,
});

interface Scene {
  accountId: string;
  admin: BuiltEmployee;
  userAdmin: BuiltEmployee;
  general: BuiltEmployee;
}

/** An account with one ACCOUNT_ADMIN, a USER_ADMIN holding JOBS levels 1–3, and a GENERAL employee. */
async function scene(): Promise<Scene> {
  const accountId = await buildAccount(t.db);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', email: `admin.${accountId}@example.com` });
  const userAdmin = await buildEmployee(t.db, accountId, {
    role: 'USER_ADMIN',
    permissions: [{ module: 'JOBS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'ALL', seeLevels: [1, 2, 3], editLevels: [1, 2, 3] }],
  });
  const general = await buildEmployee(t.db, accountId, { role: 'GENERAL', email: `general.${accountId}@example.com` });
  return { accountId, admin, userAdmin, general };
}

/** Runs a mutation and checks it was refused with `expectedCode` and wrote nothing. */
async function expectRefused(actor: BuiltEmployee, document: string, field: string, input: Record<string, unknown>, expectedCode: string) {
  const client = await t.as(actor);
  const before = await fingerprint(t.db);
  const result = await client.gql(document, { input });
  expect(codes(result, field)).toContain(expectedCode);
  expect(await fingerprint(t.db)).toEqual(before);
}

describe('emails', () => {
  it.each([
    ['the same email', (e: string) => e],
    ['another case', (e: string) => e.toUpperCase()],
    ['surrounding spaces', (e: string) => `  ${e}\t`],
  ])('refuses a duplicate email given in %s', async (_how, variant) => {
    const s = await scene();
    await expectRefused(s.admin, CREATE, 'createEmployee', { firstName: 'Dup', surname: 'Licate', email: variant(s.general.email), role: 'GENERAL' }, 'DUPLICATE_EMAIL');
  });

  it('stores emails trimmed and lower-cased', async () => {
    const s = await scene();
    const result = await (await t.as(s.admin)).gql(CREATE, { input: { firstName: 'Casey', surname: 'Case', email: '  Casey.CASE@Example.COM ', role: 'GENERAL' } });
    expect(result.data?.createEmployee).toMatchObject({ employee: { email: 'casey.case@example.com' }, userErrors: [] });
  });

  it('refuses to change an email', async () => {
    const s = await scene();
    await expectRefused(s.admin, UPDATE, 'updateEmployee', { id: s.general.id, email: 'changed@example.com' }, 'EMAIL_IMMUTABLE');
  });

  it.each([['not-an-email'], [''], ['a@b']])('refuses the malformed email %p', async (email) => {
    const s = await scene();
    await expectRefused(s.admin, CREATE, 'createEmployee', { firstName: 'Bad', surname: 'Email', email, role: 'GENERAL' }, 'INVALID_INPUT');
  });

  it('refuses blank names', async () => {
    const s = await scene();
    await expectRefused(s.admin, CREATE, 'createEmployee', { firstName: '   ', surname: 'X', email: 'blank.name@example.com', role: 'GENERAL' }, 'INVALID_INPUT');
  });
});

describe('no escalation', () => {
  type Attempt = [string, keyof Scene & ('admin' | 'userAdmin'), string, string, (s: Scene) => Record<string, unknown>, string];
  const attempts: Attempt[] = [
    ['USER_ADMIN creates an ACCOUNT_ADMIN', 'userAdmin', CREATE, 'createEmployee', () => ({ firstName: 'A', surname: 'B', email: 'promo@example.com', role: 'ACCOUNT_ADMIN' }), 'ONLY_ACCOUNT_ADMIN'],
    ['USER_ADMIN promotes to ACCOUNT_ADMIN', 'userAdmin', UPDATE, 'updateEmployee', (s) => ({ id: s.general.id, role: 'ACCOUNT_ADMIN' }), 'ONLY_ACCOUNT_ADMIN'],
    ['USER_ADMIN renames an ACCOUNT_ADMIN', 'userAdmin', UPDATE, 'updateEmployee', (s) => ({ id: s.admin.id, firstName: 'Hacked' }), 'ONLY_ACCOUNT_ADMIN'],
    ['USER_ADMIN inactivates an ACCOUNT_ADMIN', 'userAdmin', UPDATE, 'updateEmployee', (s) => ({ id: s.admin.id, isActive: false }), 'ONLY_ACCOUNT_ADMIN'],
    ['USER_ADMIN bulk-promotes', 'userAdmin', BULK, 'bulkUpdateEmployees', (s) => ({ employeeIds: [s.general.id], role: 'ACCOUNT_ADMIN' }), 'ONLY_ACCOUNT_ADMIN'],
    ['USER_ADMIN asks to delete an ACCOUNT_ADMIN', 'userAdmin', CHALLENGE, 'requestDeleteChallenge', (s) => ({ employeeIds: [s.admin.id] }), 'ONLY_ACCOUNT_ADMIN'],
    ['USER_ADMIN grants a see level they lack', 'userAdmin', UPDATE, 'updateEmployee', (s) => ({ id: s.general.id, permissions: [levels('JOBS', [1, 4])] }), 'LEVEL_NOT_HELD'],
    ['USER_ADMIN grants an edit level they lack', 'userAdmin', CREATE, 'createEmployee', () => ({ firstName: 'A', surname: 'B', email: 'lvl@example.com', role: 'GENERAL', permissions: [levels('JOBS', [1, 9], [9])] }), 'LEVEL_NOT_HELD'],
    ['USER_ADMIN grants INCIDENTS levels they lack', 'userAdmin', UPDATE, 'updateEmployee', (s) => ({ id: s.general.id, permissions: [levels('INCIDENTS', [1])] }), 'LEVEL_NOT_HELD'],
    ['USER_ADMIN grants module admin they lack', 'userAdmin', UPDATE, 'updateEmployee', (s) => ({ id: s.general.id, permissions: [{ ...levels('JOBS', [1]), isModuleAdmin: true }] }), 'PERMISSION_NOT_HELD'],
    ['USER_ADMIN changes their own role', 'userAdmin', UPDATE, 'updateEmployee', (s) => ({ id: s.userAdmin.id, role: 'ADMIN' }), 'SELF_ROLE_CHANGE'],
    ['ACCOUNT_ADMIN changes their own role', 'admin', UPDATE, 'updateEmployee', (s) => ({ id: s.admin.id, role: 'USER_ADMIN' }), 'SELF_ROLE_CHANGE'],
    ['ACCOUNT_ADMIN inactivates themselves', 'admin', UPDATE, 'updateEmployee', (s) => ({ id: s.admin.id, isActive: false }), 'SELF_INACTIVATE'],
    ['ACCOUNT_ADMIN bulk-inactivates themselves', 'admin', BULK, 'bulkUpdateEmployees', (s) => ({ employeeIds: [s.admin.id, s.general.id], isActive: false }), 'SELF_INACTIVATE'],
    ['ACCOUNT_ADMIN asks to delete themselves', 'admin', CHALLENGE, 'requestDeleteChallenge', (s) => ({ employeeIds: [s.admin.id, s.general.id] }), 'SELF_DELETE'],
    ['edit levels outside see levels', 'admin', UPDATE, 'updateEmployee', (s) => ({ id: s.general.id, permissions: [levels('JOBS', [1], [2])] }), 'INVALID_PERMISSION'],
    ['confidential level 11', 'admin', UPDATE, 'updateEmployee', (s) => ({ id: s.general.id, permissions: [levels('JOBS', [11])] }), 'INVALID_PERMISSION'],
  ];

  it.each(attempts)('%s → refused, nothing written', async (_what, who, document, field, input, code) => {
    const s = await scene();
    await expectRefused(s[who], document, field, input(s), code);
  });

  it('lets a USER_ADMIN grant the levels they hold, and keeps role-included parts out of storage', async () => {
    const s = await scene();
    const result = await (await t.as(s.userAdmin)).gql(
      `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { permissions { module canAccess seeLevels editLevels locked { canAccess } } } ${P} } }`,
      { input: { id: s.general.id, permissions: [levels('JOBS', [1, 2], [2])] } },
    );
    expect(result.data?.updateEmployee).toMatchObject({
      userErrors: [],
      employee: { permissions: [{ module: 'JOBS', canAccess: true, seeLevels: [1, 2], editLevels: [2], locked: { canAccess: false } }, { module: 'INCIDENTS', canAccess: false }] },
    });
  });
});

describe('the last active ACCOUNT_ADMIN', () => {
  it('stays when one admin demotes the other and then the other is the only one left', async () => {
    const s = await scene();
    const second = await buildEmployee(t.db, s.accountId, { role: 'ACCOUNT_ADMIN' });
    const first = await (await t.as(second)).gql(UPDATE, { input: { id: s.admin.id, role: 'USER_ADMIN' } });
    expect(codes(first, 'updateEmployee')).toEqual([]);
    // Now `second` is the last; `admin` (a USER_ADMIN now) cannot touch them.
    await expectRefused(s.admin, UPDATE, 'updateEmployee', { id: second.id, role: 'GENERAL' }, 'ONLY_ACCOUNT_ADMIN');
  });

  it('survives two admins demoting each other at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const accountId = await buildAccount(t.db);
      const a = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
      const b = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
      const [clientA, clientB] = await Promise.all([t.as(a), t.as(b)]);
      const results = await Promise.all([
        clientA.gql(UPDATE, { input: { id: b.id, role: 'GENERAL' } }),
        clientB.gql(UPDATE, { input: { id: a.id, role: 'GENERAL' } }),
      ]);
      const outcomes = results.map((r) => codes(r, 'updateEmployee').join(',') || 'OK').sort();
      // Whoever commits first demotes the other; the other is refused: FORBIDDEN when their
      // request started after the demotion, else by the rules under the account lock. Never both.
      expect(outcomes).toHaveLength(2);
      expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
      expect(['LAST_ACCOUNT_ADMIN', 'ONLY_ACCOUNT_ADMIN', 'FORBIDDEN']).toContain(outcomes.find((o) => o !== 'OK'));
      const rows: { n: number }[] = await t.db.query(
        "SELECT count(*)::int AS n FROM employees WHERE account_id = $1 AND role = 'ACCOUNT_ADMIN' AND is_active",
        [accountId],
      );
      expect(rows[0]?.n).toBe(1);
    }
  });

  it('survives two admins inactivating each other at the same moment', async () => {
    const accountId = await buildAccount(t.db);
    const a = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
    const b = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
    const [clientA, clientB] = await Promise.all([t.as(a), t.as(b)]);
    await Promise.all([
      clientA.gql(BULK, { input: { employeeIds: [b.id], isActive: false } }),
      clientB.gql(BULK, { input: { employeeIds: [a.id], isActive: false } }),
    ]);
    const rows: { n: number }[] = await t.db.query("SELECT count(*)::int AS n FROM employees WHERE account_id = $1 AND role = 'ACCOUNT_ADMIN' AND is_active", [accountId]);
    expect(rows[0]?.n).toBe(1);
  });
});

describe('delete confirmation', () => {
  async function challenge(actor: BuiltEmployee, ids: string[]) {
    const r = await (await t.as(actor)).gql(CHALLENGE, { input: { employeeIds: ids } });
    return (r.data?.requestDeleteChallenge as { challenge: { id: string; code: string; count: number } }).challenge;
  }

  it('deletes with the right number, once, and removes the person from groups and sessions', async () => {
    const s = await scene();
    const victimClient = await t.as(s.general);
    const c = await challenge(s.admin, [s.general.id]);
    expect(c.code).toMatch(/^\d{4}$/);
    expect(c.count).toBe(1);
    const client = await t.as(s.admin);
    const done = await client.gql(DELETE, { input: { employeeIds: [s.general.id], challengeId: c.id, code: c.code } });
    expect(done.data?.deleteEmployees).toEqual({ deletedIds: [s.general.id], userErrors: [] });
    expect((await victimClient.gql('{ me { email } }')).data?.me).toBeNull();
    const again = await client.gql(DELETE, { input: { employeeIds: [s.general.id], challengeId: c.id, code: c.code } });
    expect(codes(again, 'deleteEmployees')).toEqual(['CHALLENGE_INVALID']);
  });

  it('refuses a different set of people and deletes nothing', async () => {
    const s = await scene();
    const c = await challenge(s.admin, [s.general.id]);
    await expectRefused(s.admin, DELETE, 'deleteEmployees', { employeeIds: [s.general.id, s.userAdmin.id], challengeId: c.id, code: c.code }, 'CHALLENGE_MISMATCH');
  });

  it('refuses a wrong number and deletes nothing; only the wrong-number count is written', async () => {
    const s = await scene();
    const c = await challenge(s.admin, [s.general.id]);
    const { delete_challenges: _counted, ...before } = await fingerprint(t.db);
    const result = await (await t.as(s.admin)).gql(DELETE, { input: { employeeIds: [s.general.id], challengeId: c.id, code: '0000x' } });
    expect(codes(result, 'deleteEmployees')).toEqual(['CHALLENGE_INVALID']);
    const { delete_challenges: _countedAfter, ...after } = await fingerprint(t.db);
    expect(after).toEqual(before);
    const rows: { failed_attempts: number }[] = await t.db.query('SELECT failed_attempts FROM delete_challenges WHERE id = $1', [c.id]);
    expect(rows[0]?.failed_attempts).toBe(1);
  });

  it('refuses an expired challenge', async () => {
    const s = await scene();
    const c = await challenge(s.admin, [s.general.id]);
    await t.db.query("UPDATE delete_challenges SET expires_at = now() - interval '1 second' WHERE id = $1", [c.id]);
    await expectRefused(s.admin, DELETE, 'deleteEmployees', { employeeIds: [s.general.id], challengeId: c.id, code: c.code }, 'CHALLENGE_EXPIRED');
  });

  it("refuses another admin's challenge", async () => {
    const s = await scene();
    const c = await challenge(s.admin, [s.general.id]);
    await expectRefused(s.userAdmin, DELETE, 'deleteEmployees', { employeeIds: [s.general.id], challengeId: c.id, code: c.code }, 'CHALLENGE_INVALID');
  });
});

describe('inactivation', () => {
  it('locks the person out at their next request; reactivation restores access', async () => {
    const s = await scene();
    const victim = await t.as(s.general);
    expect((await victim.gql('{ me { email } }')).data?.me).not.toBeNull();
    const admin = await t.as(s.admin);
    await admin.gql(UPDATE, { input: { id: s.general.id, isActive: false } });
    expect((await victim.gql('{ me { email } }')).data?.me).toBeNull();
    await admin.gql(UPDATE, { input: { id: s.general.id, isActive: true } });
    // Their old session ended for good; a new login works again.
    expect((await victim.gql('{ me { email } }')).data?.me).toBeNull();
    expect((await (await t.as(s.general)).gql('{ me { email } }')).data?.me).toEqual({ email: s.general.email });
  });

  it('applies a role change to the very next request', async () => {
    const s = await scene();
    const ua = await t.as(s.userAdmin);
    expect((await ua.gql('{ employees { totalCount } }')).errors).toBeUndefined();
    await (await t.as(s.admin)).gql(UPDATE, { input: { id: s.userAdmin.id, role: 'GENERAL' } });
    expect((await ua.gql('{ employees { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
