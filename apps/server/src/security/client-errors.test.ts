import { MAX_COST, MAX_SELECTIONS } from '../platform/graphql/limits';
import { buildAccount, buildEmployee } from '../test/factories';
import { fingerprint } from '../test/fingerprint';
import { startTestGatehouse, type TestGatehouse } from '../test/harness';
import { QueryCounter } from '../test/query-counter';
import { aliases, probe, refused } from './probe';

const counter = new QueryCounter();
let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse(counter);
});
afterAll(async () => t.close());

/** An account admin's client and the statements its requests run before any resolver. */
async function admin() {
  const accountId = await buildAccount(t.db);
  const employee = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
  const client = await t.as(employee);
  const idle = (await probe(counter, client, '{ __typename }')).statements;
  return { accountId, employee, client, idle };
}

const cursorOf = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('limits are the client’s mistake: HTTP 400, not 500', () => {
  it('answers a cost over the limit with 400 BAD_USER_INPUT', async () => {
    const r = await probe(counter, t.anonymous(), `{ employees(first: 200) { edges { node { ${aliases(100, 'id')} } } } }`);
    expect(r).toMatchObject(refused('BAD_USER_INPUT'));
    expect(r.message).toMatch(new RegExp(`^Query cost \\d+ exceeds the limit of ${MAX_COST}`));
  });

  it(`answers more than ${MAX_SELECTIONS} selections with 400 and says so`, async () => {
    const r = await probe(counter, t.anonymous(), `{ setupStatus { ${aliases(MAX_SELECTIONS + 1, 'needsSetup')} } }`);
    expect(r).toMatchObject(refused('GRAPHQL_VALIDATION_FAILED'));
    expect(r.message).toBe(`The operation makes more than ${MAX_SELECTIONS} selections (fragments counted each time they are used); split it.`);
  });

  it('refuses nested fragments that expand past the limit, without expanding them', async () => {
    // 8 levels of 10 spreads: 10^8 selections from a document of a few hundred characters.
    const levels = Array.from({ length: 8 }, (_, i) => `fragment F${i} on SetupStatusType { ${Array.from({ length: 10 }, (_, j) => (i === 7 ? `a${j}: needsSetup` : `...F${i + 1}`)).join(' ')} }`);
    const r = await probe(counter, t.anonymous(), `{ setupStatus { ...F0 } } ${levels.join(' ')}`);
    expect(r).toMatchObject(refused('GRAPHQL_VALIDATION_FAILED'));
    // Walking every expansion takes about 25 s here; measuring each fragment once, milliseconds.
  }, 10_000);
});

describe('invalid variables', () => {
  it.each([
    ['anonymous, a Boolean', 'query($s: Boolean!) { setupStatus @skip(if: $s) { needsSetup } }', { s: 'abc' }],
    ['a page size', 'query($n: Int) { departments(first: $n) { totalCount } }', { n: 'abc' }],
    ['an input field', 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', { i: { email: 1 } }],
  ])('are 400 BAD_USER_INPUT the first time and every time (%s)', async (_, query, variables) => {
    const { client } = await admin();
    const before = await fingerprint(t.db);
    for (let i = 0; i < 2; i++) expect(await probe(counter, client, query, variables)).toMatchObject(refused('BAD_USER_INPUT'));
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe('crafted cursors', () => {
  it.each(['LAST_LOGIN', 'CREATED_AT'])('refuses a non-timestamp value for %s with 400 and runs no list query', async (field) => {
    const { client, employee, idle } = await admin();
    const before = await fingerprint(t.db);
    for (const cursor of [cursorOf(['abc', employee.id]), cursorOf([`${field}:ASC`, 'abc', employee.id]), cursorOf([`${field}:ASC`, '2024-02-30 10:00:00+00', employee.id])]) {
      const r = await probe(counter, client, 'query($a: String, $f: EmployeeOrderField!) { employees(after: $a, orderBy: { field: $f }) { totalCount } }', { a: cursor, f: field });
      expect(r).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', message: 'The `after` cursor is not valid for this list in this order; start again without `after`.' });
      expect(r.statements).toBeLessThanOrEqual(idle + 1);
    }
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('refuses a cursor of another order, and a NUL in a cursor, but continues its own order', async () => {
    const { client, accountId } = await admin();
    for (let i = 0; i < 3; i++) await buildEmployee(t.db, accountId);
    const page = async (after: string | null, field: string) => {
      const r = await client.gql('query($a: String, $f: EmployeeOrderField!) { employees(first: 2, after: $a, orderBy: { field: $f }) { edges { node { id } } pageInfo { endCursor } } }', { a: after, f: field });
      return { errors: r.errors, data: r.data?.employees as { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } } | undefined };
    };
    const first = await page(null, 'LAST_LOGIN');
    const next = await page(first.data?.pageInfo.endCursor ?? null, 'LAST_LOGIN');
    expect(next.errors).toBeUndefined();
    expect(next.data?.edges).toHaveLength(2);
    const other = await page(first.data?.pageInfo.endCursor ?? null, 'NAME');
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const nul = await probe(counter, client, 'query($a: String) { departments(after: $a) { totalCount } }', { a: cursorOf(['NAME:ASC', 'a\u0000', first.data?.edges[0]?.node.id]) });
    expect(nul).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });
});

describe('a NUL character in any text', () => {
  it.each([
    ['a search', 'query($s: String) { employees(filter: { search: $s }) { totalCount } }', { s: 'a\u0000b' }],
    ['a new name', 'mutation($n: String!) { createDepartment(input: { name: $n }) { userErrors { code } } }', { n: 'Ops\u0000' }],
    ['a literal', 'mutation { createUserGroup(input: { name: "Ops\\u0000" }) { userErrors { code } } }', {}],
    ['an employee name inside an input object', 'mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { userErrors { code } } }', { i: { email: 'nul@example.com', firstName: 'A\u0000', surname: 'B', role: 'GENERAL' } }],
  ])('is refused with 400 before anything runs (%s)', async (_, query, variables) => {
    const { client, idle } = await admin();
    const before = await fingerprint(t.db);
    const r = await probe(counter, client, query, variables);
    expect(r).toMatchObject({ ...refused('BAD_USER_INPUT'), message: 'Text must not contain the NUL character (\\u0000).' });
    expect(r.statements).toBe(idle);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('is refused in a login email, before any statement', async () => {
    const before = await fingerprint(t.db);
    const r = await probe(counter, t.anonymous(), 'mutation($e: String!) { login(input: { email: $e, password: "a long enough password" }) { userErrors { code } } }', { e: 'a\u0000@example.com' });
    expect(r).toMatchObject(refused('BAD_USER_INPUT'));
    expect(r.statements).toBe(0);
    expect(await fingerprint(t.db)).toEqual(before);
  });
});
