import { SignJWT } from 'jose';
import { buildAccount, buildEmployee, TEST_PASSWORD } from '../../test/factories';
import { startTestGatehouse, type TestGatehouse } from '../../test/harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { email account { name } } userErrors { code field message } } }`;
const ME = '{ me { email employee { role } } }';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

describe('login', () => {
  it('logs in with any-case email, sets httpOnly cookies, and me answers', async () => {
    const account = await buildAccount(t.db, 'Arena One');
    const e = await buildEmployee(t.db, account, { role: 'ADMIN', email: 'login.ok@example.com', withPassword: true });
    const client = t.anonymous();
    const result = await client.gql(LOGIN, { input: { email: '  Login.OK@Example.com ', password: TEST_PASSWORD } });
    expect(result.data?.login).toEqual({ viewer: { email: e.email, account: { name: 'Arena One' } }, userErrors: [] });
    const response = await client.request('POST', '/graphql', { query: ME });
    expect(response.json()).toEqual({ data: { me: { email: e.email, employee: { role: 'ADMIN' } } } });
  });

  it('records the last login of the employee entered, and of nobody else, only when the password is right', async () => {
    const account = await buildAccount(t.db);
    const e = await buildEmployee(t.db, account, { email: 'last.login@example.com', withPassword: true });
    const other = await buildEmployee(t.db, account, { email: 'not.logged.in@example.com', withPassword: true });
    const lastLogin = async (id: string) => ((await t.db.query('SELECT last_login_at FROM employees WHERE id = $1', [id])) as { last_login_at: Date | null }[])[0]?.last_login_at ?? null;
    await t.anonymous().gql(LOGIN, { input: { email: 'last.login@example.com', password: 'not the password!' } });
    expect(await lastLogin(e.id)).toBeNull();
    const before = Date.now();
    await t.anonymous().gql(LOGIN, { input: { email: 'last.login@example.com', password: TEST_PASSWORD } });
    expect((await lastLogin(e.id))?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await lastLogin(other.id)).toBeNull();
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const account = await buildAccount(t.db);
    await buildEmployee(t.db, account, { email: 'same.answer@example.com', withPassword: true });
    const wrong = await t.anonymous().gql(LOGIN, { input: { email: 'same.answer@example.com', password: 'not the password!' } });
    const unknown = await t.anonymous().gql(LOGIN, { input: { email: 'nobody.here@example.com', password: 'not the password!' } });
    expect(wrong.data?.login).toEqual(unknown.data?.login);
    expect(wrong.data?.login).toMatchObject({ viewer: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
  });

  it('throttles after repeated failures for one email, even with the right password', async () => {
    const account = await buildAccount(t.db);
    await buildEmployee(t.db, account, { email: 'throttled@example.com', withPassword: true });
    const codes: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await t.anonymous().gql(LOGIN, { input: { email: 'throttled@example.com', password: `wrong password ${i}` } }, { 'x-forwarded-for': `10.0.0.${i}` });
      codes.push(String((r.data?.login as { userErrors: { code: string }[] }).userErrors[0]?.code));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(5)).toEqual(Array(5).fill('THROTTLED'));
    const right = await t.anonymous().gql(LOGIN, { input: { email: 'throttled@example.com', password: TEST_PASSWORD } });
    expect(right.data?.login).toMatchObject({ viewer: null, userErrors: [{ code: 'THROTTLED' }] });
    // The bucket is empty: the five failures took every attempt, the refused ones took none.
    const bucket: { tokens: number }[] = await t.db.query("SELECT tokens FROM throttle_buckets WHERE key = 'login:email:throttled@example.com'");
    expect(bucket[0]?.tokens).toBeLessThan(1);
  });

  it('refuses inactive employees', async () => {
    const account = await buildAccount(t.db);
    await buildEmployee(t.db, account, { email: 'inactive.login@example.com', isActive: false, withPassword: true });
    const r = await t.anonymous().gql(LOGIN, { input: { email: 'inactive.login@example.com', password: TEST_PASSWORD } });
    expect(r.data?.login).toMatchObject({ viewer: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
  });
});

describe('tokens', () => {
  it('refuses a forged access token', async () => {
    const account = await buildAccount(t.db);
    const e = await buildEmployee(t.db, account, { role: 'ACCOUNT_ADMIN' });
    const forged = await new SignJWT({ sid: '00000000-0000-4000-8000-000000000000' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(e.identityId)
      .setIssuer('gatehouse')
      .setAudience('gatehouse')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('attacker-chosen-secret-attacker-chosen'));
    const r = await t.anonymous().gql(ME, {}, { authorization: `Bearer ${forged}` });
    expect(r).toEqual({ data: { me: null } });
    const list = await t.anonymous().gql('{ employees { totalCount } }', {}, { authorization: `Bearer ${forged}` });
    expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token whose session was revoked (logout)', async () => {
    const account = await buildAccount(t.db);
    const e = await buildEmployee(t.db, account, { role: 'ACCOUNT_ADMIN' });
    const client = await t.as(e);
    const stolen = client.cookies.get('gh_access');
    expect((await client.gql(ME)).data?.me).not.toBeNull();
    expect((await client.gql('mutation { logout { ok } }')).data).toEqual({ logout: { ok: true } });
    const replay = await t.anonymous().gql(ME, {}, { cookie: `gh_access=${stolen}` });
    expect(replay).toEqual({ data: { me: null } });
  });

  it('rotates refresh tokens and revokes the session when an old one is reused', async () => {
    const account = await buildAccount(t.db);
    await buildEmployee(t.db, account, { email: 'rotate@example.com', withPassword: true });
    const client = t.anonymous();
    await client.gql(LOGIN, { input: { email: 'rotate@example.com', password: TEST_PASSWORD } });
    const first = client.cookies.get('gh_refresh');
    expect(first).toBeDefined();
    const refreshed = await client.request('POST', '/auth/refresh');
    expect(refreshed.statusCode).toBe(204);
    expect(client.cookies.get('gh_refresh')).not.toBe(first);
    expect((await client.gql(ME)).data?.me).not.toBeNull();

    const thief = t.anonymous();
    thief.cookies.set('gh_refresh', String(first));
    expect((await thief.request('POST', '/auth/refresh')).statusCode).toBe(401);
    // Reuse detection ended the whole session: the rightful client is logged out too.
    expect((await client.gql(ME)).data?.me).toBeNull();
    expect((await client.request('POST', '/auth/refresh')).statusCode).toBe(401);
  });
});

describe('HTTP edges', () => {
  it('answers { __typename }', async () => {
    expect(await t.anonymous().gql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a browser-style cross-site request without a CSRF header', async () => {
    const response = await t.anonymous().request('GET', '/graphql?query=%7B__typename%7D', undefined, { accept: 'application/json' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('CSRF');
    const simplePost = await t.gatehouse.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'text/plain' }, payload: '{"query":"{__typename}"}' });
    expect(simplePost.statusCode).toBe(400);
  });

  it('refuses operations that cost more than the limit (aliases multiply pages)', async () => {
    const account = await buildAccount(t.db);
    const admin = await buildEmployee(t.db, account, { role: 'ACCOUNT_ADMIN' });
    const client = await t.as(admin);
    const page = (alias: string) => `${alias}: employees(first: $n) { edges { node { id email fullName role createdAt department { id name } userGroups { id name } permissions { module canAccess seeLevels } } } }`;
    const one = await client.gql(`query($n: Int) { ${page('a')} }`, { n: 200 });
    expect(one.errors).toBeUndefined();
    const many = await client.gql(`query($n: Int) { ${['a', 'b', 'c', 'd', 'e'].map(page).join(' ')} }`, { n: 200 });
    expect(many.errors?.[0]?.message).toMatch(/Query cost \d+ exceeds the limit of 20000/);
    expect(many.data).toBeUndefined();
  });
  it('serves the Apollo Sandbox landing page at the GraphQL URL outside production', async () => {
    const page = await t.anonymous().request('GET', '/graphql', undefined, { accept: 'text/html' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toMatch(/sandbox/i);
  });

  it('hides internals of unexpected errors behind a request id', async () => {
    const account = await buildAccount(t.db);
    const admin = await buildEmployee(t.db, account, { role: 'ACCOUNT_ADMIN' });
    const client = await t.as(admin);
    await t.db.query('ALTER TABLE departments RENAME TO departments_away');
    try {
      const response = await client.request('POST', '/graphql', { query: '{ departments { totalCount } }' }, { 'x-request-id': 'req-test-123' });
      const body = response.json();
      expect(body.errors).toEqual([{ message: 'Internal server error', path: ['departments'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-test-123' } }]);
      expect(response.body).not.toMatch(/departments_away|relation|stack/i);
      expect(response.headers['x-request-id']).toBe('req-test-123');
    } finally {
      await t.db.query('ALTER TABLE departments_away RENAME TO departments');
    }
  });

  it('serves health and readiness', async () => {
    expect((await t.anonymous().request('GET', '/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.anonymous().request('GET', '/readyz')).json()).toEqual({ status: 'ready' });
  });
});
