import { buildAccount, buildApiToken, buildEmployee } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { planProblems, StatementCapture, type PlanLimits } from '../../test/plan-check';

/**
 * The token list reads only its page, and authenticating a bearer request is one index probe:
 * an account with thousands of tokens among other accounts' thousands, whose statements (as
 * the server sends them) are EXPLAIN ANALYZEd.
 */

const TOKENS = 5_000;
const LIMITS: PlanLimits = { bigTables: ['api_tokens'], maxSortedRows: 1_000, maxRowsRead: 1_000, countsIndexOnly: true };

const LIST = `query($first: Int, $after: String) {
  apiTokens(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name status createdBy { fullName } } } } }`;

const capture = new StatementCapture();
let t: TestGatehouse;
let admin: TestClient;
let bearer: TestClient;

beforeAll(async () => {
  t = await startTestGatehouse(capture);
  const accountId = await buildAccount(t.db);
  const person = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
  const insertMany = (account: string) =>
    t.db.query(
      `INSERT INTO api_tokens (account_id, name, role, token_hash, created_by_employee_id, created_at)
       SELECT $1::uuid, 'Client ' || i, 'GENERAL', md5($1::text || i), $2::uuid, now() - make_interval(secs => i) FROM generate_series(1, $3::int) i`,
      [account, account === accountId ? person.id : null, TOKENS],
    );
  await insertMany(accountId);
  // Other tenants share the table, as they do in production.
  for (let i = 0; i < 3; i++) await insertMany(await buildAccount(t.db));
  const token = await buildApiToken(t.db, accountId, { role: 'USER_ADMIN' });
  await t.db.query('VACUUM ANALYZE');
  admin = await t.as(person);
  bearer = t.bearer(token.token);
}, 120_000);
afterAll(async () => t.close());

it('the list reads only its page, first and later pages, with an index-only count', async () => {
  const first = await capture.during(() => admin.gql(LIST, { first: 50 }));
  expect(first.result.errors).toBeUndefined();
  const page = first.result.data?.apiTokens as { totalCount: number; pageInfo: { endCursor: string } };
  // And the one token the bearer test uses.
  expect(page.totalCount).toBe(TOKENS + 1);
  const later = await capture.during(() => admin.gql(LIST, { first: 50, after: page.pageInfo.endCursor }));
  expect(later.result.errors).toBeUndefined();
  expect(await planProblems(t.db, [...first.statements, ...later.statements], LIMITS)).toEqual([]);
});

it('a bearer request finds its token with one index probe', async () => {
  const request = await capture.during(() => bearer.gql('{ departments { totalCount } }'));
  expect(request.result.errors).toBeUndefined();
  const lookups = request.statements.filter((s) => /FROM api_tokens/.test(s.sql));
  expect(lookups).toHaveLength(1);
  expect(await planProblems(t.db, lookups, { ...LIMITS, maxRowsRead: 1 })).toEqual([]);
});

it('refuses a page above 200', async () => {
  const r = await admin.gql(LIST, { first: 201 });
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
