import type { DataSource } from 'typeorm';
import { buildAccount, buildEmployee } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { planProblems, StatementCapture, type PlanLimits } from '../../test/plan-check';

/**
 * The employee list reads the rows of its page, not the account: every order, direction,
 * filter and search, first page and a later one, is run through the API on an account big
 * enough that a whole-account read shows, and the statements the server sent are EXPLAIN
 * ANALYZEd with their parameters.
 */

const EMPLOYEES = 30_000;
const FIELDS = ['NAME', 'EMAIL', 'ROLE', 'DEPARTMENT', 'LAST_LOGIN', 'CREATED_AT'] as const;
const LIMITS: PlanLimits = {
  bigTables: ['employees', 'user_group_members', 'employee_module_permissions'],
  // A page is 51 rows; a filter may make the server skip rows or sort a small matching set.
  maxSortedRows: 1_000,
  maxRowsRead: 3_000,
  countsIndexOnly: true,
};

const PAGE = `query($first: Int, $after: String, $filter: EmployeeFilter, $orderBy: EmployeeOrder) {
  employees(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id department { id name } userGroups { id name } permissions { module canAccess seeLevels } } }
  } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

const capture = new StatementCapture();
let t: TestGatehouse;
let client: TestClient;
let departmentIds: string[];
let groupIds: { large: string; small: string; tiny: string };

const FIRST_NAMES = ['Ada', 'Ben', 'Chloe', 'Dev', 'Eva', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia', 'Quin', 'Rosa', 'Sam', 'Tara'];
const SURNAMES = ['Okafor', 'Smith', 'Nguyen', 'Garcia', 'Kowalski', 'Murphy', 'Rossi', 'Haddad', 'Tanaka', 'Olsen', 'Dubois', 'Silva', 'Novak', 'Jensen', 'Patel', 'Moreau', 'Brown', 'Khan', 'Weber', 'Costa'];

/** Set-based, so tens of thousands of rows take a second or two, also on PGlite. */
async function seed(db: DataSource, accountId: string): Promise<void> {
  departmentIds = (
    await db.query(`INSERT INTO departments (account_id, name, name_key) SELECT $1, 'Department ' || i, 'department ' || i FROM generate_series(1, 10) i RETURNING id`, [accountId])
  ).map((r: { id: string }) => r.id);
  const groups: { id: string; name: string }[] = await db.query(
    `INSERT INTO user_groups (account_id, name, name_key)
     SELECT $1, g, lower(g) FROM unnest(ARRAY['Large', 'Small', 'Tiny', 'Other 1', 'Other 2', 'Other 3', 'Other 4']) g RETURNING id, name`,
    [accountId],
  );
  const groupId = (name: string) => groups.find((g) => g.name === name)?.id ?? '';
  groupIds = { large: groupId('Large'), small: groupId('Small'), tiny: groupId('Tiny') };
  await db.query(`INSERT INTO identities (email) SELECT 'plan' || i || '@example.com' FROM generate_series(1, $1::int) i`, [EMPLOYEES]);
  await db.query(
    `INSERT INTO employees (account_id, identity_id, email, first_name, surname, is_active, department_id, role, invitation_state, last_login_at, created_at)
     SELECT $1, idn.id, lower(f) || '.' || lower(s) || '.' || i || '@example.com', f, s, i % 12 <> 0,
            ($2::uuid[])[1 + i % 11],
            (CASE WHEN i % 50 = 0 THEN 'USER_ADMIN' WHEN i % 16 = 0 THEN 'ADMIN' ELSE 'GENERAL' END)::employee_role,
            (CASE WHEN i % 10 < 7 THEN 'ACCEPTED' WHEN i % 10 < 9 THEN 'INVITED' ELSE 'NOT_INVITED' END)::invitation_state,
            CASE WHEN i % 10 < 6 THEN now() - make_interval(secs => (i * 7919) % 10000000) END,
            now() - make_interval(mins => i)
       FROM generate_series(1, $3::int) i
       JOIN identities idn ON idn.email = 'plan' || i || '@example.com'
       -- Names scattered independently of the other columns, as in life.
       CROSS JOIN LATERAL (SELECT ($4::text[])[1 + (i::bigint * 2654435761 % 1000003) % 20] AS f,
                                  ($5::text[])[1 + (i::bigint * 2246822519 % 999983) % 20] AS s) n`,
    [accountId, departmentIds, EMPLOYEES, FIRST_NAMES, SURNAMES],
  );
  // Groups of 30 %, 1 % and 10 people, among four more of about 30 % each.
  await db.query(
    `INSERT INTO user_group_members (group_id, employee_id, account_id)
     SELECT g.id, e.id, $1 FROM employees e JOIN user_groups g ON g.account_id = e.account_id
      WHERE e.account_id = $1 AND CASE g.name WHEN 'Small' THEN abs(hashtext(e.id::text)) % 100 = 0
                                              WHEN 'Tiny' THEN e.email LIKE '%.1_@example.com'
                                              ELSE abs(hashtext(e.id::text || g.id::text)) % 10 < 3 END`,
    [accountId],
  );
  await db.query(
    `INSERT INTO employee_module_permissions (employee_id, module, account_id, can_access, see_levels)
     SELECT id, 'JOBS', $1, true, '{1,2}' FROM employees WHERE account_id = $1 AND role = 'GENERAL'`,
    [accountId],
  );
  // What a database looks like once autovacuum has been by: statistics and the visibility map.
  await db.query('VACUUM ANALYZE');
}

beforeAll(async () => {
  t = await startTestGatehouse(capture);
  const accountId = await buildAccount(t.db);
  await seed(t.db, accountId);
  client = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
}, 120_000);
afterAll(async () => t.close());

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await client.gql(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.employees as Page;
}

/** The plan problems of one page request and of the next page after it. */
async function problemsOfTwoPages(variables: Record<string, unknown>): Promise<string[]> {
  const first = await capture.during(() => page({ first: 50, ...variables }));
  const after = first.result.pageInfo.endCursor;
  const problems = await planProblems(t.db, first.statements, LIMITS);
  if (after === null || !first.result.pageInfo.hasNextPage) return problems;
  const later = await capture.during(() => page({ first: 50, after, ...variables }));
  return [...problems, ...(await planProblems(t.db, later.statements, LIMITS))];
}

describe('every order reads only its page', () => {
  it.each(FIELDS.flatMap((field) => [[field, 'ASC'] as const, [field, 'DESC'] as const]))('%s %s', async (field, direction) => {
    expect(await problemsOfTwoPages({ orderBy: { field, direction } })).toEqual([]);
  });
});

describe('every filter reads only its page', () => {
  const cases: [string, () => Record<string, unknown>][] = [
    ['a department, by name', () => ({ departmentId: departmentIds[3] })],
    ['active', () => ({ isActive: false })],
    ['an invitation state', () => ({ invitationState: 'NOT_INVITED' })],
    ['a common role', () => ({ role: 'ADMIN' })],
    ['a rare role', () => ({ role: 'ACCOUNT_ADMIN' })],
    ['a large group (the Members page)', () => ({ groupId: groupIds.large })],
    ['a small group', () => ({ groupId: groupIds.small })],
    ['a tiny group', () => ({ groupId: groupIds.tiny })],
  ];
  it.each(cases)('%s', async (_name, filter) => {
    expect(await problemsOfTwoPages({ filter: filter() })).toEqual([]);
  });

  it.each(FIELDS)('a department, ordered by %s', async (field) => {
    expect(await problemsOfTwoPages({ filter: { departmentId: departmentIds[5] }, orderBy: { field, direction: 'DESC' } })).toEqual([]);
  });
});

describe('search reads only its page', () => {
  it.each([
    ['an exact email', 'plan-email'],
    ['a surname', 'kowalski'],
    ['surname and first name', 'rossi milo'],
    ['a rare fragment', 'ada.okafor.1'],
    ['a broad fragment', 'an'],
  ])('%s', async (_name, term) => {
    const search = term === 'plan-email' ? (await t.db.query('SELECT email FROM employees ORDER BY email OFFSET 777 LIMIT 1'))[0].email : term;
    const first = await capture.during(() => page({ first: 50, filter: { search } }));
    expect(first.result.edges.length).toBeGreaterThan(0);
    const later = first.result.pageInfo.hasNextPage ? await capture.during(() => page({ first: 50, after: first.result.pageInfo.endCursor, filter: { search } })) : null;
    // A search count reads the matching rows (trigram matches need a recheck): only the page is held to the limits.
    const pageStatements = [...first.statements, ...(later?.statements ?? [])].filter((s) => !/^\s*SELECT count\(\*\)/i.test(s.sql));
    // The matches of a search are sorted: a surname is a few percent of the account, not the account.
    expect(await planProblems(t.db, pageStatements, { ...LIMITS, maxSortedRows: EMPLOYEES / 10, maxRowsRead: EMPLOYEES / 10 })).toEqual([]);
  });

  it('counts the matches of a trigram search in the page statement, exactly, on every page', async () => {
    const search = 'kowalski';
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM employees WHERE (first_name || ' ' || surname || ' ' || first_name || E'\\n' || email) ILIKE '%kowalski%'`,
    );
    expect(n).toBeGreaterThan(100);
    const first = await capture.during(() => page({ first: 50, filter: { search }, orderBy: { field: 'EMAIL', direction: 'DESC' } }));
    const after = first.result.pageInfo.endCursor;
    const later = await capture.during(() => page({ first: 50, after, filter: { search }, orderBy: { field: 'EMAIL', direction: 'DESC' } }));
    expect([first.result.totalCount, later.result.totalCount]).toEqual([n, n]);
    // Each page's statement counts the matches: no count statement, no second pass over them.
    expect([...first.statements, ...later.statements].filter((s) => /count\(\*\)/i.test(s.sql)).length).toBe(2);
    expect([...first.statements, ...later.statements].filter((s) => /^\s*SELECT count\(\*\)/i.test(s.sql))).toEqual([]);
    expect(await planProblems(t.db, [...first.statements, ...later.statements], { ...LIMITS, maxSortedRows: EMPLOYEES / 10, maxRowsRead: EMPLOYEES / 10 })).toEqual([]);
  });

  it('counts a search whose page is empty (a cursor past the last match) with the count statement', async () => {
    const all = await page({ first: 200, filter: { search: 'ada.okafor.1' } });
    expect(all.pageInfo.hasNextPage).toBe(false);
    const empty = await capture.during(() => page({ first: 50, after: all.pageInfo.endCursor, filter: { search: 'ada.okafor.1' } }));
    expect(empty.result.edges).toEqual([]);
    expect(empty.result.totalCount).toBe(all.totalCount);
    expect(all.totalCount).toBe(all.edges.length);
    expect(empty.statements.filter((s) => /^\s*SELECT count\(\*\)/i.test(s.sql)).length).toBe(1);
  });
});

