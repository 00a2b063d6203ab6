import { buildAccount, buildEmployee, TEST_PASSWORD, type BuiltEmployee } from '../test/factories';
import { startTestGatehouse, TestClient, type TestGatehouse } from '../test/harness';

/*
 * Revocation proofs. A person holds a valid access token (a JWT that has not expired) and a
 * refresh token. After they are inactivated, deleted, or their password is reset, the very
 * next request with the held access token is refused, and the held refresh token is refused:
 * authorization reads the current state on every request, whatever the token says.
 */
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { viewer { email } userErrors { code } } }';
const PEOPLE = '{ employees(first: 1) { totalCount } }';
const P = 'userErrors { code field }';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

interface Held {
  readonly access: string;
  readonly refresh: string;
}

let ipCounter = 0;
const client = () => new TestClient(t.gatehouse, `10.30.0.${++ipCounter}`);

/** A USER_ADMIN who logs in for real and keeps their tokens, and an ACCOUNT_ADMIN acting on them. */
async function victimAndAdmin(email: string): Promise<{ victim: BuiltEmployee; held: Held; admin: TestClient }> {
  const accountId = await buildAccount(t.db);
  const victim = await buildEmployee(t.db, accountId, { email, role: 'USER_ADMIN', withPassword: true });
  const admin = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
  const browser = client();
  expect((await browser.gql(LOGIN, { input: { email, password: TEST_PASSWORD } })).data?.login).toEqual({ viewer: { email }, userErrors: [] });
  const access = browser.cookies.get('gh_access');
  const refresh = browser.cookies.get('gh_refresh');
  if (access === undefined || refresh === undefined) throw new Error('login set no cookies');
  const held = { access, refresh };
  // Before: the held tokens work.
  expect(await peopleWith(held)).toBe('OK');
  return { victim, held, admin };
}

/** A request with only the held access token, as a bearer token (a copied JWT). */
async function peopleWith(held: Held): Promise<string> {
  const r = await client().gql(PEOPLE, {}, { authorization: `Bearer ${held.access}` });
  return r.errors?.[0]?.extensions?.code ?? (r.data?.employees ? 'OK' : 'NO DATA');
}

/** The refresh endpoint with only the held refresh token; a copy, so rotation does not hide a reuse. */
async function refreshWith(held: Held): Promise<number> {
  const c = client();
  c.cookies.set('gh_refresh', held.refresh);
  return (await c.request('POST', '/auth/refresh')).statusCode;
}

describe('held tokens die at once', () => {
  it('after inactivation', async () => {
    const { victim, held, admin } = await victimAndAdmin('revoke.inactive@example.com');
    const r = await admin.gql(`mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { isActive } ${P} } }`, {
      input: { id: victim.id, isActive: false },
    });
    expect(r.data?.updateEmployee).toEqual({ employee: { isActive: false }, userErrors: [] });
    expect(await peopleWith(held)).toBe('UNAUTHENTICATED');
    expect(await refreshWith(held)).toBe(401);
  });

  it('after deletion', async () => {
    const { victim, held, admin } = await victimAndAdmin('revoke.deleted@example.com');
    const challenge = await admin.gql(`mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code } ${P} } }`, {
      input: { employeeIds: [victim.id] },
    });
    const { id, code } = (challenge.data?.requestDeleteChallenge as { challenge: { id: string; code: string } }).challenge;
    const deleted = await admin.gql(`mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds ${P} } }`, {
      input: { employeeIds: [victim.id], challengeId: id, code },
    });
    expect(deleted.data?.deleteEmployees).toEqual({ deletedIds: [victim.id], userErrors: [] });
    expect(await peopleWith(held)).toBe('UNAUTHENTICATED');
    expect(await refreshWith(held)).toBe(401);
  });

  it('after a password reset', async () => {
    const { held } = await victimAndAdmin('revoke.reset@example.com');
    await client().gql('mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok } }', { input: { email: 'revoke.reset@example.com' } });
    const rows: { token: string }[] = await t.db.query("SELECT data->>'token' AS token FROM mail_outbox WHERE recipient = 'revoke.reset@example.com'");
    const reset = await client().gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ok ${P} } }`, {
      input: { token: rows[0]?.token, password: 'the reset passphrase 31' },
    });
    expect(reset.data?.resetPassword).toEqual({ ok: true, userErrors: [] });
    expect(await peopleWith(held)).toBe('UNAUTHENTICATED');
    expect(await refreshWith(held)).toBe(401);
  });
});
