import { startSession } from '../auth';
import { seedItems, type SeededItems } from '../../scripts/bench/item-seed';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import { buildAccount } from '../../test/factories';
import { startTestGatehouse, TestClient, type TestGatehouse } from '../../test/harness';
import { planProblems, StatementCapture, type PlanLimits } from '../../test/plan-check';

/**
 * The item list reads the rows of its page, not the module: every order, direction and filter,
 * first page and the next, is requested through the API by a GENERAL employee with department
 * scope, two groups and three see levels (about a tenth of the jobs visible), over a seeded and
 * analysed account, and the statements the server sent are EXPLAIN ANALYZEd with their parameters.
 */

const JOBS = 30_000;
const LIMITS: PlanLimits = {
  bigTables: ['items', 'item_shared_groups', 'item_employee_assignments', 'item_checklist_entries'],
  maxSortedRows: 1_000,
  // The walk reads about page ÷ visible share of the order's index (51 ÷ ~8 % ≈ 650 rows),
  // each probed for assignment and sharing; a filter matching a fifth of those reads five times as many.
  maxRowsRead: 12_000,
  countsIndexOnly: false,
};

const PAGE = `query($first: Int, $after: String, $filter: ItemFilter, $orderBy: ItemOrder) {
  items(module: JOBS, first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    pageInfo { hasNextPage endCursor }
    edges { node { id title department { name } ownerGroup { name } sharedGroups { name } assignedEmployees { surname } checklist { text } viewerCanEdit } }
  } }`;

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

const capture = new StatementCapture();
let t: TestGatehouse;
let client: TestClient;
let seeded: SeededItems;

beforeAll(async () => {
  t = await startTestGatehouse(capture);
  const accountId = await buildAccount(t.db);
  seeded = await createUnitOfWork(t.db, null)((tx) => seedItems(tx, accountId, { items: JOBS, employees: 2_000 }));
  await t.db.query('VACUUM ANALYZE');
  client = new TestClient(t.gatehouse);
  const tokens = await createUnitOfWork(t.db, null)((tx) =>
    startSession(tx, t.gatehouse.signingKey, { identityId: seeded.viewer.identityId, accountId }, { ip: '127.0.0.1', userAgent: 'jest' }),
  );
  client.cookies.set('gh_access', tokens.accessToken);
}, 300_000);
afterAll(async () => t.close());

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await client.gql(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.items as Page;
}

async function problemsOfTwoPages(variables: Record<string, unknown>): Promise<string[]> {
  const first = await capture.during(() => page({ first: 50, ...variables }));
  expect(first.result.edges.length).toBeGreaterThan(0);
  const problems = await planProblems(t.db, first.statements, LIMITS);
  const after = first.result.pageInfo.endCursor;
  if (after === null || !first.result.pageInfo.hasNextPage) return problems;
  const later = await capture.during(() => page({ first: 50, after, ...variables }));
  return [...problems, ...(await planProblems(t.db, later.statements, LIMITS))];
}

const ORDERS = (['DUE', 'CREATED', 'TITLE'] as const).flatMap((field) => [[field, 'ASC'] as const, [field, 'DESC'] as const]);

describe('every order reads only its page', () => {
  it.each(ORDERS)('%s %s', async (field, direction) => {
    expect(await problemsOfTwoPages({ orderBy: { field, direction } })).toEqual([]);
  });
});

describe('every filter reads only its page', () => {
  it.each([
    ['open', () => ({ status: 'OPEN' })],
    ['completed', () => ({ status: 'COMPLETED' })],
    ['own department', () => ({ departmentId: seeded.viewer.departmentId })],
    ['assigned to me', () => ({ assignedToMe: true })],
    ['due before next week', () => ({ dueBefore: new Date(Date.now() + 7 * 86_400_000).toISOString() })],
    ['archived included', () => ({ includeArchived: true })],
    ['search', () => ({ search: 'floodlight' })],
    ['short search', () => ({ search: 'ga' })],
  ] as const)('%s', async (_name, filter) => {
    for (const [field, direction] of ORDERS) expect(await problemsOfTwoPages({ filter: filter(), orderBy: { field, direction } })).toEqual([]);
  });
});
