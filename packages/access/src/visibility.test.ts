import type { PGlite } from '@electric-sql/pglite';
import { MODULES, type ModuleKey } from './modules';
import type { ConfidentialLevel, ModulePermission } from './permissions';
import type { EmployeePrincipal, Principal } from './principal';
import { API_TOKEN_ROLES } from './api-tokens';
import { ROLES } from './roles';
import { canEditChecklist, canEditItem, canSeeItem, type ItemFacts } from './visibility';
import { itemVisibilitySql, type ItemSqlShape } from './visibility-sql';

/*
 * The predicate and the SQL condition must agree on every item for every
 * principal. Both sides are generated as cross products so that each clause of
 * the rule (level, scope, department, assignment, owner group, shared group,
 * external assignment, inactive) decides some item on its own.
 */

// Ids are UUIDs, as in the server, so `= ANY($n)` has to infer uuid[].
const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind * 1000 + n).padStart(12, '0')}`;
const D = (n: number) => uuid(1, n);
const G = (n: number) => uuid(2, n);
const E = (n: number) => uuid(3, n);
const X = (n: number) => uuid(4, n);

interface Item extends ItemFacts {
  id: number;
}

const LEVELS: readonly (ConfidentialLevel | null)[] = [null, 1, 5, 10];
const DEPARTMENTS = [null, D(1), D(2)];
const OWNERS = [null, G(1), G(2)];
const SHARED = [[], [G(2)], [G(1), G(3)]];
const ASSIGNED = [[], [E(1)], [E(2), E(3)]];
const EXTERNALS = [[], [X(1)], [X(1), X(2)]];

const ITEMS: Item[] = MODULES.flatMap((module) =>
  LEVELS.flatMap((confidentialLevel) =>
    DEPARTMENTS.flatMap((departmentId) =>
      OWNERS.flatMap((ownerGroupId) =>
        SHARED.flatMap((sharedGroupIds) =>
          ASSIGNED.flatMap((assignedEmployeeIds) =>
            EXTERNALS.map((assignedExternalUserIds) => ({
              module,
              confidentialLevel,
              departmentId,
              ownerGroupId,
              sharedGroupIds,
              assignedEmployeeIds,
              assignedExternalUserIds,
            })),
          ),
        ),
      ),
    ),
  ),
).map((facts, i) => ({ ...facts, id: i + 1, status: i % 2 === 0 ? 'OPEN' : 'COMPLETED' }));

function perm(module: ModuleKey, parts: Partial<Omit<ModulePermission, 'module'>>): ModulePermission {
  return { module, canAccess: true, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: [], editLevels: [], ...parts };
}

// Stored permissions, combined below with every role: the role adds its floor.
const STORED: readonly (readonly ModulePermission[])[] = [
  [],
  [perm('JOBS', { seeLevels: [1] })],
  [perm('JOBS', { seeScope: 'ALL', editScope: 'DEPARTMENT', seeLevels: [1, 5], editLevels: [5] }), perm('INCIDENTS', { editScope: 'DEPARTMENT' })],
  // Levels without canAccess: they count only where the role grants access.
  [perm('JOBS', { canAccess: false, seeLevels: [5, 10], editLevels: [10] }), perm('INCIDENTS', { editScope: 'DEPARTMENT', seeLevels: [10], editLevels: [10] })],
  MODULES.map((m) => perm(m, { isModuleAdmin: true, seeScope: 'ALL', editScope: 'ALL', seeLevels: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], editLevels: [1, 5, 10] })),
  // Inconsistent on purpose: edit scope ALL with see scope DEPARTMENT.
  [perm('JOBS', { editScope: 'ALL', seeLevels: [1, 5, 10], editLevels: [1] })],
];

const EMPLOYEES: EmployeePrincipal[] = ROLES.flatMap((role) =>
  [true, false].flatMap((isActive) =>
    [null, D(1)].flatMap((departmentId) =>
      [[], [G(1)], [G(3), G(4)]].flatMap((groupIds) =>
        [E(1), E(9)].flatMap((employeeId) =>
          STORED.map((permissions) => ({
            kind: 'employee' as const,
            accountId: 'acc',
            employeeId,
            role,
            isActive,
            departmentId,
            groupIds,
            permissions,
          })),
        ),
      ),
    ),
  ),
);
const EXTERNAL_USERS: Principal[] = [1, 2, 3].map((n) => ({ kind: 'external', accountId: 'acc', externalUserId: X(n) }));
// API tokens hold their role's floor and relate to no item (their id is not an employee's).
const TOKENS: Principal[] = API_TOKEN_ROLES.map((role) => ({ kind: 'apiToken', accountId: 'acc-1', apiTokenId: E(1), role }));

const PRINCIPALS: Principal[] = [...EMPLOYEES, ...EXTERNAL_USERS, ...TOKENS];

const SHAPE: ItemSqlShape = {
  alias: 'i',
  id: 'id',
  confidentialLevel: 'confidential_level',
  // A quoted camelCase column, as TypeORM might name it.
  departmentId: '"departmentId"',
  ownerGroupId: 'owner_group_id',
  sharedGroups: { table: 'item_shared_groups', itemId: 'item_id', groupId: 'group_id' },
  assignedEmployees: { table: 'public.item_employees', itemId: 'item_id', employeeId: 'employee_id' },
  assignedExternalUsers: { table: 'item_external_users', itemId: 'item_id', externalUserId: 'external_user_id' },
};

const sqlText = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
const values = (rows: (string | number | null)[][]) => rows.map((r) => `(${r.map(sqlText).join(', ')})`).join(',\n');

let db: PGlite;

beforeAll(async () => {
  const { PGlite } = await import('@electric-sql/pglite');
  db = new PGlite();
  await db.exec(`
    CREATE TABLE items (
      id int PRIMARY KEY,
      module text NOT NULL,
      confidential_level smallint CHECK (confidential_level BETWEEN 1 AND 10),
      "departmentId" uuid,
      owner_group_id uuid
    );
    CREATE TABLE item_shared_groups (item_id int NOT NULL REFERENCES items, group_id uuid NOT NULL, PRIMARY KEY (item_id, group_id));
    CREATE TABLE item_employees (item_id int NOT NULL REFERENCES items, employee_id uuid NOT NULL, PRIMARY KEY (item_id, employee_id));
    CREATE TABLE item_external_users (item_id int NOT NULL REFERENCES items, external_user_id uuid NOT NULL, PRIMARY KEY (item_id, external_user_id));
  `);
  const link = (pick: (item: Item) => readonly string[]) => values(ITEMS.flatMap((item) => pick(item).map((id) => [item.id, id])));
  await db.exec(`
    INSERT INTO items VALUES ${values(ITEMS.map((t) => [t.id, t.module, t.confidentialLevel, t.departmentId, t.ownerGroupId]))};
    INSERT INTO item_shared_groups VALUES ${link((t) => t.sharedGroupIds)};
    INSERT INTO item_employees VALUES ${link((t) => t.assignedEmployeeIds)};
    INSERT INTO item_external_users VALUES ${link((t) => t.assignedExternalUserIds)};
  `);
}, 60_000);

afterAll(async () => {
  await db.close();
});

async function sqlIds(who: Principal, module: ModuleKey, mode: 'see' | 'edit'): Promise<number[]> {
  // $1 is the module, so the fragment's placeholders start at $2.
  const condition = itemVisibilitySql(who, module, SHAPE, 2, mode);
  const result = await db.query<{ id: number }>(
    `SELECT id FROM items i WHERE i.module = $1 AND ${condition.sql} ORDER BY id`,
    [module, ...condition.params],
  );
  return result.rows.map((row) => row.id);
}

function describePrincipal(who: Principal): string {
  if (who.kind === 'external') return `external ${who.externalUserId.slice(-4)}`;
  if (who.kind === 'apiToken') return `API token ${who.role}`;
  const stored = STORED.indexOf(who.permissions);
  return `${who.role} ${who.isActive ? 'active' : 'inactive'} dept ${who.departmentId?.slice(-4) ?? '-'} groups [${who.groupIds.map((g) => g.slice(-4)).join(',')}] ${who.employeeId.slice(-4)} stored #${stored}`;
}

