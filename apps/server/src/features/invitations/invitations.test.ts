import { MAX_IDS_PER_REQUEST } from '@gatehouse/contracts';
import { hashToken } from '../../platform/auth/secrets';
import { buildAccount, buildEmployee, TEST_PASSWORD, type BuiltEmployee } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestClient, type TestGatehouse } from '../../test/harness';

const SEND = `mutation($input: SendInvitationsInput!) { sendInvitations(input: $input) {
  employees { id invitationState invitedAt } userErrors { code field message } } }`;
const READ = 'query($token: String!) { invitation(token: $token) { state accountName email firstName hasPassword expiresAt } }';
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {
  viewer { email account { name } accounts { name } employee { id invitationState } } userErrors { code field message } } }`;
const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) {
  employee { id invitationState invitedAt } userErrors { code field message } } }`;

const NEW_PASSWORD = 'lantern harbour 1852';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The server's clock, moved by the tests. */
const clock = {
  current: new Date('2026-12-02T09:00:00Z').getTime(),
  now(): Date {
    return new Date(this.current);
  },
  advance(ms: number): void {
    this.current += ms;
  },
};
let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse(undefined, {}, { clock: () => clock.now() });
});
afterAll(async () => t.close());

interface Venue {
  accountId: string;
  admin: BuiltEmployee;
  client: TestClient;
}

async function venue(name?: string): Promise<Venue> {
  const accountId = await buildAccount(t.db, name);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', withPassword: true, firstName: 'Ada', surname: 'Admin' });
  return { accountId, admin, client: await t.as(admin) };
}

function payload(result: GraphQLResult, field: string): Record<string, unknown> {
  expect(result.errors).toBeUndefined();
  const value = result.data?.[field];
  if (typeof value !== 'object' || value === null) throw new Error(`no ${field} in ${JSON.stringify(result)}`);
  return value as Record<string, unknown>;
}

/** Sends invitations and returns the raw tokens the emails carry, by employee email. */
async function send(client: TestClient, ids: string[]): Promise<Record<string, unknown>> {
  return payload(await client.gql(SEND, { input: { employeeIds: ids } }), 'sendInvitations');
}

/** The token of the latest invitation email to this address (the only place the raw token exists). */
async function tokenFor(email: string): Promise<string> {
  const rows: { data: { token: string } }[] = await t.db.query(
    "SELECT data FROM mail_outbox WHERE recipient = $1 AND template = 'invitation' ORDER BY created_at DESC, data->>'expiresAt' DESC LIMIT 1",
    [email],
  );
  const token = rows[0]?.data.token;
  if (!token) throw new Error(`no invitation mail to ${email}`);
  return token;
}

async function invite(v: Venue, person: BuiltEmployee): Promise<string> {
  expect((await send(v.client, [person.id])).userErrors).toEqual([]);
  return tokenFor(person.email);
}

const read = async (token: string) => payload(await t.anonymous().gql(READ, { token }), 'invitation');
const accept = async (token: string, password: string | null, client = t.anonymous()) =>
  payload(await client.gql(ACCEPT, { input: { token, password } }), 'acceptInvitation');

