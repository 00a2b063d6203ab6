import { buildAccount, buildEmployee } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { planProblems, StatementCapture, type PlanLimits } from '../../test/plan-check';

/**
 * The problems of an import are read a page at a time through indexes, whatever the size of
 * the file: a job with 40,000 problems (and another job beside it) is paged and filtered through
 * the API, and the statements the server sent are EXPLAIN ANALYZEd with their parameters.
 */

const PROBLEMS = 40_000;
const LIMITS: PlanLimits = { bigTables: ['employee_import_errors'], maxSortedRows: 1_000, maxRowsRead: 3_000, countsIndexOnly: true };
const PAGE = `query($id: ID!, $after: String, $filter: EmployeeImportErrorFilter) {
  employeeImport(id: $id) { id errors(first: 50, after: $after, filter: $filter) { totalCount pageInfo { endCursor } edges { node { rowNumber column } } } } }`;

const capture = new StatementCapture();
let t: TestGatehouse;
let client: TestClient;
let jobId: string;

beforeAll(async () => {
  t = await startTestGatehouse(capture);
  const accountId = await buildAccount(t.db);
  client = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
  const jobs: { id: string }[] = await t.db.query(
    `INSERT INTO employee_import_jobs (account_id, file_name, state) SELECT $1, 'f' || i || '.csv', 'READY' FROM generate_series(1, 2) i RETURNING id`,
    [accountId],
  );
  jobId = jobs[0]?.id ?? '';
  for (const job of jobs) {
    await t.db.query(
      `INSERT INTO employee_import_errors (job_id, row_number, seq, "column", code, message)
       SELECT $1, 2 + i / 2, i % 2, CASE WHEN i % 4 = 0 THEN 'email' WHEN i % 4 = 1 THEN 'role' ELSE 'JOBS.seeLevels' END, 'INVALID_INPUT', 'Bad ' || i
         FROM generate_series(0, $2 - 1) i`,
      [job.id, PROBLEMS],
    );
  }
  // As the preview leaves it: the job counts its problems.
  await t.db.query('UPDATE employee_import_jobs SET error_count = $2 WHERE account_id = $1', [accountId, PROBLEMS]);
  await t.db.query('ANALYZE employee_import_errors');
}, 120_000);
afterAll(async () => t.close());

async function page(variables: Record<string, unknown>) {
  const result = await client.gql(PAGE, { id: jobId, ...variables });
  const errors = (result.data?.employeeImport as { errors: { totalCount: number; pageInfo: { endCursor: string | null }; edges: { node: { rowNumber: number } }[] } }).errors;
  return errors;
}

it.each([
  ['all columns', null],
  ['one column', { column: 'role' }],
  ['whole-row problems', { column: '' }],
])('pages the problems of %s through an index', async (_name, filter) => {
  const first = await capture.during(() => page({ filter }));
  const after = first.result.pageInfo.endCursor;
  const later = after ? await capture.during(() => page({ filter, after })) : first;
  expect(await planProblems(t.db, [...first.statements, ...later.statements], LIMITS)).toEqual([]);
  if (filter === null) {
    expect(first.result.totalCount).toBe(PROBLEMS);
    expect(later.result.edges[0]?.node.rowNumber).toBeGreaterThanOrEqual(first.result.edges.at(-1)?.node.rowNumber ?? 0);
  }
});

it('refuses a page larger than the limit and a cursor that is not its own', async () => {
  const big = await client.gql('query($id: ID!) { employeeImport(id: $id) { errors(first: 201) { totalCount } } }', { id: jobId });
  expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const bad = await client.gql('query($id: ID!) { employeeImport(id: $id) { errors(after: "nope") { totalCount } } }', { id: jobId });
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