describe('totalCount', () => {
  it('is exact, and not computed when not asked for', async () => {
    const counted = await capture.during(() => page({ filter: { departmentId: departmentIds[3] } }));
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM employees WHERE department_id = $1', [departmentIds[3]]);
    expect(counted.result.totalCount).toBe(n);
    const lean = await capture.during(() => client.gql('query { employees(first: 5) { edges { node { id } } } }'));
    expect(lean.result.errors).toBeUndefined();
    expect(lean.statements.some((s) => /count\(\*\)/i.test(s.sql))).toBe(false);
    expect(counted.statements.some((s) => /count\(\*\)/i.test(s.sql))).toBe(true);
  });
});

describe('the department order follows renames and deletions', () => {
  it('re-sorts employees when their department is renamed, and puts them first when it is deleted', async () => {
    const departmentOrder = async (direction: string) => (await page({ first: 1, orderBy: { field: 'DEPARTMENT', direction } })).edges[0]?.node.id;
    const [moved] = await t.db.query(`SELECT id FROM employees WHERE department_id = $1 LIMIT 1`, [departmentIds[0]]);
    const departmentOf = async (id: string) => (await t.db.query('SELECT department_sort AS s FROM employees WHERE id = $1', [id]))[0]?.s;
    await t.db.query(`UPDATE departments SET name = 'ZZZ Last', name_key = 'zzz last' WHERE id = $1`, [departmentIds[0]]);
    expect(await departmentOf(moved.id)).toBe('zzz last');
    const lastDesc = await departmentOrder('DESC');
    expect((await t.db.query('SELECT department_id FROM employees WHERE id = $1', [lastDesc]))[0].department_id).toBe(departmentIds[0]);
    await t.db.query(`UPDATE employees SET department_id = $2 WHERE id = $1`, [moved.id, departmentIds[1]]);
    expect(await departmentOf(moved.id)).toBe('department 2');
    await t.db.query(`DELETE FROM departments WHERE id = $1`, [departmentIds[1]]);
    expect(await departmentOf(moved.id)).toBe('');
  });
});
