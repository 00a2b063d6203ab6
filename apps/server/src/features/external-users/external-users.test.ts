import { testDatabaseUrl } from '../../config';
import { buildAccount, buildEmployee, buildExternalUser, type BuiltEmployee } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestClient, type TestGatehouse } from '../../test/harness';

const P = 'userErrors { code field message }';
const CREATE = `mutation($input: CreateExternalUserInput!) { createExternalUser(input: $input) { externalUser { id email firstName lastName fullName } ${P} } }`;
const UPDATE = `mutation($input: UpdateExternalUserInput!) { updateExternalUser(input: $input) { externalUser { id email firstName lastName updatedAt } ${P} } }`;
const CREATE_EMPLOYEE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id email } ${P} } }`;
const CHALLENGE = `mutation($input: RequestExternalUserDeleteChallengeInput!) { requestExternalUserDeleteChallenge(input: $input) { challenge { id code count } ${P} } }`;
const DELETE = `mutation($input: DeleteExternalUsersInput!) { deleteExternalUsers(input: $input) { deletedIds ${P} } }`;
const EMPLOYEE_CHALLENGE = `mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code } ${P} } }`;
const DELETE_EMPLOYEES = `mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds ${P} } }`;

/** Truly parallel transactions need more than one connection: PGlite has one. */
const onPostgres = testDatabaseUrl() !== undefined;

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

function payload(result: GraphQLResult, field: string): { userErrors: { code: string; field: string | null; message: string }[] } & Record<string, unknown> {
  const value = result.data?.[field];
  if (typeof value !== 'object' || value === null || !('userErrors' in value)) throw new Error(`no payload: ${JSON.stringify(result)}`);
  return value as { userErrors: { code: string; field: string | null; message: string }[] } & Record<string, unknown>;
}

function codes(result: GraphQLResult, field: string): string[] {
  return payload(result, field).userErrors.map((e) => e.code);
}

interface Scene {
  accountId: string;
  admin: BuiltEmployee;
  client: TestClient;
}

async function scene(): Promise<Scene> {
  const accountId = await buildAccount(t.db);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
  return { accountId, admin, client: await t.as(admin) };
}

/** Runs a mutation, checks it was refused with `code`, and that nothing at all was written. */
async function expectRefused(client: TestClient, document: string, field: string, input: Record<string, unknown>, code: string) {
  const before = await fingerprint(t.db);
  const result = await client.gql(document, { input });
  expect(result.errors).toBeUndefined();
  expect(codes(result, field)).toContain(code);
  expect(await fingerprint(t.db)).toEqual(before);
}

async function auditActions(accountId: string): Promise<string[]> {
  const rows: { action: string }[] = await t.db.query('SELECT action FROM audit_events WHERE account_id = $1 ORDER BY at, id', [accountId]);
  return rows.map((r) => r.action);
}

describe('create and edit', () => {
  it('adds an external user with a normalised email and cleaned names, audited', async () => {
    const s = await scene();
    const result = await s.client.gql(CREATE, { input: { firstName: '  Sam ', lastName: 'Steward', email: '  Sam.STEWARD@Example.com\u200b ' } });
    expect(payload(result, 'createExternalUser')).toMatchObject({
      externalUser: { email: 'sam.steward@example.com', firstName: 'Sam', lastName: 'Steward', fullName: 'Sam Steward' },
      userErrors: [],
    });
    expect(await auditActions(s.accountId)).toEqual(['external_user.created']);
  });

  it.each([
    ['an empty first name', { firstName: ' ', lastName: 'L', email: 'a@example.com' }, 'firstName'],
    ['an empty last name', { firstName: 'F', lastName: '', email: 'a@example.com' }, 'lastName'],
    ['an implausible email', { firstName: 'F', lastName: 'L', email: 'not-an-email' }, 'email'],
    ['a too long name', { firstName: 'x'.repeat(500), lastName: 'L', email: 'a@example.com' }, 'firstName'],
  ])('refuses %s and writes nothing', async (_what, input, field) => {
    const s = await scene();
    const before = await fingerprint(t.db);
    const result = await s.client.gql(CREATE, { input });
    expect(payload(result, 'createExternalUser').userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field })]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('edits the names; the email is not part of the input', async () => {
    const s = await scene();
    const id = await buildExternalUser(t.db, s.accountId, { email: 'fixed@example.com' });
    const result = await s.client.gql(UPDATE, { input: { id, lastName: 'Renamed' } });
    expect(payload(result, 'updateExternalUser')).toMatchObject({ externalUser: { id, email: 'fixed@example.com', lastName: 'Renamed' }, userErrors: [] });
    const refused = await s.client.gql(UPDATE, { input: { id, email: 'other@example.com' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditActions(s.accountId)).toEqual(['external_user.updated']);
  });

  it('refuses a bad name on edit and a missing id, writing nothing', async () => {
    const s = await scene();
    const id = await buildExternalUser(t.db, s.accountId);
    await expectRefused(s.client, UPDATE, 'updateExternalUser', { id, firstName: '   ' }, 'INVALID_INPUT');
    await expectRefused(s.client, UPDATE, 'updateExternalUser', { id: '00000000-0000-4000-8000-000000000000', firstName: 'X' }, 'NOT_FOUND');
    await expectRefused(s.client, UPDATE, 'updateExternalUser', { id: 'not-a-uuid', firstName: 'X' }, 'NOT_FOUND');
  });

  it('saving without a change writes nothing', async () => {
    const s = await scene();
    const id = await buildExternalUser(t.db, s.accountId, { firstName: 'Same', lastName: 'Name' });
    const before = await fingerprint(t.db);
    const result = await s.client.gql(UPDATE, { input: { id, firstName: 'Same', lastName: 'Name' } });
    expect(payload(result, 'updateExternalUser').userErrors).toEqual([]);
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe('an email belongs to one employee or external user per account', () => {
  it.each([
    ['the same email', (e: string) => e],
    ['another case', (e: string) => e.toUpperCase()],
    ['surrounding spaces', (e: string) => `  ${e}\t`],
  ])("an external user cannot take an employee's email given in %s", async (_how, variant) => {
    const s = await scene();
    const employee = await buildEmployee(t.db, s.accountId, { email: `taken.${s.accountId}@example.com` });
    await expectRefused(s.client, CREATE, 'createExternalUser', { firstName: 'F', lastName: 'L', email: variant(employee.email) }, 'DUPLICATE_EMAIL');
  });

  it("an employee cannot take an external user's email, with the same code and field as a duplicate employee", async () => {
    const s = await scene();
    await buildExternalUser(t.db, s.accountId, { email: 'steward.taken@example.com' });
    const before = await fingerprint(t.db);
    const result = await s.client.gql(CREATE_EMPLOYEE, { input: { firstName: 'F', surname: 'L', email: 'Steward.Taken@example.com', role: 'GENERAL' } });
    expect(payload(result, 'createEmployee').userErrors).toEqual([
      { code: 'DUPLICATE_EMAIL', field: 'email', message: 'An external user in this account already has this email.' },
    ]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('two external users cannot share an email; another account may use it', async () => {
    const s = await scene();
    await buildExternalUser(t.db, s.accountId, { email: 'shared@example.com' });
    await expectRefused(s.client, CREATE, 'createExternalUser', { firstName: 'F', lastName: 'L', email: 'shared@example.com' }, 'DUPLICATE_EMAIL');
    const other = await scene();
    const result = await other.client.gql(CREATE, { input: { firstName: 'F', lastName: 'L', email: 'shared@example.com' } });
    expect(payload(result, 'createExternalUser').userErrors).toEqual([]);
  });

  it('a deleted person frees their email', async () => {
    const s = await scene();
    const id = await buildExternalUser(t.db, s.accountId, { email: 'freed@example.com' });
    await t.db.query('DELETE FROM external_users WHERE id = $1', [id]);
    const result = await s.client.gql(CREATE_EMPLOYEE, { input: { firstName: 'F', surname: 'L', email: 'freed@example.com', role: 'GENERAL' } });
    expect(payload(result, 'createEmployee').userErrors).toEqual([]);
  });

  (onPostgres ? it : it.skip)('parallel creates of one email as an employee and as an external user: exactly one wins, the other is DUPLICATE_EMAIL', async () => {
    const s = await scene();
    const second = await t.as(s.admin);
    for (let round = 0; round < 10; round++) {
      const email = `race${round}.${s.accountId}@example.com`;
      const [asEmployee, asExternal] = await Promise.all([
        s.client.gql(CREATE_EMPLOYEE, { input: { firstName: 'E', surname: 'Race', email, role: 'GENERAL' } }),
        second.gql(CREATE, { input: { firstName: 'X', lastName: 'Race', email } }),
      ]);
      expect(asEmployee.errors).toBeUndefined();
      expect(asExternal.errors).toBeUndefined();
      const outcomes = [codes(asEmployee, 'createEmployee'), codes(asExternal, 'createExternalUser')].map((c) => c.join(',')).sort();
      expect(outcomes).toEqual(['', 'DUPLICATE_EMAIL']);
      const [{ n }] = await t.db.query(
        'SELECT (SELECT count(*) FROM employees WHERE email = $1) + (SELECT count(*) FROM external_users WHERE email = $1) AS n',
        [email],
      );
      expect(Number(n)).toBe(1);
    }
  });

  (onPostgres ? it : it.skip)('the database key decides when both checks pass: a create waiting on an uncommitted claim gets DUPLICATE_EMAIL', async () => {
    const s = await scene();
    const email = `held.${s.accountId}@example.com`;
    // Another transaction has inserted the external user but not committed: the check before
    // the write cannot see it, so only the registry's key can refuse the employee.
    const holder = t.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`INSERT INTO external_users (account_id, email, first_name, last_name) VALUES ($1, $2, 'Held', 'Open')`, [s.accountId, email]);
      const pending = s.client.gql(CREATE_EMPLOYEE, { input: { firstName: 'E', surname: 'Late', email, role: 'GENERAL' } });
      // The employee's insert is now waiting on the key held by the open transaction.
      await waitForLockWait();
      await holder.commitTransaction();
      const result = await pending;
      expect(result.errors).toBeUndefined();
      expect(payload(result, 'createEmployee').userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_EMAIL', field: 'email' })]);
      const rows: unknown[] = await t.db.query('SELECT 1 FROM employees WHERE email = $1', [email]);
      expect(rows).toEqual([]);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });
});

/** Waits until some statement is blocked on a lock (the parallel write reached the key). */
async function waitForLockWait(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no statement ever waited on a lock');
}

describe('delete through the confirmation challenge', () => {
  it('deletes with the number shown, audited, and frees the emails', async () => {
    const s = await scene();
    const a = await buildExternalUser(t.db, s.accountId, { email: 'gone.a@example.com' });
    const b = await buildExternalUser(t.db, s.accountId);
    const c = await buildExternalUser(t.db, s.accountId);
    const challenge = payload(await s.client.gql(CHALLENGE, { input: { externalUserIds: [b, a] } }), 'requestExternalUserDeleteChallenge');
    expect(challenge).toMatchObject({ challenge: { count: 2 }, userErrors: [] });
    const { id, code } = challenge.challenge as { id: string; code: string };
    const result = await s.client.gql(DELETE, { input: { externalUserIds: [a, b], challengeId: id, code } });
    expect(payload(result, 'deleteExternalUsers')).toEqual({ deletedIds: [a, b].sort(), userErrors: [] });
    const left: { id: string }[] = await t.db.query('SELECT id FROM external_users WHERE account_id = $1', [s.accountId]);
    expect(left.map((r) => r.id)).toEqual([c]);
    expect(await auditActions(s.accountId)).toEqual(['external_user.deleted', 'external_user.deleted']);
    const reuse = await s.client.gql(CREATE_EMPLOYEE, { input: { firstName: 'F', surname: 'L', email: 'gone.a@example.com', role: 'GENERAL' } });
    expect(payload(reuse, 'createEmployee').userErrors).toEqual([]);
    // Single use.
    await expectRefused(s.client, DELETE, 'deleteExternalUsers', { externalUserIds: [a, b], challengeId: id, code }, 'CHALLENGE_INVALID');
  });

  it('a wrong number deletes nothing and is counted; another set is a mismatch', async () => {
    const s = await scene();
    const a = await buildExternalUser(t.db, s.accountId);
    const b = await buildExternalUser(t.db, s.accountId);
    const { id, code } = payload(await s.client.gql(CHALLENGE, { input: { externalUserIds: [a] } }), 'requestExternalUserDeleteChallenge').challenge as { id: string; code: string };
    const wrong = code === '0000' ? '1111' : '0000';
    const result = await s.client.gql(DELETE, { input: { externalUserIds: [a], challengeId: id, code: wrong } });
    expect(codes(result, 'deleteExternalUsers')).toEqual(['CHALLENGE_INVALID']);
    const [{ failed_attempts }] = await t.db.query('SELECT failed_attempts FROM delete_challenges WHERE id = $1', [id]);
    expect(failed_attempts).toBe(1);
    await expectRefused(s.client, DELETE, 'deleteExternalUsers', { externalUserIds: [a, b], challengeId: id, code }, 'CHALLENGE_MISMATCH');
    const rows: unknown[] = await t.db.query('SELECT 1 FROM external_users WHERE id = ANY($1::uuid[])', [[a, b]]);
    expect(rows).toHaveLength(2);
  });

  it("a challenge for employees never deletes external users, nor the other way round", async () => {
    const s = await scene();
    const ext = await buildExternalUser(t.db, s.accountId);
    const employee = await buildEmployee(t.db, s.accountId);
    const forEmployee = payload(await s.client.gql(EMPLOYEE_CHALLENGE, { input: { employeeIds: [employee.id] } }), 'requestDeleteChallenge').challenge as { id: string; code: string };
    await expectRefused(s.client, DELETE, 'deleteExternalUsers', { externalUserIds: [ext], challengeId: forEmployee.id, code: forEmployee.code }, 'CHALLENGE_INVALID');
    const forExternal = payload(await s.client.gql(CHALLENGE, { input: { externalUserIds: [ext] } }), 'requestExternalUserDeleteChallenge').challenge as { id: string; code: string };
    await expectRefused(s.client, DELETE_EMPLOYEES, 'deleteEmployees', { employeeIds: [employee.id], challengeId: forExternal.id, code: forExternal.code }, 'CHALLENGE_INVALID');
  });

  it('an expired challenge deletes nothing', async () => {
    const s = await scene();
    const ext = await buildExternalUser(t.db, s.accountId);
    const { id, code } = payload(await s.client.gql(CHALLENGE, { input: { externalUserIds: [ext] } }), 'requestExternalUserDeleteChallenge').challenge as { id: string; code: string };
    await t.db.query(`UPDATE delete_challenges SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    await expectRefused(s.client, DELETE, 'deleteExternalUsers', { externalUserIds: [ext], challengeId: id, code }, 'CHALLENGE_EXPIRED');
  });

  it('refuses an empty selection and unknown ids without issuing a challenge', async () => {
    const s = await scene();
    await expectRefused(s.client, CHALLENGE, 'requestExternalUserDeleteChallenge', { externalUserIds: [] }, 'INVALID_INPUT');
    await expectRefused(s.client, CHALLENGE, 'requestExternalUserDeleteChallenge', { externalUserIds: ['00000000-0000-4000-8000-000000000000'] }, 'NOT_FOUND');
  });

  it("another admin's challenge is not valid for me", async () => {
    const s = await scene();
    const ext = await buildExternalUser(t.db, s.accountId);
    const { id, code } = payload(await s.client.gql(CHALLENGE, { input: { externalUserIds: [ext] } }), 'requestExternalUserDeleteChallenge').challenge as { id: string; code: string };
    const otherAdmin = await t.as(await buildEmployee(t.db, s.accountId, { role: 'USER_ADMIN' }));
    await expectRefused(otherAdmin, DELETE, 'deleteExternalUsers', { externalUserIds: [ext], challengeId: id, code }, 'CHALLENGE_INVALID');
  });
});
