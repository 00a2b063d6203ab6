import { TestClient, startTestGatehouse, type GraphQLResult, type TestGatehouse } from '../test/harness';
import { buildAccount, buildEmployee, TEST_PASSWORD } from '../test/factories';

/*
 * Attacks on the login throttle. Every attempt is taken from a bucket in PostgreSQL before the
 * password is verified, in one statement, so no number of parallel requests or server
 * instances gets more verifications than the limit (5 per email, 50 per client IP).
 */
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { viewer { email } userErrors { code } } }';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

function codeOf(result: GraphQLResult): string {
  const login = result.data?.login as { viewer: unknown; userErrors: { code: string }[] } | undefined;
  if (login?.viewer) return 'OK';
  return login?.userErrors[0]?.code ?? `top-level ${result.errors?.[0]?.extensions?.code}`;
}

function tally(codes: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of codes) out[c] = (out[c] ?? 0) + 1;
  return out;
}

async function person(email: string): Promise<void> {
  await buildEmployee(t.db, await buildAccount(t.db), { email, withPassword: true });
}

const attempt = (client: TestClient, email: string, password: string) => client.gql(LOGIN, { input: { email, password } }).then(codeOf);

describe('the per-email login throttle under parallel guessing', () => {
  it('evaluates exactly 5 of 20 parallel wrong passwords; the other 15 are refused unverified', async () => {
    await person('parallel.guess@example.com');
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(t.anonymous(), 'parallel.guess@example.com', `wrong guess ${i}`)));
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: 5, THROTTLED: 15 });
  });

  it('lets at most one of 20 parallel attempts be verified after 4 failures, so a hidden right password rarely gets in', async () => {
    await person('hidden.right@example.com');
    for (let i = 0; i < 4; i++) expect(await attempt(t.anonymous(), 'hidden.right@example.com', `wrong ${i}`)).toBe('INVALID_CREDENTIALS');
    const passwords = Array.from({ length: 20 }, (_, i) => (i === 13 ? TEST_PASSWORD : `wrong again ${i}`));
    const codes = await Promise.all(passwords.map((p) => attempt(t.anonymous(), 'hidden.right@example.com', p)));
    const verified = codes.filter((c) => c !== 'THROTTLED');
    expect(verified).toHaveLength(1);
  });

  it('holds across two server instances sharing the database', async () => {
    await person('two.instances@example.com');
    const second = await t.secondInstance();
    const clients = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? t.anonymous() : new TestClient(second)));
    const codes = await Promise.all(clients.map((c, i) => attempt(c, 'two.instances@example.com', `wrong ${i}`)));
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: 5, THROTTLED: 15 });
  });

  it('gives the attempt back on success, so a person who logs in is never locked out by their own logins', async () => {
    await person('regular.user@example.com');
    for (let i = 0; i < 8; i++) expect(await attempt(t.anonymous(), 'regular.user@example.com', TEST_PASSWORD)).toBe('OK');
    const rows: unknown[] = await t.db.query("SELECT 1 FROM throttle_buckets WHERE key = 'login:email:regular.user@example.com'");
    expect(rows).toEqual([]);
  });

  it('prunes buckets that have refilled', async () => {
    await t.db.query(
      "INSERT INTO throttle_buckets (key, tokens, updated_at, full_at) VALUES ('login:email:old@example.com', 0, now() - interval '1 day', now() - interval '1 hour')",
    );
    const { pruneThrottles } = await import('../platform/throttle/throttle');
    const { createUnitOfWork } = await import('../platform/db/unit-of-work');
    const pruned = await createUnitOfWork(t.db, null)((tx) => pruneThrottles(tx));
    expect(pruned).toBeGreaterThanOrEqual(1);
    const rows: unknown[] = await t.db.query("SELECT 1 FROM throttle_buckets WHERE key = 'login:email:old@example.com'");
    expect(rows).toEqual([]);
  });
});

describe('the per-IP login throttle and X-Forwarded-For', () => {
  it('ignores X-Forwarded-For by default: 60 failures with rotating forwarded addresses are throttled at 50', async () => {
    const client = new TestClient(t.gatehouse, '203.0.113.7');
    const codes: string[] = [];
    for (let i = 0; i < 60; i++) {
      const r = await client.gql(LOGIN, { input: { email: `nobody${i}@example.com`, password: 'wrong password here' } }, { 'x-forwarded-for': `198.51.100.${i}` });
      codes.push(codeOf(r));
    }
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: 50, THROTTLED: 10 });
    const sessions: { n: number }[] = await t.db.query("SELECT count(*)::int AS n FROM throttle_buckets WHERE key LIKE 'login:ip:198.51.100.%'");
    expect(sessions[0]?.n).toBe(0);
  });

  it('records the socket address on a session, not what the client claims', async () => {
    await person('recorded.ip@example.com');
    const client = new TestClient(t.gatehouse, '203.0.113.9');
    await client.gql(LOGIN, { input: { email: 'recorded.ip@example.com', password: TEST_PASSWORD } }, { 'x-forwarded-for': '8.8.8.8' });
    const rows: { ip: string }[] = await t.db.query(
      "SELECT s.ip FROM sessions s JOIN identities i ON i.id = s.identity_id WHERE i.email = 'recorded.ip@example.com'",
    );
    expect(rows.map((r) => r.ip)).toEqual(['203.0.113.9']);
  });
});

describe('TRUST_PROXY names the proxies whose X-Forwarded-For counts', () => {
  let behindProxy: TestGatehouse;
  beforeAll(async () => {
    behindProxy = await startTestGatehouse(undefined, { TRUST_PROXY: '10.0.0.1' });
  });
  afterAll(async () => behindProxy.close());

  it('takes the client IP from the named proxy, and only from it', async () => {
    await buildEmployee(behindProxy.db, await buildAccount(behindProxy.db), { email: 'via.proxy@example.com', withPassword: true });
    const viaProxy = new TestClient(behindProxy.gatehouse, '10.0.0.1');
    await viaProxy.gql(LOGIN, { input: { email: 'via.proxy@example.com', password: TEST_PASSWORD } }, { 'x-forwarded-for': '192.0.2.44' });
    const spoofer = new TestClient(behindProxy.gatehouse, '192.0.2.99');
    await spoofer.gql(LOGIN, { input: { email: 'via.proxy@example.com', password: TEST_PASSWORD } }, { 'x-forwarded-for': '192.0.2.45' });
    const rows: { ip: string }[] = await behindProxy.db.query(
      "SELECT s.ip FROM sessions s JOIN identities i ON i.id = s.identity_id WHERE i.email = 'via.proxy@example.com' ORDER BY s.created_at",
    );
    expect(rows.map((r) => r.ip)).toEqual(['192.0.2.44', '192.0.2.99']);
  });
});