describe('sending invitations', () => {
  it('stores only a hash of a 256-bit token, marks the person INVITED with the time and queues one email', async () => {
    const v = await venue('Harbour Hall');
    const person = await buildEmployee(t.db, v.accountId, { firstName: 'Nia', surname: 'North' });
    const result = await send(v.client, [person.id]);
    expect(result).toMatchObject({ userErrors: [], employees: [{ id: person.id, invitationState: 'INVITED', invitedAt: clock.now().toISOString() }] });

    const token = await tokenFor(person.email);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows: { row: string; token_hash: string; expires_at: Date }[] = await t.db.query(
      'SELECT i::text AS row, token_hash, expires_at FROM invitations i WHERE employee_id = $1',
      [person.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashToken(token));
    expect(rows[0]?.row).not.toContain(token);
    expect(rows[0]?.expires_at.getTime()).toBe(clock.now().getTime() + 7 * DAY_MS);

    const mail: { data: Record<string, unknown>; account_id: string }[] = await t.db.query('SELECT data, account_id FROM mail_outbox WHERE recipient = $1', [person.email]);
    expect(mail).toEqual([{ account_id: v.accountId, data: { firstName: 'Nia', invitedBy: 'Ada Admin', token, expiresAt: new Date(clock.now().getTime() + 7 * DAY_MS).toISOString() } }]);
    const audit: { action: string; actor_employee_id: string }[] = await t.db.query('SELECT action, actor_employee_id FROM audit_events WHERE target_id = $1', [person.id]);
    expect(audit).toEqual([{ action: 'employee.invited', actor_employee_id: v.admin.id }]);
  });

  it('shows the state and the sending date in the list, filterable by state', async () => {
    const v = await venue();
    const invited = await buildEmployee(t.db, v.accountId);
    const notInvited = await buildEmployee(t.db, v.accountId);
    await invite(v, invited);
    const list = await v.client.gql('{ employees(filter: { invitationState: INVITED }) { totalCount edges { node { id invitedAt } } } }');
    expect(list.data).toEqual({ employees: { totalCount: 1, edges: [{ node: { id: invited.id, invitedAt: clock.now().toISOString() } }] } });
    const rest = await v.client.gql('{ employees(filter: { invitationState: NOT_INVITED }) { edges { node { id invitedAt } } } }');
    expect(JSON.stringify(rest.data)).toContain(notInvited.id);
  });

  it('refuses the whole batch, naming them, when someone is inactive or already accepted: nothing is sent', async () => {
    const v = await venue();
    const fine = await buildEmployee(t.db, v.accountId);
    const inactive = await buildEmployee(t.db, v.accountId, { isActive: false, firstName: 'Ivo', surname: 'Idle' });
    const accepted = await buildEmployee(t.db, v.accountId, { withPassword: true, firstName: 'Aki', surname: 'Already' });
    const before = await fingerprint(t.db);
    const result = await send(v.client, [fine.id, inactive.id, accepted.id]);
    expect(result.employees).toBeNull();
    expect(result.userErrors).toEqual([
      { code: 'INACTIVE', field: 'employeeIds', message: 'Inactive people cannot be invited: Ivo Idle. Reactivate them first.' },
      { code: 'ALREADY_ACCEPTED', field: 'employeeIds', message: 'Already accepted, so they sign in with their password: Aki Already.' },
    ]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('takes what editing them takes: a user admin cannot invite an account admin', async () => {
    const v = await venue();
    const userAdmin = await buildEmployee(t.db, v.accountId, { role: 'USER_ADMIN' });
    const otherAdmin = await buildEmployee(t.db, v.accountId, { role: 'ACCOUNT_ADMIN' });
    const before = await fingerprint(t.db);
    const result = await send(await t.as(userAdmin), [otherAdmin.id]);
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'ONLY_ACCOUNT_ADMIN' })]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it(`refuses more than ${MAX_IDS_PER_REQUEST} ids and an empty selection, writing nothing`, async () => {
    const v = await venue();
    const before = await fingerprint(t.db);
    const tooMany = await v.client.gql(SEND, { input: { employeeIds: Array.from({ length: MAX_IDS_PER_REQUEST + 1 }, () => v.admin.id) } });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await send(v.client, [])).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT' })]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('Save & Send Invite creates and invites in one unit of work; an inactive new employee is refused and nothing is written', async () => {
    const v = await venue();
    const input = { firstName: 'Sam', surname: 'Saved', email: 'sam.saved@example.com', role: 'GENERAL', sendInvite: true };
    const before = await fingerprint(t.db);
    const refused = payload(await v.client.gql(CREATE, { input: { ...input, isActive: false } }), 'createEmployee');
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'INACTIVE', field: 'sendInvite' })]);
    expect(await fingerprint(t.db)).toEqual(before);

    const created = payload(await v.client.gql(CREATE, { input }), 'createEmployee');
    expect(created).toMatchObject({ userErrors: [], employee: { invitationState: 'INVITED', invitedAt: clock.now().toISOString() } });
    const token = await tokenFor('sam.saved@example.com');
    expect(await read(token)).toMatchObject({ state: 'VALID', email: 'sam.saved@example.com', firstName: 'Sam', hasPassword: false });
  });
});

