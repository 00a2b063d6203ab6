import { MODULES, MODULE_LABELS } from './modules';
import {
  CONFIDENTIAL_LEVELS,
  EDIT_SCOPES,
  SEE_SCOPES,
  type ConfidentialLevel,
  type EditScope,
  type ModulePermission,
  type SeeScope,
} from './permissions';
import {
  ROLES,
  ROLE_LABELS,
  effectivePermission,
  effectivePermissions,
  isRole,
  lockedParts,
  normalizeForRole,
  roleFloor,
  type LockedParts,
  type Role,
} from './roles';

const ALL_LEVELS: readonly ConfidentialLevel[] = CONFIDENTIAL_LEVELS;

// The role table, written out: what each role locks in every module.
const LOCKED: Record<Role, LockedParts> = {
  ACCOUNT_ADMIN: { canAccess: true, isModuleAdmin: true, seeScope: true, editScope: true, seeLevels: ALL_LEVELS, editLevels: ALL_LEVELS },
  USER_ADMIN: { canAccess: true, isModuleAdmin: false, seeScope: true, editScope: true, seeLevels: [], editLevels: [] },
  ADMIN: { canAccess: true, isModuleAdmin: false, seeScope: true, editScope: true, seeLevels: [], editLevels: [] },
  GENERAL: { canAccess: false, isModuleAdmin: false, seeScope: false, editScope: false, seeLevels: [], editLevels: [] },
};

const roleModules = ROLES.flatMap((role) => MODULES.map((module) => ({ role, module })));

describe('roles', () => {
  it.each(ROLES.map((role) => ({ role })))('isRole($role) is true and it has a label', ({ role }) => {
    expect(isRole(role)).toBe(true);
    expect(ROLE_LABELS[role]).toMatch(/^[A-Z][a-z]+( [a-z]+)?$/);
  });

  it.each([['account_admin'], ['ADMIN '], [''], [null], [undefined], [1], [{}], [['ADMIN']]])('isRole(%p) is false', (v) => {
    expect(isRole(v)).toBe(false);
  });

  it('labels match the admin app wording', () => {
    expect(ROLE_LABELS).toEqual({ ACCOUNT_ADMIN: 'Account admin', USER_ADMIN: 'User admin', ADMIN: 'Admin', GENERAL: 'General' });
    expect(MODULE_LABELS).toEqual({ JOBS: 'Jobs', INCIDENTS: 'Incidents' });
  });
});

describe('role floors and locked parts', () => {
  it.each(roleModules)('$role locks in $module what the role table says', ({ role, module }) => {
    expect(lockedParts(role, module)).toEqual(LOCKED[role]);
  });

  it.each(roleModules)('$role floor in $module is what it locks', ({ role, module }) => {
    const floor = roleFloor(role, module);
    const locked = LOCKED[role];
    expect(floor.module).toBe(module);
    expect(floor.canAccess).toBe(locked.canAccess);
    expect(floor.isModuleAdmin).toBe(locked.isModuleAdmin);
    expect(floor.seeScope).toBe(locked.seeScope ? 'ALL' : 'DEPARTMENT');
    expect(floor.editScope).toBe(locked.editScope ? 'ALL' : 'NONE');
    expect(floor.seeLevels).toEqual(locked.seeLevels);
    expect(floor.editLevels).toEqual(locked.editLevels);
  });
});

// Stored rows generated over every part, including inconsistent ones the union must tidy.
const LEVEL_SAMPLES: readonly (readonly ConfidentialLevel[])[] = [[], [2], [2, 7], [9, 7]];
const STORED: ModulePermission[] = [true, false].flatMap((canAccess) =>
  [true, false].flatMap((isModuleAdmin) =>
    SEE_SCOPES.flatMap((seeScope) =>
      EDIT_SCOPES.flatMap((editScope) =>
        LEVEL_SAMPLES.flatMap((seeLevels) =>
          LEVEL_SAMPLES.map((editLevels) => ({
            module: 'JOBS' as const,
            canAccess,
            isModuleAdmin,
            seeScope,
            editScope,
            seeLevels,
            editLevels,
          })),
        ),
      ),
    ),
  ),
);

