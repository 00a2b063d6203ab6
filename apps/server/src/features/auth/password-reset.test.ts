import { ManualClock } from '../../test/manual-clock';
import { hashToken } from '../../platform/auth/secrets';
import { buildAccount, buildEmployee, TEST_PASSWORD, type BuiltEmployee } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, TestClient, type GraphQLResult, type TestGatehouse } from '../../test/harness';
import { RESET_TOKEN_TTL_MS } from './password-reset.commands';

const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code field message } } }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code field message } } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { viewer { account { name } } userErrors { code } } }';
const NEW_PASSWORD = 'a brand new passphrase 77';

const clock = new ManualClock();
let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse(undefined, {}, { clock: clock.clock });
});
afterAll(async () => t.close());

let ipCounter = 0;
/** A client from its own address, so the per-IP throttle never interferes with what a test checks. */
function freshClient(): TestClient {
  ipCounter += 1;
  return new TestClient(t.gatehouse, `10.20.${ipCounter >> 8}.${ipCounter & 255}`);
}

async function person(opts: { email: string; isActive?: boolean }, accountId?: string): Promise<BuiltEmployee> {
  return buildEmployee(t.db, accountId ?? (await buildAccount(t.db)), { email: opts.email, isActive: opts.isActive ?? true, withPassword: true });
}

async function requestReset(email: string, client = freshClient()): Promise<GraphQLResult> {
  return client.gql(REQUEST, { input: { email } });
}

/** The raw token of the latest reset mail to this address (the outbox holds it until the mail is sent). */
async function mailedToken(email: string): Promise<string> {
  const rows: { token: string }[] = await t.db.query(
    "SELECT data->>'token' AS token FROM mail_outbox WHERE recipient = $1 AND template = 'password_reset' ORDER BY created_at DESC, id DESC LIMIT 1",
    [email],
  );
  const token = rows[0]?.token;
  if (token === undefined) throw new Error(`no reset mail to ${email}`);
  return token;
}

async function reset(token: string, password = NEW_PASSWORD): Promise<{ ok: boolean; userErrors: { code: string; field: string | null; message: string }[] }> {
  const r = await freshClient().gql(RESET, { input: { token, password } });
  return r.data?.resetPassword as { ok: boolean; userErrors: { code: string; field: string | null; message: string }[] };
}

async function canLogin(email: string, password: string): Promise<boolean> {
  const r = await freshClient().gql(LOGIN, { input: { email, password } });
  return (r.data?.login as { userErrors: unknown[] }).userErrors.length === 0;
}

describe('forgot password', () => {
  it('emails a link whose token is at least 128 bits and is stored only as a hash', async () => {
    await person({ email: 'hash.only@example.com' });
    expect((await requestReset('  Hash.Only@Example.com ')).data?.requestPasswordReset).toEqual({ ok: true, userErrors: [] });
    const token = await mailedToken('hash.only@example.com');
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const rows: Record<string, unknown>[] = await t.db.query("SELECT * FROM password_reset_tokens WHERE email = 'hash.only@example.com'");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashToken(token));
    // The raw token appears in no column of the table.
    expect(JSON.stringify(rows)).not.toContain(token);
    const expiresAt = rows[0]?.expires_at;
    expect(expiresAt instanceof Date && expiresAt.getTime() - clock.now().getTime()).toBe(RESET_TOKEN_TTL_MS);
  });

  it('answers an unknown email exactly like a known one, and mails it a note without a link', async () => {
    await person({ email: 'known.person@example.com' });
    const known = await freshClient().request('POST', '/graphql', { query: REQUEST, variables: { input: { email: 'known.person@example.com' } } });
    const unknown = await freshClient().request('POST', '/graphql', { query: REQUEST, variables: { input: { email: 'unknown.person@example.com' } } });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    const mails: { template: string; data: Record<string, unknown> }[] = await t.db.query(
      "SELECT template, data FROM mail_outbox WHERE recipient = 'unknown.person@example.com'",
    );
    expect(mails).toEqual([{ template: 'password_reset_no_login', data: { requestedAt: expect.any(String) } }]);
  });

  it('sends no link to someone who was only added to an account and never accepted a membership', async () => {
    await buildEmployee(t.db, await buildAccount(t.db), { email: 'only.added@example.com', invitationState: 'NOT_INVITED' });
    expect((await requestReset('only.added@example.com')).data?.requestPasswordReset).toEqual({ ok: true, userErrors: [] });
    const mails: { template: string }[] = await t.db.query("SELECT template FROM mail_outbox WHERE recipient = 'only.added@example.com'");
    expect(mails).toEqual([{ template: 'password_reset_no_login' }]);
  });

  it('refuses a malformed email with a field error', async () => {
    const r = await requestReset('not an email');
    expect(r.data?.requestPasswordReset).toMatchObject({ ok: null, userErrors: [{ code: 'INVALID_INPUT', field: 'email' }] });
  });
});

