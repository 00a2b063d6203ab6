import type { ConfidentialLevel, EditScope, ModulePermission, Role, SeeScope } from '@gatehouse/access';
import { buildAccount, buildDepartment, buildEmployee, buildUserGroup, type BuiltEmployee } from '../../test/factories';
import { buildItems, type ItemSpec } from '../../test/item-factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { assignExternalUsers, portalBrowserFor, type PortalBrowser } from '../../test/portal-client';
import { buildExternalUser } from '../../test/factories';

/**
 * Who sees and edits which job, through the API: the list, the single read and an edit, for
 * every kind of viewer over items in every combination of department, confidential level,
 * owner group, shared group and assignment. The expectation below is the product rule written
 * out independently of the access package (which the server uses), so a mistake in either shows.
 */

interface Item {
  id: string;
  title: string;
  department: 'D1' | 'D2' | null;
  level: number | null;
  owner: 'G1' | null;
  shared: 'G1' | null;
  assigned: boolean;
  /** Assigned to the external user of the table (every third item, whatever its other facts). */
  external: boolean;
}

interface Viewer {
  name: string;
  role: Role;
  /** The stored JOBS permission; null: none stored. */
  jobs: { canAccess: boolean; isModuleAdmin?: boolean; see: SeeScope; edit: EditScope; seeLevels: number[]; editLevels: number[] } | null;
  department: 'D1' | 'D2' | null;
  groups: ('G1' | 'G2')[];
  /** The one employee every "assigned" item is assigned to. */
  isAssignee?: boolean;
}

const VIEWERS: Viewer[] = [
  { name: 'account admin', role: 'ACCOUNT_ADMIN', jobs: null, department: null, groups: [] },
  { name: 'user admin with level 3 to see', role: 'USER_ADMIN', jobs: { canAccess: false, see: 'DEPARTMENT', edit: 'NONE', seeLevels: [3], editLevels: [] }, department: null, groups: [] },
  { name: 'admin with levels 3 and 7', role: 'ADMIN', jobs: { canAccess: false, see: 'DEPARTMENT', edit: 'NONE', seeLevels: [3, 7], editLevels: [3, 7] }, department: 'D2', groups: [] },
  { name: 'admin without levels', role: 'ADMIN', jobs: null, department: null, groups: ['G1'] },
  { name: 'general without access', role: 'GENERAL', jobs: null, department: 'D1', groups: ['G1'] },
  { name: 'general, see all, read-only, level 3', role: 'GENERAL', jobs: { canAccess: true, see: 'ALL', edit: 'NONE', seeLevels: [3], editLevels: [] }, department: 'D1', groups: [] },
  { name: 'general, all, edits level 7', role: 'GENERAL', jobs: { canAccess: true, see: 'ALL', edit: 'ALL', seeLevels: [3, 7], editLevels: [7] }, department: null, groups: [] },
  { name: 'general, department D1, edits level 3', role: 'GENERAL', jobs: { canAccess: true, see: 'DEPARTMENT', edit: 'DEPARTMENT', seeLevels: [3], editLevels: [3] }, department: 'D1', groups: [] },
  { name: 'general, department scope, group G1, read-only', role: 'GENERAL', jobs: { canAccess: true, see: 'DEPARTMENT', edit: 'NONE', seeLevels: [], editLevels: [] }, department: null, groups: ['G1'] },
  { name: 'general, department scope, only assignments', role: 'GENERAL', jobs: { canAccess: true, isModuleAdmin: true, see: 'DEPARTMENT', edit: 'DEPARTMENT', seeLevels: [3, 7], editLevels: [7] }, department: null, groups: [], isAssignee: true },
  { name: 'general, department D2, group G2', role: 'GENERAL', jobs: { canAccess: true, see: 'DEPARTMENT', edit: 'DEPARTMENT', seeLevels: [7], editLevels: [7] }, department: 'D2', groups: ['G2'] },
];

