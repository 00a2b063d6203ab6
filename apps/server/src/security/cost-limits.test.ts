import fs from 'node:fs';
import path from 'node:path';
import { parse, print, separateOperations } from 'graphql';
import { MAX_ALIASES_PER_ROOT_FIELD, MAX_COST } from '../platform/graphql/limits';
import { operationCost } from '../platform/graphql/prices';
import { createSchema } from '../schema';
import { buildAccount, buildEmployee, TEST_PASSWORD } from '../test/factories';
import { fingerprint } from '../test/fingerprint';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../test/harness';
import { QueryCounter } from '../test/query-counter';
import { aliases, probe, refused } from './probe';

const counter = new QueryCounter();
let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse(counter);
});
afterAll(async () => t.close());

/** Statements a request of this client runs before any resolver (the session lookup). */
async function idle(client: TestClient): Promise<number> {
  return (await probe(counter, client, '{ __typename }')).statements;
}

/** An employee page with every relation: about 27 per row, so 5 pages of 200 cost more than MAX_COST. */
const FULL_PAGE = `employees(first: 200) @skip(if: $s) { totalCount edges { cursor node {
  id isActive firstName surname fullName email role invitationState lastLoginAt createdAt termsAcceptedAt
  department { id name } userGroups { id name } permissions { module canAccess } } } }`;

describe('a price depends on every variable that changes what runs', () => {
  it('refuses pages that were skipped when the same operation was priced before', async () => {
    const account = await buildAccount(t.db);
    const admin = await t.as(await buildEmployee(t.db, account, { role: 'ACCOUNT_ADMIN' }));
    const statementsIdle = await idle(admin);
    const query = `query($s: Boolean!) { setupStatus { needsSetup } ${aliases(MAX_ALIASES_PER_ROOT_FIELD, FULL_PAGE)} }`;

    const skipped = await probe(counter, admin, query, { s: true });
    expect(skipped).toMatchObject({ status: 200, data: { setupStatus: { needsSetup: false } } });

    const run = await probe(counter, admin, query, { s: false });
    expect(run).toMatchObject(refused('BAD_USER_INPUT'));
    expect(run.message).toMatch(new RegExp(`exceeds the limit of ${MAX_COST}`));
    expect(run.statements).toBe(statementsIdle);
  });

  it('refuses 6,000 anonymous `setupStatus @skip(if: $s)` aliases however $s is set, before any statement', async () => {
    const query = `query($s: Boolean!) { ${aliases(6000, 'setupStatus @skip(if: $s) { needsSetup }')} }`;
    for (const s of [true, false]) {
      const r = await probe(counter, t.anonymous(), query, { s });
      expect(r).toMatchObject(refused('GRAPHQL_VALIDATION_FAILED'));
      expect(r.messages).toContainEqual(expect.stringContaining(`at most ${MAX_ALIASES_PER_ROOT_FIELD} selections of one root field`));
      expect(r.statements).toBe(0);
    }
  });
});

describe('database-backed root fields cannot be multiplied by aliases', () => {
  it('refuses 4,900 anonymous `setupStatus` reads before any statement', async () => {
    const r = await probe(counter, t.anonymous(), `{ ${aliases(4900, 'setupStatus { needsSetup }')} }`);
    expect(r).toMatchObject(refused('GRAPHQL_VALIDATION_FAILED'));
    expect(r.statements).toBe(0);
  });

  it('refuses 2,000 `me` reads of a GENERAL user before any resolver runs', async () => {
    const account = await buildAccount(t.db);
    const general = await t.as(await buildEmployee(t.db, account, { role: 'GENERAL' }));
    const statementsIdle = await idle(general);
    const r = await probe(counter, general, `{ ${aliases(2000, 'me { email employee { fullName } }')} }`);
    expect(r).toMatchObject(refused('GRAPHQL_VALIDATION_FAILED'));
    expect(r.statements).toBe(statementsIdle);
  });

  it(`answers ${MAX_ALIASES_PER_ROOT_FIELD} selections of one root field and refuses one more, through fragments too`, async () => {
    const ok = await probe(counter, t.anonymous(), `{ ${aliases(MAX_ALIASES_PER_ROOT_FIELD, 'setupStatus { needsSetup }')} }`);
    expect(ok).toMatchObject({ status: 200, code: undefined });
    expect(ok.statements).toBe(MAX_ALIASES_PER_ROOT_FIELD);
    const hidden = `{ ...A ...B } fragment A on Query { ${aliases(MAX_ALIASES_PER_ROOT_FIELD, 'setupStatus { needsSetup }')} } fragment B on Query { extra: setupStatus { needsSetup } }`;
    const r = await probe(counter, t.anonymous(), hidden);
    expect(r).toMatchObject(refused('GRAPHQL_VALIDATION_FAILED'));
    expect(r.message).toBe(`\`setupStatus\` is selected ${MAX_ALIASES_PER_ROOT_FIELD + 1} times; at most ${MAX_ALIASES_PER_ROOT_FIELD} selections of one root field per operation.`);
    expect(r.statements).toBe(0);
  });
});

