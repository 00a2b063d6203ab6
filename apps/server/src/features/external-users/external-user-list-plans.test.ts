import type { DataSource } from 'typeorm';
import { buildAccount, buildEmployee, buildExternalUser } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { planProblems, StatementCapture, type PlanLimits } from '../../test/plan-check';

/**
 * The external user list reads the rows of its page, not the account: every order and
 * direction, first page and a later one, and searches, run through the API on an account big
 * enough that a whole-account read shows; the statements the server sent are EXPLAIN ANALYZEd
 * with their parameters.
 */

const EXTERNAL_USERS = 30_000;
const FIELDS = ['NAME', 'EMAIL', 'CREATED_AT'] as const;
const DIRECTIONS = ['ASC', 'DESC'] as const;
const LIMITS: PlanLimits = { bigTables: ['external_users'], maxSortedRows: 1_000, maxRowsRead: 1_000, countsIndexOnly: true };

const PAGE = `query($first: Int, $after: String, $filter: ExternalUserFilter, $orderBy: ExternalUserOrder) {
  externalUsers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName email createdAt lastVerifiedAt openItemCount } }
  } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

const capture = new StatementCapture();
let t: TestGatehouse;
let client: TestClient;
let smallClient: TestClient;
let smallIds: string[];

const FIRST_NAMES = ['Ada', 'Ben', 'Chloe', 'Dev', 'Eva', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia', 'Quin', 'Rosa', 'Sam', 'Tara'];
const LAST_NAMES = ['Okafor', 'Smith', 'Nguyen', 'Garcia', 'Kowalski', 'Murphy', 'Rossi', 'Haddad', 'Tanaka', 'Olsen', 'Dubois', 'Silva', 'Novak', 'Jensen', 'Patel', 'Moreau', 'Brown', 'Khan', 'Weber', 'Costa'];

/** Set-based, so tens of thousands of rows take a second or two, also on PGlite. */
async function seed(db: DataSource, accountId: string): Promise<void> {
  await db.query(
    `INSERT INTO external_users (account_id, email, first_name, last_name, created_at)
     SELECT $1, lower(f) || '.' || lower(l) || '.' || i || '@contractor.example', f, l, now() - make_interval(mins => (i * 7919) % 100000)
       FROM generate_series(1, $2::int) i
       CROSS JOIN LATERAL (SELECT ($3::text[])[1 + (i::bigint * 2654435761 % 1000003) % 20] AS f,
                                  ($4::text[])[1 + (i::bigint * 2246822519 % 999983) % 20] AS l) n`,
    [accountId, EXTERNAL_USERS, FIRST_NAMES, LAST_NAMES],
  );
  await db.query('VACUUM ANALYZE');
}

beforeAll(async () => {
  t = await startTestGatehouse(capture);
  const accountId = await buildAccount(t.db);
  await seed(t.db, accountId);
  client = await t.as(await buildEmployee(t.db, accountId, { role: 'USER_ADMIN' }));
  // A small account where names, and creation times, repeat: paging must still neither skip nor repeat.
  const small = await buildAccount(t.db);
  smallIds = [];
  for (let i = 0; i < 23; i++) smallIds.push(await buildExternalUser(t.db, small, { firstName: i % 3 === 0 ? 'Same' : `F${i}`, lastName: i % 2 === 0 ? 'Twin' : `L${i % 5}` }));
  await t.db.query(`UPDATE external_users SET created_at = '2026-01-01T00:00:00Z' WHERE account_id = $1 AND last_name = 'Twin'`, [small]);
  smallClient = await t.as(await buildEmployee(t.db, small, { role: 'ACCOUNT_ADMIN' }));
}, 120_000);
afterAll(async () => t.close());

async function page(c: TestClient, variables: Record<string, unknown>): Promise<Page> {
  const result = await c.gql(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.externalUsers as Page;
}

async function problemsOfTwoPages(variables: Record<string, unknown>): Promise<string[]> {
  const first = await capture.during(() => page(client, { first: 50, ...variables }));
  const problems = await planProblems(t.db, first.statements, LIMITS);
  const after = first.result.pageInfo.endCursor;
  expect(first.result.pageInfo.hasNextPage).toBe(true);
  const later = await capture.during(() => page(client, { first: 50, after, ...variables }));
  expect(later.result.edges).toHaveLength(50);
  return [...problems, ...(await planProblems(t.db, later.statements, LIMITS))];
}

describe('every order reads only its page', () => {
  it.each(FIELDS.flatMap((field) => DIRECTIONS.map((direction) => [field, direction] as const)))('%s %s', async (field, direction) => {
    expect(await problemsOfTwoPages({ orderBy: { field, direction } })).toEqual([]);
  });

  it('the unfiltered count is one row, not the account', async () => {
    const counted = await capture.during(() => page(client, { first: 1 }));
    expect(counted.result.totalCount).toBe(EXTERNAL_USERS);
    expect(counted.statements.some((s) => /external_user_counts/.test(s.sql))).toBe(true);
    // No statement counts the external users themselves (the page's open-item counts are per row).
    expect(counted.statements.some((s) => /count\(\*\)[\s\S]*FROM external_users\b/i.test(s.sql))).toBe(false);
    const lean = await capture.during(() => client.gql('query { externalUsers(first: 5) { edges { node { id } } } }'));
    expect(lean.statements.some((s) => /external_user_counts|count\(\*\)/i.test(s.sql))).toBe(false);
  });
});

describe('search reads only its matches', () => {
  it.each([
    ['an exact email', 'EMAIL'],
    ['a last name', 'kowalski'],
    ['last name and first name', 'rossi milo'],
    ['a rare fragment', 'ada.okafor.1'],
    ['a broad two-letter fragment', 'an'],
  ])('%s', async (_name, term) => {
    const search = term === 'EMAIL' ? (await t.db.query('SELECT email FROM external_users ORDER BY email OFFSET 777 LIMIT 1'))[0].email : term;
    for (const field of FIELDS) {
      const first = await capture.during(() => page(client, { first: 50, filter: { search }, orderBy: { field, direction: 'DESC' } }));
      expect(first.result.edges.length).toBeGreaterThan(0);
      const pageStatements = first.statements.filter((s) => !/^\s*SELECT count\(\*\)/i.test(s.sql));
      // A surname is a few percent of the account: its matches are sorted, not the account.
      expect(await planProblems(t.db, pageStatements, { ...LIMITS, maxSortedRows: EXTERNAL_USERS / 10, maxRowsRead: EXTERNAL_USERS / 10 })).toEqual([]);
    }
  });

  it('counts exactly', async () => {
    const counted = await page(client, { first: 1, filter: { search: 'kowalski' } });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM external_users WHERE last_name = 'Kowalski'`);
    expect(counted.totalCount).toBe(n);
  });
});

describe('paging', () => {
  it.each(FIELDS.flatMap((field) => DIRECTIONS.map((direction) => [field, direction] as const)))('%s %s: every row once, in order, pages of 4', async (field, direction) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const p: Page = await page(smallClient, { first: 4, after, orderBy: { field, direction } });
      seen.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect([...seen].sort()).toEqual([...smallIds].sort());
    expect(new Set(seen).size).toBe(seen.length);
    const whole = await page(smallClient, { first: 200, orderBy: { field, direction } });
    expect(seen).toEqual(whole.edges.map((e) => e.node.id));
  });

  it('refuses a page size above the limit, and a cursor of another order', async () => {
    const big = await smallClient.gql(PAGE, { first: 201 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const p = await page(smallClient, { first: 2, orderBy: { field: 'EMAIL', direction: 'ASC' } });
    const wrong = await smallClient.gql(PAGE, { first: 2, after: p.pageInfo.endCursor, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
