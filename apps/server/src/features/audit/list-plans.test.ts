import { buildAccount, buildEmployee } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { planProblems, StatementCapture, type PlanLimits } from '../../test/plan-check';

/**
 * The audit log, departments and user groups read the rows of their page, with every
 * audit filter: an account with tens of thousands of events, thousands of departments and
 * groups, whose statements (as the server sends them) are EXPLAIN ANALYZEd.
 */

const EVENTS = 60_000;
/** Departments and groups: more than any venue has, so a whole-table read shows. */
const NAMED = 5_000;
const LIMITS: PlanLimits = {
  // This account has few employees: only the tables that are big here are held to it.
  bigTables: ['audit_events', 'departments', 'user_groups'],
  maxSortedRows: 1_000,
  maxRowsRead: 1_000,
  countsIndexOnly: true,
};

const AUDIT = `query($first: Int, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id at action actor { id fullName } targetId } }
  } }`;

const capture = new StatementCapture();
let t: TestGatehouse;
let client: TestClient;
let actorId: string;
let targetId: string;

beforeAll(async () => {
  t = await startTestGatehouse(capture);
  const accountId = await buildAccount(t.db);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
  actorId = admin.id;
  const other = await buildEmployee(t.db, accountId, { role: 'USER_ADMIN' });
  targetId = other.id;
  await t.db.query(
    `INSERT INTO departments (account_id, name, name_key) SELECT $1, 'Department ' || i, 'department ' || i FROM generate_series(1, $2::int) i`,
    [accountId, NAMED],
  );
  await t.db.query(`INSERT INTO user_groups (account_id, name, name_key) SELECT $1, 'Group ' || i, 'group ' || i FROM generate_series(1, $2::int) i`, [accountId, NAMED]);
  // Other tenants share the tables, as they do in production.
  for (let other = 0; other < 3; other++) {
    const otherId = await buildAccount(t.db);
    await t.db.query(`INSERT INTO departments (account_id, name, name_key) SELECT $1, 'D' || i, 'd' || i FROM generate_series(1, $2::int) i`, [otherId, NAMED]);
    await t.db.query(`INSERT INTO user_groups (account_id, name, name_key) SELECT $1, 'G' || i, 'g' || i FROM generate_series(1, $2::int) i`, [otherId, NAMED]);
  }
  // Many actors, twenty actions, targets mostly distinct; one actor and one target appear a few hundred times.
  await t.db.query(
    `INSERT INTO audit_events (account_id, actor_employee_id, action, target_type, target_id, data, at)
     SELECT $1, CASE WHEN i % 100 = 0 THEN $2::uuid ELSE gen_random_uuid() END, 'action.' || (i % 20), 'employee',
            CASE WHEN i % 150 = 0 THEN $3::uuid ELSE gen_random_uuid() END, '{}', now() - make_interval(secs => i * 10)
       FROM generate_series(1, $4::int) i`,
    [accountId, actorId, targetId, EVENTS],
  );
  await t.db.query('VACUUM ANALYZE');
  client = await t.as(admin);
}, 120_000);
afterAll(async () => t.close());

async function problemsOf(query: string, field: string, variables: Record<string, unknown>, limits = LIMITS): Promise<string[]> {
  const first = await capture.during(() => client.gql(query, { first: 50, ...variables }));
  expect(first.result.errors).toBeUndefined();
  const connection = first.result.data?.[field] as { pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  const problems = await planProblems(t.db, first.statements, limits);
  if (!connection.pageInfo.hasNextPage) return problems;
  const later = await capture.during(() => client.gql(query, { first: 50, after: connection.pageInfo.endCursor, ...variables }));
  return [...problems, ...(await planProblems(t.db, later.statements, limits))];
}

describe('the audit log reads only its page', () => {
  const from = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
  const to = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
  it.each([
    ['no filter', {}],
    ['an actor', { actorId: 'actor' }],
    ['an action', { action: 'action.7' }],
    ['a target', { targetId: 'target' }],
    ['a date range', { from, to }],
    ['an action in a date range', { action: 'action.3', from, to }],
  ])('%s', async (_name, filter: Record<string, string>) => {
    const values = { ...filter, ...(filter.actorId ? { actorId } : {}), ...(filter.targetId ? { targetId } : {}) };
    // A count over several conditions reads the rows of one of their indexes' ranges.
    const limits = Object.keys(values).length > 1 ? { ...LIMITS, countsIndexOnly: false } : LIMITS;
    expect(await problemsOf(AUDIT, 'auditEvents', { filter: values }, limits)).toEqual([]);
  });

  it('filters exactly, and pages newest first without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    do {
      const r = await client.gql(AUDIT, { first: 200, after, filter: { actorId } });
      const c = r.data?.auditEvents as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; actor: { id: string } } }[] };
      expect(c.edges.every((e) => e.node.actor.id === actorId)).toBe(true);
      seen.push(...c.edges.map((e) => e.node.id));
      total = c.totalCount;
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    } while (after);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM audit_events WHERE actor_employee_id = $1', [actorId]);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    expect(total).toBe(n);
  });
});

describe('departments and user groups read only their page', () => {
  it.each([
    ['departments', 'departments', 'DepartmentFilter'],
    ['userGroups', 'userGroups', 'UserGroupFilter'],
  ])('%s, both directions and a search', async (field, _f, filterType) => {
    const query = `query($first: Int, $after: String, $filter: ${filterType}, $orderBy: NameOrder) {
      ${field}(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
    expect(await problemsOf(query, field, { orderBy: { direction: 'ASC' } })).toEqual([]);
    expect(await problemsOf(query, field, { orderBy: { direction: 'DESC' } })).toEqual([]);
    // A name search's count rechecks the trigram matches in the table.
    expect(await problemsOf(query, field, { filter: { search: 'ment 12' } }, { ...LIMITS, countsIndexOnly: false })).toEqual([]);
  });
});