describe('accepting', () => {
  it('a new login sets a password (the password rules apply), is logged in, and the link then works no more', async () => {
    const v = await venue('Quay Stadium');
    const person = await buildEmployee(t.db, v.accountId, { firstName: 'Lea', surname: 'Lind' });
    const token = await invite(v, person);
    expect(await read(token)).toEqual({
      state: 'VALID',
      accountName: 'Quay Stadium',
      email: person.email,
      firstName: 'Lea',
      hasPassword: false,
      expiresAt: new Date(clock.now().getTime() + 7 * DAY_MS).toISOString(),
    });

    const before = await fingerprint(t.db);
    for (const weak of ['short one', '1qaz2wsx3edc', person.email, null]) {
      expect((await accept(token, weak)).userErrors).toEqual([expect.objectContaining({ code: 'WEAK_PASSWORD', field: 'password' })]);
    }
    expect(await fingerprint(t.db)).toEqual(before);

    const client = t.anonymous();
    const accepted = await accept(token, NEW_PASSWORD, client);
    expect(accepted).toMatchObject({ userErrors: [], viewer: { email: person.email, account: { name: 'Quay Stadium' }, employee: { id: person.id, invitationState: 'ACCEPTED' } } });
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: { email: person.email } });
    const login = await t.anonymous().gql('mutation($i: LoginInput!) { login(input: $i) { viewer { email } userErrors { code } } }', { i: { email: person.email, password: NEW_PASSWORD } });
    expect(login.data?.login).toEqual({ viewer: { email: person.email }, userErrors: [] });
    const audit: { action: string; actor_employee_id: string }[] = await t.db.query("SELECT action, actor_employee_id FROM audit_events WHERE target_id = $1 AND action = 'employee.invitation_accepted'", [person.id]);
    expect(audit).toEqual([{ action: 'employee.invitation_accepted', actor_employee_id: person.id }]);

    const afterUse = await fingerprint(t.db);
    expect(await read(token)).toMatchObject({ state: 'USED', accountName: 'Quay Stadium', email: null, hasPassword: null });
    expect((await accept(token, 'another fine password')).userErrors).toEqual([expect.objectContaining({ code: 'INVITATION_USED' })]);
    expect(await fingerprint(t.db)).toEqual(afterUse);
  });

  it('expires after 7 days by the clock, and an expired link changes nothing', async () => {
    const v = await venue();
    const person = await buildEmployee(t.db, v.accountId);
    const token = await invite(v, person);
    clock.advance(7 * DAY_MS - 60_000);
    expect((await read(token)).state).toBe('VALID');
    clock.advance(60_000);
    expect((await read(token)).state).toBe('EXPIRED');
    const before = await fingerprint(t.db);
    expect((await accept(token, NEW_PASSWORD)).userErrors).toEqual([expect.objectContaining({ code: 'INVITATION_EXPIRED' })]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('a resend supersedes the earlier link: one live invitation, and only the newest link works', async () => {
    const v = await venue();
    const person = await buildEmployee(t.db, v.accountId);
    const first = await invite(v, person);
    clock.advance(1000);
    const second = await invite(v, person);
    expect(second).not.toBe(first);
    const live: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM invitations WHERE employee_id = $1 AND used_at IS NULL AND superseded_at IS NULL', [person.id]);
    expect(live[0]?.n).toBe(1);
    expect((await read(first)).state).toBe('SUPERSEDED');
    const before = await fingerprint(t.db);
    expect((await accept(first, NEW_PASSWORD)).userErrors).toEqual([expect.objectContaining({ code: 'INVITATION_SUPERSEDED' })]);
    expect(await fingerprint(t.db)).toEqual(before);
    expect((await accept(second, NEW_PASSWORD)).userErrors).toEqual([]);
    const events: { resent: boolean }[] = await t.db.query("SELECT (data->>'resent')::boolean AS resent FROM audit_events WHERE target_id = $1 AND action = 'employee.invited' ORDER BY at", [person.id]);
    expect(events).toEqual([{ resent: false }, { resent: true }]);
  });

  it('a tampered or unknown token reads UNKNOWN and accepting it changes nothing', async () => {
    const v = await venue();
    const person = await buildEmployee(t.db, v.accountId);
    const token = await invite(v, person);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, 'x'.repeat(43), '', 'y'.repeat(5000)]) {
      expect(await read(bad)).toEqual({ state: 'UNKNOWN', accountName: null, email: null, firstName: null, hasPassword: null, expiresAt: null });
    }
    const before = await fingerprint(t.db);
    expect((await accept(tampered, NEW_PASSWORD)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN', field: 'token' })]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it("an inactive employee's link is dead until they are reactivated", async () => {
    const v = await venue();
    const person = await buildEmployee(t.db, v.accountId);
    const token = await invite(v, person);
    await v.client.gql('mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { userErrors { code } } }', { i: { id: person.id, isActive: false } });
    expect((await read(token)).state).toBe('EMPLOYEE_INACTIVE');
    const before = await fingerprint(t.db);
    expect((await accept(token, NEW_PASSWORD)).userErrors).toEqual([expect.objectContaining({ code: 'INACTIVE' })]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('someone with a login in another account accepts with that password (verified), then can switch between both', async () => {
    const home = await venue('Home Ground');
    const person = await buildEmployee(t.db, home.accountId, { withPassword: true, email: 'two.venues@example.com' });
    const away = await venue('Away Ground');
    const membership = await buildEmployee(t.db, away.accountId, { email: 'two.venues@example.com' });
    const token = await invite(away, membership);
    expect(await read(token)).toMatchObject({ state: 'VALID', hasPassword: true, email: 'two.venues@example.com' });

    const before = await fingerprint(t.db);
    expect((await accept(token, 'not my password at all')).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS', field: 'password' })]);
    expect((await accept(token, null)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    expect(await fingerprint(t.db)).toEqual(before);

    const client = t.anonymous();
    const accepted = await accept(token, TEST_PASSWORD, client);
    expect(accepted).toMatchObject({ userErrors: [], viewer: { account: { name: 'Away Ground' }, accounts: [{ name: 'Away Ground' }, { name: 'Home Ground' }] } });
    const switched = await client.gql('mutation($i: SwitchAccountInput!) { switchAccount(input: $i) { viewer { account { name } } userErrors { code } } }', { i: { accountId: home.accountId } });
    expect(switched.data?.switchAccount).toEqual({ viewer: { account: { name: 'Home Ground' } }, userErrors: [] });
    expect(person.identityId).toBe(membership.identityId);
  });

  it('of parallel accepts of one link exactly one wins: one session, one acceptance, one password', async () => {
    const v = await venue();
    const person = await buildEmployee(t.db, v.accountId);
    const token = await invite(v, person);
    const passwords = Array.from({ length: 4 }, (_, i) => `parallel password number ${i}`);
    const results = await Promise.all(passwords.map((p) => accept(token, p)));
    const winners = results.filter((r) => r.viewer);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.viewer).map((r) => (r.userErrors as { code: string }[])[0]?.code)).toEqual(['INVITATION_USED', 'INVITATION_USED', 'INVITATION_USED']);
    const sessions: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM sessions WHERE identity_id = $1', [person.identityId]);
    expect(sessions[0]?.n).toBe(1);
    const accepted: { n: number }[] = await t.db.query("SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = 'employee.invitation_accepted'", [person.id]);
    expect(accepted[0]?.n).toBe(1);
  });

  it('two invitations of one new login accepted in parallel set one password: the other is told to sign in', async () => {
    const a = await venue();
    const b = await venue();
    const inA = await buildEmployee(t.db, a.accountId, { email: 'race.both@example.com' });
    const inB = await buildEmployee(t.db, b.accountId, { email: 'race.both@example.com' });
    const tokenA = await invite(a, inA);
    const tokenB = await invite(b, inB);
    const [ra, rb] = await Promise.all([accept(tokenA, 'first racing password'), accept(tokenB, 'second racing password')]);
    const codes = [ra, rb].map((r) => (r.viewer ? 'OK' : (r.userErrors as { code: string }[])[0]?.code)).sort();
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'OK']);
  });

  it('throttles accept attempts per link: of 12 parallel wrong passwords exactly 5 are verified', async () => {
    const home = await venue();
    await buildEmployee(t.db, home.accountId, { withPassword: true, email: 'guessed@example.com' });
    const v = await venue();
    const membership = await buildEmployee(t.db, v.accountId, { email: 'guessed@example.com' });
    const token = await invite(v, membership);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => accept(token, `wrong guess ${i}`)));
    const codes = results.map((r) => (r.userErrors as { code: string }[])[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(7);
    const keys: { key: string }[] = await t.db.query("SELECT key FROM throttle_buckets WHERE key LIKE 'invitation:token:%'");
    expect(keys.map((k) => k.key)).toContain(`invitation:token:${hashToken(token)}`);
    expect(JSON.stringify(keys)).not.toContain(token);
  });
});