const seeMax = (a: SeeScope, b: SeeScope): SeeScope => (a === 'ALL' || b === 'ALL' ? 'ALL' : 'DEPARTMENT');
const editMax = (a: EditScope, b: EditScope): EditScope =>
  a === 'ALL' || b === 'ALL' ? 'ALL' : a === 'DEPARTMENT' || b === 'DEPARTMENT' ? 'DEPARTMENT' : 'NONE';
const sorted = (levels: readonly ConfidentialLevel[]) => [...new Set(levels)].sort((x, y) => x - y);

describe('effectivePermission = role ∪ stored', () => {
  const rows = ROLES.flatMap((role) =>
    MODULES.flatMap((module) => STORED.map((s, i) => ({ role, module, stored: { ...s, module }, i }))),
  );

  it.each(rows)('$role × $module × stored #$i', ({ role, module, stored }) => {
    const floor = roleFloor(role, module);
    const eff = effectivePermission(role, stored, module);
    const canAccess = floor.canAccess || stored.canAccess;
    if (!canAccess) {
      expect(eff).toEqual({ module, canAccess: false, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: [], editLevels: [] });
      return;
    }
    const seeScope = seeMax(floor.seeScope, stored.seeScope);
    const editScope = editMax(floor.editScope, stored.editScope);
    const seeLevels = sorted([...floor.seeLevels, ...stored.seeLevels]);
    expect(eff).toEqual({
      module,
      canAccess: true,
      isModuleAdmin: floor.isModuleAdmin || stored.isModuleAdmin,
      seeScope,
      // Edit never reaches past see.
      editScope: seeScope === 'DEPARTMENT' && editScope === 'ALL' ? 'DEPARTMENT' : editScope,
      seeLevels,
      editLevels: sorted([...floor.editLevels, ...stored.editLevels]).filter((l) => seeLevels.includes(l)),
    });

    // Whatever is stored, the locked parts show as granted.
    const locked = lockedParts(role, module);
    if (locked.canAccess) expect(eff.canAccess).toBe(true);
    if (locked.isModuleAdmin) expect(eff.isModuleAdmin).toBe(true);
    if (locked.seeScope) expect(eff.seeScope).toBe('ALL');
    if (locked.editScope) expect(eff.editScope).toBe('ALL');
    expect(eff.seeLevels).toEqual(expect.arrayContaining([...locked.seeLevels]));
    expect(eff.editLevels).toEqual(expect.arrayContaining([...locked.editLevels]));
  });

  it.each(roleModules)('$role × $module with nothing stored is the floor', ({ role, module }) => {
    expect(effectivePermission(role, undefined, module)).toEqual(roleFloor(role, module));
  });

  it.each(roleModules)('$role × $module ignores a row stored for another module', ({ role, module }) => {
    const other = MODULES.find((m) => m !== module) ?? module;
    const stray: ModulePermission = { module: other, canAccess: true, isModuleAdmin: true, seeScope: 'ALL', editScope: 'ALL', seeLevels: [3], editLevels: [3] };
    if (other !== module) expect(effectivePermission(role, stray, module)).toEqual(roleFloor(role, module));
  });

  it.each(ROLES.map((role) => ({ role })))('effectivePermissions($role) has one row per module, in MODULES order', ({ role }) => {
    const incidents: ModulePermission = { module: 'INCIDENTS', canAccess: true, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: [4], editLevels: [] };
    const all = effectivePermissions(role, [incidents]);
    expect(all.map((p) => p.module)).toEqual([...MODULES]);
    expect(all).toEqual(MODULES.map((module) => effectivePermission(role, module === 'INCIDENTS' ? incidents : undefined, module)));
  });
});

describe('normalizeForRole', () => {
  const levelsOnly: ModulePermission = { module: 'JOBS', canAccess: false, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: [7, 3, 3], editLevels: [3, 5] };
  it.each(ROLES.map((role) => ({ role, keeps: roleFloor(role, 'JOBS').canAccess })))(
    '$role: levels stored without canAccess are kept: $keeps',
    ({ role, keeps }) => {
      const stored = normalizeForRole(role, levelsOnly);
      expect(stored.canAccess).toBe(false);
      expect(stored.seeLevels).toEqual(keeps ? [3, 7] : []);
      expect(stored.editLevels).toEqual(keeps ? [3] : []);
      // Either way the effective permission is what the matrix showed.
      expect(effectivePermission(role, stored, 'JOBS')).toEqual(effectivePermission(role, levelsOnly, 'JOBS'));
    },
  );
});