describe('canSeeItem / canEditItem agree with itemVisibilitySql in PostgreSQL', () => {
  it.each(PRINCIPALS.map((who) => ({ who, name: describePrincipal(who) })))('$name', async ({ who }) => {
    for (const module of MODULES) {
      const items = ITEMS.filter((item) => item.module === module);
      const seen = items.filter((item) => canSeeItem(who, item)).map((item) => item.id);
      const edited = items.filter((item) => canEditItem(who, item)).map((item) => item.id);
      expect(await sqlIds(who, module, 'see')).toEqual(seen);
      expect(await sqlIds(who, module, 'edit')).toEqual(edited);
      // Editing implies seeing.
      expect(edited.filter((id) => !seen.includes(id))).toEqual([]);
    }
  });

  // The agreement above means little if the data makes every answer all-or-nothing.
  it('exercises partial visibility, not only all-or-nothing', () => {
    const tally = { see: 0, edit: 0, partial: 0, cases: 0 };
    for (const who of PRINCIPALS) {
      for (const module of MODULES) {
        const items = ITEMS.filter((item) => item.module === module);
        const seen = items.filter((item) => canSeeItem(who, item)).length;
        tally.cases += 1;
        tally.see += seen;
        tally.edit += items.filter((item) => canEditItem(who, item)).length;
        if (seen > 0 && seen < items.length) tally.partial += 1;
      }
    }
    // Half the employees are inactive and see nothing; most of the rest see some items and not others.
    expect(tally.partial).toBeGreaterThan(tally.cases / 5);
    expect(tally.edit).toBeGreaterThan(0);
    expect(tally.edit).toBeLessThan(tally.see);
  });
});