describe('reset password', () => {
  it('sets the password, ends every session in every account, and audits it in each account', async () => {
    const home = await buildAccount(t.db, 'Reset Home');
    const away = await buildAccount(t.db, 'Reset Away');
    const a = await buildEmployee(t.db, home, { email: 'everywhere@example.com', withPassword: true });
    const b = await buildEmployee(t.db, away, { email: 'everywhere@example.com', withPassword: true });
    const inHome = await t.as(a);
    const inAway = await t.as(b);
    expect((await inHome.gql('{ me { email } }')).data?.me).not.toBeNull();
    await requestReset('everywhere@example.com');
    expect(await reset(await mailedToken('everywhere@example.com'))).toEqual({ ok: true, userErrors: [] });
    expect((await inHome.gql('{ me { email } }')).data?.me).toBeNull();
    expect((await inAway.gql('{ me { email } }')).data?.me).toBeNull();
    const live: unknown[] = await t.db.query('SELECT 1 FROM sessions WHERE identity_id = $1 AND revoked_at IS NULL', [a.identityId]);
    expect(live).toHaveLength(0);
    expect(await canLogin('everywhere@example.com', TEST_PASSWORD)).toBe(false);
    expect(await canLogin('everywhere@example.com', NEW_PASSWORD)).toBe(true);
    const events: { account_id: string; actor_employee_id: string; target_id: string }[] = await t.db.query(
      "SELECT account_id, actor_employee_id, target_id FROM audit_events WHERE action = 'employee.password_reset' AND target_id = ANY($1::uuid[]) ORDER BY account_id",
      [[a.id, b.id]],
    );
    expect(events.map((e) => [e.account_id, e.actor_employee_id, e.target_id]).sort()).toEqual(
      [
        [home, a.id, a.id],
        [away, b.id, b.id],
      ].sort(),
    );
  });

  it('leaves an inactive membership inactive', async () => {
    const active = await buildAccount(t.db, 'Still Active Venue');
    const inactive = await buildAccount(t.db, 'Inactive Venue');
    await buildEmployee(t.db, active, { email: 'half.active@example.com', withPassword: true });
    const off = await buildEmployee(t.db, inactive, { email: 'half.active@example.com', withPassword: true, isActive: false });
    await requestReset('half.active@example.com');
    expect(await reset(await mailedToken('half.active@example.com'))).toEqual({ ok: true, userErrors: [] });
    const rows: { is_active: boolean }[] = await t.db.query('SELECT is_active FROM employees WHERE id = $1', [off.id]);
    expect(rows[0]?.is_active).toBe(false);
    const login = await freshClient().gql('mutation($input: LoginInput!) { login(input: $input) { viewer { accounts { name } } } }', {
      input: { email: 'half.active@example.com', password: NEW_PASSWORD },
    });
    expect(login.data?.login).toEqual({ viewer: { accounts: [{ name: 'Still Active Venue' }] } });
  });

  it('clears the login lockout of the email', async () => {
    await person({ email: 'locked.out@example.com' });
    for (let i = 0; i < 5; i++) await canLogin('locked.out@example.com', `wrong password ${i}`);
    expect(await canLogin('locked.out@example.com', TEST_PASSWORD)).toBe(false);
    await requestReset('locked.out@example.com');
    await reset(await mailedToken('locked.out@example.com'));
    expect(await canLogin('locked.out@example.com', NEW_PASSWORD)).toBe(true);
  });

  it('works once: the second use is refused and changes nothing', async () => {
    await person({ email: 'single.use@example.com' });
    await requestReset('single.use@example.com');
    const token = await mailedToken('single.use@example.com');
    expect(await reset(token)).toEqual({ ok: true, userErrors: [] });
    const before = await fingerprint(t.db);
    expect(await reset(token, 'yet another passphrase 9')).toMatchObject({ ok: null, userErrors: [{ code: 'TOKEN_USED', field: 'token' }] });
    expect(await fingerprint(t.db)).toEqual(before);
    expect(await canLogin('single.use@example.com', NEW_PASSWORD)).toBe(true);
  });

  it('lets only one of several parallel resets with the same link through', async () => {
    await person({ email: 'parallel.reset@example.com' });
    await requestReset('parallel.reset@example.com');
    const token = await mailedToken('parallel.reset@example.com');
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => reset(token, `parallel passphrase number ${i}`)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'TOKEN_USED')).toHaveLength(5);
  });

  it('expires after one hour (the clock is moved, not waited for)', async () => {
    await person({ email: 'expiry@example.com' });
    await requestReset('expiry@example.com');
    const token = await mailedToken('expiry@example.com');
    clock.advance(RESET_TOKEN_TTL_MS - 1000);
    // One second before the hour: still alive (a weak password is refused, the link is not).
    expect(await reset(token, 'short')).toMatchObject({ userErrors: [{ code: 'WEAK_PASSWORD', field: 'password' }] });
    clock.advance(1000);
    const before = await fingerprint(t.db);
    expect(await reset(token)).toMatchObject({ ok: null, userErrors: [{ code: 'TOKEN_EXPIRED', field: 'token' }] });
    expect(await fingerprint(t.db)).toEqual(before);
    expect(await canLogin('expiry@example.com', TEST_PASSWORD)).toBe(true);
  });

  it('is superseded by a later request: only the newest link works', async () => {
    await person({ email: 'superseded@example.com' });
    await requestReset('superseded@example.com');
    const first = await mailedToken('superseded@example.com');
    await requestReset('superseded@example.com');
    const second = await mailedToken('superseded@example.com');
    expect(second).not.toBe(first);
    const before = await fingerprint(t.db);
    expect(await reset(first)).toMatchObject({ ok: null, userErrors: [{ code: 'TOKEN_SUPERSEDED', field: 'token' }] });
    expect(await fingerprint(t.db)).toEqual(before);
    expect(await reset(second)).toEqual({ ok: true, userErrors: [] });
  });

  it('refuses a tampered token and changes nothing', async () => {
    await person({ email: 'tampered@example.com' });
    await requestReset('tampered@example.com');
    const token = await mailedToken('tampered@example.com');
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const before = await fingerprint(t.db);
    for (const bad of [tampered, token.slice(1), '', 'x'.repeat(200)]) {
      expect(await reset(bad)).toMatchObject({ ok: null, userErrors: [{ code: 'INVALID_TOKEN', field: 'token' }] });
    }
    expect(await fingerprint(t.db)).toEqual(before);
    expect(await reset(token)).toEqual({ ok: true, userErrors: [] });
  });

  it('applies the password rules and keeps the link usable after a refused password', async () => {
    await person({ email: 'rules@example.com' });
    await requestReset('rules@example.com');
    const token = await mailedToken('rules@example.com');
    const before = await fingerprint(t.db);
    for (const [password, message] of [
      ['too short', /at least 12/],
      ['passwordpassword', /commonly used/],
      ['rules@example.com', /email/],
    ] as const) {
      const r = await reset(token, password);
      expect(r).toMatchObject({ ok: null, userErrors: [{ code: 'WEAK_PASSWORD', field: 'password' }] });
      expect(r.userErrors[0]?.message).toMatch(message);
    }
    expect(await fingerprint(t.db)).toEqual(before);
    expect(await reset(token)).toEqual({ ok: true, userErrors: [] });
  });
});

