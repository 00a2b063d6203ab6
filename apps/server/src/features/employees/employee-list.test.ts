import { QueryCounter } from '../../test/query-counter';
import { buildAccount, buildDepartment, buildEmployee, buildUserGroup } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';

const PAGE = `query($first: Int, $after: String, $filter: EmployeeFilter, $orderBy: EmployeeOrder) {
  employees(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id fullName email role isActive department { id name memberCount } userGroups { id name memberCount }
      permissions { module canAccess isModuleAdmin seeScope editScope seeLevels editLevels locked { canAccess seeLevels } } } }
  } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; fullName: string; email: string; role: string; isActive: boolean; department: { name: string } | null; userGroups: { name: string }[] } }[];
}

const counter = new QueryCounter();
let t: TestGatehouse;
let client: TestClient;
let departments: string[];
let groups: string[];
const EMPLOYEES = 60;

beforeAll(async () => {
  t = await startTestGatehouse(counter);
  const accountId = await buildAccount(t.db);
  departments = [await buildDepartment(t.db, accountId, 'Security'), await buildDepartment(t.db, accountId, 'Medical')];
  groups = [await buildUserGroup(t.db, accountId, 'North Stand'), await buildUserGroup(t.db, accountId, 'Night Shift')];
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', firstName: 'Ada', surname: 'Zyx', email: 'ada.admin@example.com' });
  for (let i = 0; i < EMPLOYEES - 1; i++) {
    await buildEmployee(t.db, accountId, {
      role: i % 7 === 0 ? 'ADMIN' : 'GENERAL',
      firstName: `Person${String(i).padStart(2, '0')}`,
      surname: `Family${String(59 - i).padStart(2, '0')}`,
      isActive: i % 10 !== 0,
      departmentId: departments[i % 3] ?? null,
      groupIds: groups.slice(0, i % 3),
      permissions: i % 2 ? [{ module: 'JOBS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'NONE', seeLevels: [1, 2], editLevels: [] }] : [],
    });
  }
  client = await t.as(admin);
});
afterAll(async () => t.close());

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await client.gql(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.employees as Page;
}

describe('SQL statements per page', () => {
  it.each([1, 10, 25, 50])('first: %i runs the same fixed number of statements', async (first) => {
    const { result, statements } = await counter.during(() => page({ first }));
    expect(result.edges).toHaveLength(first);
    // session + principal, the page with its relations, the count, member counts of departments and of groups
    expect(statements).toHaveLength(5);
  });

  it.each([1, 50])('first: %i without member counts runs three statements, like hand-written SQL', async (first) => {
    const lean = `query($first: Int) { employees(first: $first) { totalCount edges { node { id fullName department { id name } userGroups { id name }
      permissions { module canAccess seeLevels editLevels } } } } }`;
    const { result, statements } = await counter.during(() => client.gql(lean, { first }));
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(3);
  });
});

describe('paging, filtering and ordering', () => {
  it('walks every employee exactly once with cursors, in name order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page = await page({ first: 7, after });
      seen.push(...p.edges.map((e) => e.node.id));
      expect(p.totalCount).toBe(EMPLOYEES);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(EMPLOYEES);
    expect(new Set(seen).size).toBe(EMPLOYEES);
  });

  it.each(['NAME', 'EMAIL', 'ROLE', 'DEPARTMENT', 'LAST_LOGIN', 'CREATED_AT'])('pages by %s both ways without gaps or repeats', async (field) => {
    for (const direction of ['ASC', 'DESC']) {
      const all = (await page({ first: 200, orderBy: { field, direction } })).edges.map((e) => e.node.id);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const p: Page = await page({ first: 9, after, orderBy: { field, direction } });
        paged.push(...p.edges.map((e) => e.node.id));
        after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
      } while (after);
      expect(paged).toEqual(all);
    }
  });

  it.each(['NAME', 'EMAIL', 'ROLE', 'DEPARTMENT', 'LAST_LOGIN', 'CREATED_AT'])(
    'pages a trigram search by %s both ways: exactly the matches, in order, counted on every page',
    async (field) => {
      // "family1" matches the surnames Family10–Family19 and nobody else.
      const matches: { id: string }[] = await t.db.query(`SELECT id FROM employees WHERE surname ILIKE 'family1%'`);
      expect(matches).toHaveLength(10);
      for (const direction of ['ASC', 'DESC']) {
        const filter = { search: 'family1' };
        const all = (await page({ first: 200, filter, orderBy: { field, direction } })).edges.map((e) => e.node.id);
        const ordered = (await page({ first: 200, orderBy: { field, direction } })).edges.map((e) => e.node.id);
        expect(all).toEqual(ordered.filter((id) => matches.some((m) => m.id === id)));
        const paged: string[] = [];
        let after: string | null = null;
        do {
          const p: Page = await page({ first: 3, after, filter, orderBy: { field, direction } });
          expect(p.totalCount).toBe(10);
          paged.push(...p.edges.map((e) => e.node.id));
          after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
        } while (after);
        expect(paged).toEqual(all);
      }
    },
  );

  it('searches what a person is called now, in any case: a rename moves them in search at once', async () => {
    const search = async (text: string) => (await page({ filter: { search: text }, first: 200 })).edges.map((e) => e.node.id);
    const [target] = (await page({ filter: { search: 'person33' } })).edges;
    if (target === undefined) throw new Error('no Person33');
    const rename = (surname: string) =>
      client.gql(`mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { userErrors { code } } }`, { input: { id: target.node.id, surname } });
    expect((await rename('Ðurović-Ångström')).data?.updateEmployee).toEqual({ userErrors: [] });
    expect(await search('person33 ðurović')).toEqual([target.node.id]);
    expect(await search('ÐUROVIĆ')).toEqual([target.node.id]);
    expect(await search('ångström')).toEqual([target.node.id]);
    expect(await search('family26')).toEqual([]);
    expect((await rename('Family26')).data?.updateEmployee).toEqual({ userErrors: [] });
    expect(await search('family26')).toEqual([target.node.id]);
    expect(await search('ångström')).toEqual([]);
  });

  it('filters by search, department, group, role and active', async () => {
    expect((await page({ filter: { search: 'person0' } })).totalCount).toBe(10);
    expect((await page({ filter: { search: 'ADA.ADMIN@' } })).edges.map((e) => e.node.email)).toEqual(['ada.admin@example.com']);
    expect((await page({ filter: { search: 'family59 person00' } })).totalCount).toBe(1);
    expect((await page({ filter: { search: '%' } })).totalCount).toBe(0);
    const security = await page({ filter: { departmentId: departments[0] }, first: 200 });
    expect(security.edges.every((e) => e.node.department?.name === 'Security')).toBe(true);
    expect(security.totalCount).toBe(20);
    const night = await page({ filter: { groupId: groups[1] }, first: 200 });
    expect(night.edges.every((e) => e.node.userGroups.some((g) => g.name === 'Night Shift'))).toBe(true);
    expect((await page({ filter: { role: 'ADMIN' } })).totalCount).toBe(9);
    expect((await page({ filter: { isActive: false } })).totalCount).toBe(6);
    expect((await page({ filter: { departmentId: 'not-a-uuid' } })).totalCount).toBe(0);
  });

  it('refuses a forged cursor with a clear error', async () => {
    const result = await client.gql(PAGE, { after: 'bm90IGEgY3Vyc29y' });
    expect(result.errors?.[0]).toMatchObject({ message: 'The `after` cursor is not valid for this list in this order; start again without `after`.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