const job = (parts: Partial<ItemFacts>): ItemFacts => ({
  module: 'JOBS',
  confidentialLevel: null,
  departmentId: null,
  ownerGroupId: null,
  sharedGroupIds: [],
  assignedEmployeeIds: [],
  assignedExternalUserIds: [],
  status: 'OPEN',
  ...parts,
});
const general = (parts: Partial<EmployeePrincipal>): EmployeePrincipal => ({
  kind: 'employee',
  accountId: 'acc',
  employeeId: E(1),
  role: 'GENERAL',
  isActive: true,
  departmentId: D(1),
  groupIds: [G(1)],
  permissions: [perm('JOBS', { editScope: 'DEPARTMENT', seeLevels: [3], editLevels: [3] })],
  ...parts,
});
const external: Principal = { kind: 'external', accountId: 'acc', externalUserId: X(1) };

describe('the rule, case by case', () => {
  it.each<{ name: string; who: Principal; item: ItemFacts; see: boolean; edit: boolean; checklist: boolean }>([
    { name: 'employee, own department', who: general({}), item: job({ departmentId: D(1) }), see: true, edit: true, checklist: true },
    { name: 'employee, other department', who: general({}), item: job({ departmentId: D(2) }), see: false, edit: false, checklist: false },
    { name: 'employee, assigned', who: general({}), item: job({ departmentId: D(2), assignedEmployeeIds: [E(1)] }), see: true, edit: true, checklist: true },
    { name: 'employee, owner group', who: general({}), item: job({ ownerGroupId: G(1) }), see: true, edit: true, checklist: true },
    { name: 'employee, shared group', who: general({}), item: job({ sharedGroupIds: [G(2), G(1)] }), see: true, edit: true, checklist: true },
    { name: 'employee, level held', who: general({}), item: job({ departmentId: D(1), confidentialLevel: 3 }), see: true, edit: true, checklist: true },
    { name: 'employee, level not held', who: general({}), item: job({ departmentId: D(1), confidentialLevel: 4 }), see: false, edit: false, checklist: false },
    { name: 'employee, no access to module', who: general({}), item: job({ module: 'INCIDENTS', departmentId: D(1) }), see: false, edit: false, checklist: false },
    { name: 'employee, read-only', who: general({ permissions: [perm('JOBS', {})] }), item: job({ departmentId: D(1) }), see: true, edit: false, checklist: false },
    { name: 'employee without department, unassigned item without department', who: general({ departmentId: null, groupIds: [] }), item: job({}), see: false, edit: false, checklist: false },
    { name: 'inactive employee', who: general({ isActive: false, role: 'ACCOUNT_ADMIN' }), item: job({}), see: false, edit: false, checklist: false },
    { name: 'admin without levels, confidential item', who: general({ role: 'ADMIN', permissions: [] }), item: job({ confidentialLevel: 1 }), see: false, edit: false, checklist: false },
    { name: 'admin, unclassified item anywhere', who: general({ role: 'ADMIN', permissions: [] }), item: job({ departmentId: D(2) }), see: true, edit: true, checklist: true },
    { name: 'account admin, level 10 anywhere', who: general({ role: 'ACCOUNT_ADMIN', permissions: [] }), item: job({ confidentialLevel: 10, departmentId: D(2) }), see: true, edit: true, checklist: true },
    { name: 'external, assigned, open', who: external, item: job({ assignedExternalUserIds: [X(1)] }), see: true, edit: false, checklist: true },
    { name: 'external, assigned, completed', who: external, item: job({ assignedExternalUserIds: [X(1)], status: 'COMPLETED' }), see: true, edit: false, checklist: false },
    { name: 'external, not assigned', who: external, item: job({ assignedExternalUserIds: [X(2)] }), see: false, edit: false, checklist: false },
  ])('$name: see $see, edit $edit, checklist $checklist', ({ who, item, see, edit, checklist }) => {
    expect(canSeeItem(who, item)).toBe(see);
    expect(canEditItem(who, item)).toBe(edit);
    expect(canEditChecklist(who, item)).toBe(checklist);
  });
});

