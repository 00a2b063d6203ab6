import { parseConfig } from '../config';
import { createGatehouse, type Gatehouse } from '../server';
import { buildAccount, buildEmployee } from '../test/factories';
import { startTestGatehouse, TestClient, type TestGatehouse } from '../test/harness';

let t: TestGatehouse;
let production: Gatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
  // The same database behind a production Gatehouse: introspection off, hints hidden.
  production = await createGatehouse(parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://gatehouse.example', LOG_LEVEL: 'silent', PORT: '0' }), t.db, null);
});
afterAll(async () => {
  await production.app.close();
  await t.close();
});

/** A logged-in admin on the given Gatehouse (the session cookie works on both: same database and key). */
async function adminOn(gatehouse: Gatehouse): Promise<TestClient> {
  const accountId = await buildAccount(t.db);
  const dev = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
  const client = new TestClient(gatehouse);
  for (const [name, value] of dev.cookies) client.cookies.set(name, value);
  return client;
}

const MISTAKES: [string, string, Record<string, unknown>][] = [
  ['a misspelt root field', '{ employes { totalCount } }', {}],
  ['a misspelt argument', '{ employees(frist: 5) { totalCount } }', {}],
  ['a misspelt enum value in a variable', 'query($r: Role) { employees(filter: { role: $r }) { totalCount } }', { r: 'ADMN' }],
  ['a misspelt input field in a variable', 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', { i: { emial: 'a@example.com', password: 'x' } }],
];

describe('schema hints', () => {
  it.each(MISTAKES)('are hidden in production (%s), and the mistake is still a 400', async (_, query, variables) => {
    const client = await adminOn(production);
    const response = await client.request('POST', '/graphql', { query, variables });
    expect(response.statusCode).toBe(400);
    const body: { errors: { message: string }[] } = response.json();
    expect(body.errors.length).toBeGreaterThan(0);
    for (const e of body.errors) expect(e.message).not.toMatch(/did you mean/i);
  });

  it.each(MISTAKES)('are kept in development (%s)', async (_, query, variables) => {
    const client = await adminOn(t.gatehouse);
    const body: { errors: { message: string }[] } = (await client.request('POST', '/graphql', { query, variables })).json();
    expect(body.errors.map((e) => e.message).join(' ')).toMatch(/Did you mean/);
  });

  it('leaves introspection off in production', async () => {
    const client = await adminOn(production);
    const response = await client.request('POST', '/graphql', { query: '{ __schema { queryType { name } } }' });
    expect(response.statusCode).toBe(400);
  });
});