/** The rule, independently: role floors, then levels, then scope. */
function expected(v: Viewer, item: Item, mode: 'see' | 'edit'): boolean {
  if (v.role === 'ACCOUNT_ADMIN') return true;
  const roleGrantsAll = v.role === 'USER_ADMIN' || v.role === 'ADMIN';
  const access = roleGrantsAll || (v.jobs?.canAccess ?? false);
  if (!access) return false;
  const scope = roleGrantsAll ? 'ALL' : mode === 'see' ? v.jobs?.see : v.jobs?.edit;
  if (scope === 'NONE') return false;
  const levels = (mode === 'see' ? v.jobs?.seeLevels : v.jobs?.editLevels) ?? [];
  if (item.level !== null && !levels.includes(item.level)) return false;
  if (scope === 'ALL') return true;
  const inGroup = (g: 'G1' | null) => g !== null && v.groups.includes(g);
  return (v.department !== null && item.department === v.department) || (item.assigned && v.isAssignee === true) || inGroup(item.owner) || inGroup(item.shared);
}

let t: TestGatehouse;
let items: Item[];
const clients = new Map<string, TestClient>();
/** The external user assigned to the `external` items, and one assigned to nothing, in the portal. */
let assignedSteward: PortalBrowser;
let idleSteward: PortalBrowser;

beforeAll(async () => {
  t = await startTestGatehouse();
  const accountId = await buildAccount(t.db);
  const departments = { D1: await buildDepartment(t.db, accountId), D2: await buildDepartment(t.db, accountId) };
  const groups = { G1: await buildUserGroup(t.db, accountId), G2: await buildUserGroup(t.db, accountId) };
  const employees = new Map<string, BuiltEmployee>();
  for (const v of VIEWERS) {
    const permissions: ModulePermission[] = v.jobs
      ? [{ module: 'JOBS', canAccess: v.jobs.canAccess, isModuleAdmin: v.jobs.isModuleAdmin ?? false, seeScope: v.jobs.see, editScope: v.jobs.edit, seeLevels: v.jobs.seeLevels as ConfidentialLevel[], editLevels: v.jobs.editLevels as ConfidentialLevel[] }]
      : [];
    const employee = await buildEmployee(t.db, accountId, {
      role: v.role,
      departmentId: v.department ? departments[v.department] : null,
      groupIds: v.groups.map((g) => groups[g]),
      permissions,
    });
    employees.set(v.name, employee);
    clients.set(v.name, await t.as(employee));
  }
  const assignee = employees.get(VIEWERS.find((v) => v.isAssignee)?.name ?? '');
  if (!assignee) throw new Error('no assignee viewer');
  items = [];
  for (const department of ['D1', 'D2', null] as const)
    for (const level of [null, 3, 7])
      for (const owner of ['G1', null] as const)
        for (const shared of ['G1', null] as const)
          for (const assigned of [true, false])
            items.push({ id: '', title: `${department}-${level}-${owner}-${shared}-${assigned}`, department, level, owner, shared, assigned, external: items.length % 3 === 0 });
  const specs: ItemSpec[] = items.map((i) => ({
    title: i.title,
    departmentId: i.department ? departments[i.department] : null,
    confidentialLevel: i.level,
    ownerGroupId: i.owner ? groups[i.owner] : null,
    sharedGroupIds: i.shared ? [groups[i.shared]] : [],
    assignedEmployeeIds: i.assigned ? [assignee.id] : [],
  }));
  const ids = await buildItems(t.db, accountId, specs);
  items = items.map((i, n) => ({ ...i, id: ids[n] ?? '' }));
  const steward = await buildExternalUser(t.db, accountId);
  await assignExternalUsers(t, accountId, items.filter((i) => i.external).map((i) => ({ itemId: i.id, externalUserId: steward })));
  assignedSteward = await portalBrowserFor(t, accountId, steward);
  idleSteward = await portalBrowserFor(t, accountId, await buildExternalUser(t.db, accountId));
  // An incident visible to everyone with JOBS access must never appear in the JOBS list.
  await buildItems(t.db, accountId, [{ module: 'INCIDENTS', title: 'An incident' }]);
}, 120_000);
afterAll(async () => t.close());