describe('itemVisibilitySql', () => {
  it.each<{ name: string; who: Principal; mode: 'see' | 'edit' }>([
    { name: 'an inactive employee', who: general({ isActive: false }), mode: 'see' },
    { name: 'an employee without module access', who: general({ permissions: [] }), mode: 'see' },
    { name: 'a read-only employee editing', who: general({ permissions: [perm('JOBS', {})] }), mode: 'edit' },
    { name: 'an external user editing', who: external, mode: 'edit' },
  ])('is FALSE without parameters for $name', ({ who, mode }) => {
    expect(itemVisibilitySql(who, 'JOBS', SHAPE, 1, mode)).toEqual({ sql: 'FALSE', params: [] });
  });

  it('numbers its placeholders from firstParam', () => {
    const { sql, params } = itemVisibilitySql(general({}), 'JOBS', SHAPE, 7, 'see');
    expect(params).toEqual([[3], D(1), E(1), [G(1)]]);
    expect([...sql.matchAll(/\$(\d+)/g)].map((m) => m[1])).toEqual(['7', '8', '9', '10', '10']);
  });

  it.each([
    { name: 'alias', shape: { ...SHAPE, alias: 'i; DROP TABLE items' } },
    { name: 'column', shape: { ...SHAPE, ownerGroupId: 'owner_group_id OR TRUE' } },
    { name: 'link table', shape: { ...SHAPE, sharedGroups: { ...SHAPE.sharedGroups, table: 'x y' } } },
  ])('refuses a $name that is not an identifier', ({ shape }) => {
    expect(() => itemVisibilitySql(general({}), 'JOBS', shape, 1, 'see')).toThrow(/not SQL identifiers/);
  });
});