describe('password-checking mutations', () => {
  const login = (email: string) => `login(input: { email: "${email}", password: "${TEST_PASSWORD}" }) { userErrors { code } }`;

  it('refuses two logins in one request before any password is checked, and changes nothing', async () => {
    const account = await buildAccount(t.db);
    const e = await buildEmployee(t.db, account, { withPassword: true });
    const before = await fingerprint(t.db);
    for (const query of [`mutation { ${aliases(60, login(e.email))} }`, `mutation { a: ${login(e.email)} b: ${login('nobody@example.com')} }`]) {
      const r = await probe(counter, t.anonymous(), query);
      expect(r).toMatchObject(refused('GRAPHQL_VALIDATION_FAILED'));
      expect(r.messages).toContainEqual(expect.stringMatching(/^At most 1 of `login` or `completeSetup` or `resetPassword` per request/));
      expect(r.statements).toBe(0);
    }
    const mixed = await probe(counter, t.anonymous(), `mutation { ${login(e.email)} completeSetup(input: { token: "x", accountName: "x", email: "x@example.com", firstName: "x", surname: "x", password: "x", acceptTerms: true }) { userErrors { code } } }`);
    expect(mixed).toMatchObject(refused('GRAPHQL_VALIDATION_FAILED'));
    expect(mixed.statements).toBe(0);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('still answers one login', async () => {
    const account = await buildAccount(t.db);
    const e = await buildEmployee(t.db, account, { withPassword: true });
    const r = await probe(counter, t.anonymous(), `mutation { ${login(e.email)} }`);
    expect(r).toMatchObject({ status: 200, data: { login: { userErrors: [] } } });
  });
});

describe('prices', () => {
  it('prices a root field that reads the database far above a plain field', async () => {
    const schema = await createSchema();
    const cost = (query: string) => operationCost(schema, parse(query), null, {});
    expect(cost('{ __typename }')).toBe(1);
    expect(cost('{ setupStatus { needsSetup } }')).toBeGreaterThanOrEqual(100);
    expect(cost('{ me { email } }')).toBeGreaterThanOrEqual(400);
    // A connection: its statements once, then each item of the page.
    const page = (first: number) => cost(`{ departments(first: ${first}) { edges { node { name memberCount } } } }`);
    expect(page(101) - page(1)).toBe(100 * (page(1) - page(0)));
  });

  it("keeps the admin app's biggest request, a 200-row employee page, well under the limit, and answers it", async () => {
    const webSrc = path.resolve(__dirname, '../../../web/src');
    const files = fs.readdirSync(webSrc, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql') && !f.startsWith('gql'));
    const operations = separateOperations(parse(files.map((f) => fs.readFileSync(path.join(webSrc, f), 'utf8')).join('\n')));
    const employees = operations.Employees;
    if (!employees) throw new Error('the admin app has no Employees operation');
    expect(operationCost(await createSchema(), employees, 'Employees', { first: 200 })).toBeLessThan(MAX_COST / 3);

    const account = await buildAccount(t.db);
    const admin = await t.as(await buildEmployee(t.db, account, { role: 'ACCOUNT_ADMIN' }));
    const r = await probe(counter, admin, print(employees), { first: 200, filter: {}, orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(r).toMatchObject({ status: 200, code: undefined });
  });
});