function client(v: Viewer): TestClient {
  const c = clients.get(v.name);
  if (!c) throw new Error(`no client for ${v.name}`);
  return c;
}

const LIST = `query { items(module: JOBS, first: 200, orderBy: { field: TITLE }) { totalCount edges { node { id viewerCanEdit } } } }`;

describe.each(VIEWERS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
  const hasAccess = () => v.role !== 'GENERAL' || (v.jobs?.canAccess ?? false);

  it('the list shows exactly the visible jobs, with the edit right of each', async () => {
    const result = await client(v).gql(LIST);
    if (!hasAccess()) {
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      return;
    }
    expect(result.errors).toBeUndefined();
    const list = result.data?.items as { totalCount: number; edges: { node: { id: string; viewerCanEdit: boolean } }[] };
    const visible = items.filter((i) => expected(v, i, 'see'));
    expect(list.edges.map((e) => e.node.id).sort()).toEqual(visible.map((i) => i.id).sort());
    expect(list.totalCount).toBe(visible.length);
    for (const e of list.edges) expect([e.node.id, e.node.viewerCanEdit]).toEqual([e.node.id, expected(v, items.find((i) => i.id === e.node.id) ?? items[0]!, 'edit')]);
  });

  it('a single read returns a visible job and null for any other', async () => {
    const answers = await Promise.all(items.map((i) => client(v).gql('query($id: ID!) { item(id: $id) { id } }', { id: i.id })));
    const seen = answers.map((r, n) => [items[n]?.title, (r.data?.item as { id: string } | null)?.id === items[n]?.id]);
    expect(seen).toEqual(items.map((i) => [i.title, expected(v, i, 'see')]));
  });

  it('an edit succeeds on an editable job, is FORBIDDEN on a visible read-only one and NOT_FOUND on an invisible one', async () => {
    const complete = (id: string) => client(v).gql(`mutation($id: ID!) { completeItem(input: { id: $id }) { item { id status } userErrors { code } } }`, { id });
    const reopen = (id: string) => client(v).gql(`mutation($id: ID!) { reopenItem(input: { id: $id }) { item { id } userErrors { code } } }`, { id });
    const editable = items.find((i) => expected(v, i, 'edit'));
    const readOnly = items.find((i) => expected(v, i, 'see') && !expected(v, i, 'edit'));
    const invisible = items.find((i) => !expected(v, i, 'see'));
    if (editable) {
      const r = await complete(editable.id);
      expect(r).toEqual({ data: { completeItem: { item: { id: editable.id, status: 'COMPLETED' }, userErrors: [] } } });
      expect((await reopen(editable.id)).data?.reopenItem).toEqual({ item: { id: editable.id }, userErrors: [] });
    }
    if (readOnly) expect((await complete(readOnly.id)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    if (invisible) {
      const r = await complete(invisible.id);
      expect(r.errors).toBeUndefined();
      expect(r.data?.completeItem).toEqual({ item: null, userErrors: [{ code: 'NOT_FOUND' }] });
    }
    expect([editable, readOnly, invisible].some(Boolean)).toBe(true);
  });
});

describe('external users (in the portal)', () => {
  it('the assigned one lists exactly their items, whatever the department, level, groups or employee assignments', async () => {
    const home = await assignedSteward.get('/home');
    expect(((home.body.items ?? []) as { id: string }[]).map((i) => i.id).sort()).toEqual(items.filter((i) => i.external).map((i) => i.id).sort());
  });

  it('the assigned one reads exactly their items one by one', async () => {
    const statuses = await Promise.all(items.map((i) => assignedSteward.get(`/items/${i.id}`).then((r) => [i.title, r.status])));
    expect(statuses).toEqual(items.map((i) => [i.title, i.external ? 200 : 404]));
  });

  it('one assigned to nothing sees nothing', async () => {
    expect((await idleSteward.get('/home')).body.items).toEqual([]);
    const statuses = await Promise.all(items.map((i) => idleSteward.get(`/items/${i.id}`).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([404]));
  });
});