describe('reset request throttles under parallel requests', () => {
  it('takes at most 3 requests per email per hour, from any number of addresses at once', async () => {
    await person({ email: 'flooded@example.com' });
    const results = await Promise.all(Array.from({ length: 12 }, () => requestReset('flooded@example.com')));
    const codes = results.map((r) => (r.data?.requestPasswordReset as { userErrors: { code: string }[] }).userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(9);
    const mails: unknown[] = await t.db.query("SELECT 1 FROM mail_outbox WHERE recipient = 'flooded@example.com'");
    expect(mails).toHaveLength(3);
  });

  it('takes at most 20 requests per client address per hour, whatever the emails', async () => {
    const sprayer = freshClient();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => requestReset(`spray${i}@example.com`, sprayer)));
    const codes = results.map((r) => (r.data?.requestPasswordReset as { userErrors: { code: string }[] }).userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(20);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(10);
  });

  it('throttles a known and an unknown email alike', async () => {
    await person({ email: 'throttle.known@example.com' });
    const answers = async (email: string) => {
      const out: string[] = [];
      for (let i = 0; i < 5; i++) out.push(JSON.stringify((await requestReset(email)).data));
      return out;
    };
    const known = await answers('throttle.known@example.com');
    expect(known.slice(3).every((a) => a.includes('THROTTLED'))).toBe(true);
    expect(await answers('throttle.unknown@example.com')).toEqual(known);
  });
});
