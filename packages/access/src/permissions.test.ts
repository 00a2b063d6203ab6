import { MODULES } from './modules';
import {
  CONFIDENTIAL_LEVELS,
  EDIT_SCOPES,
  SEE_SCOPES,
  editScopeIncludes,
  emptyPermission,
  isConfidentialLevel,
  normalizePermission,
  seeScopeIncludes,
  unionPermission,
  validatePermission,
  type ConfidentialLevel,
  type ModulePermission,
  type PermissionInput,
} from './permissions';

const base: ModulePermission = {
  module: 'JOBS',
  canAccess: true,
  isModuleAdmin: false,
  seeScope: 'DEPARTMENT',
  editScope: 'DEPARTMENT',
  seeLevels: [],
  editLevels: [],
};

describe('levels and scopes', () => {
  it.each([...CONFIDENTIAL_LEVELS].map((level) => ({ level })))('$level is a confidential level', ({ level }) => {
    expect(isConfidentialLevel(level)).toBe(true);
  });
  it.each([[0], [11], [2.5], [-1], ['3'], [null], [Number.NaN]])('%p is not a confidential level', (v) => {
    expect(isConfidentialLevel(v)).toBe(false);
  });

  // Scopes listed widest first, so "includes" is "comes no later in the list".
  const see = SEE_SCOPES.flatMap((held, i) => SEE_SCOPES.map((wanted, j) => ({ held, wanted, expected: i <= j })));
  it.each(see)('see $held includes $wanted: $expected', ({ held, wanted, expected }) => {
    expect(seeScopeIncludes(held, wanted)).toBe(expected);
  });
  const edit = EDIT_SCOPES.flatMap((held, i) => EDIT_SCOPES.map((wanted, j) => ({ held, wanted, expected: i <= j })));
  it.each(edit)('edit $held includes $wanted: $expected', ({ held, wanted, expected }) => {
    expect(editScopeIncludes(held, wanted)).toBe(expected);
  });
});

describe('emptyPermission', () => {
  it.each(MODULES.map((module) => ({ module })))('grants nothing in $module', ({ module }) => {
    expect(emptyPermission(module)).toEqual({ module, canAccess: false, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: [], editLevels: [] });
    expect(normalizePermission(emptyPermission(module))).toEqual(emptyPermission(module));
  });
});

describe('normalizePermission', () => {
  it.each<{ name: string; input: ModulePermission; expected: ModulePermission }>([
    { name: 'sorts and dedupes levels', input: { ...base, seeLevels: [7, 2, 7, 5], editLevels: [5, 2, 5] }, expected: { ...base, seeLevels: [2, 5, 7], editLevels: [2, 5] } },
    { name: 'drops edit levels that are not see levels', input: { ...base, seeLevels: [3], editLevels: [3, 4, 9] }, expected: { ...base, seeLevels: [3], editLevels: [3] } },
    { name: 'grants nothing without access', input: { ...base, canAccess: false, isModuleAdmin: true, seeScope: 'ALL', editScope: 'ALL', seeLevels: [1], editLevels: [1] }, expected: emptyPermission('JOBS') },
    { name: 'keeps edit scope within see scope', input: { ...base, seeScope: 'DEPARTMENT', editScope: 'ALL' }, expected: { ...base, editScope: 'DEPARTMENT' } },
    { name: 'leaves a valid permission alone', input: { ...base, isModuleAdmin: true, seeScope: 'ALL', editScope: 'NONE', seeLevels: [1, 10], editLevels: [10] }, expected: { ...base, isModuleAdmin: true, seeScope: 'ALL', editScope: 'NONE', seeLevels: [1, 10], editLevels: [10] } },
  ])('$name', ({ input, expected }) => {
    expect(normalizePermission(input)).toEqual(expected);
    expect(normalizePermission(expected)).toEqual(expected);
  });
});

describe('validatePermission', () => {
  const valid: PermissionInput = { ...base, seeLevels: [1, 2], editLevels: [2] };
  it.each<{ name: string; input: PermissionInput; fields: string[] }>([
    { name: 'a valid permission', input: valid, fields: [] },
    { name: 'levels without access (a role may grant the access)', input: { ...valid, canAccess: false }, fields: [] },
    { name: 'an edit level that is not a see level', input: { ...valid, editLevels: [2, 3] }, fields: ['editLevels'] },
    { name: 'a see level out of 1–10', input: { ...valid, seeLevels: [0, 1, 2] }, fields: ['seeLevels'] },
    { name: 'an edit level out of 1–10', input: { ...valid, seeLevels: [1, 2], editLevels: [11] }, fields: ['editLevels'] },
    { name: 'a fractional level', input: { ...valid, seeLevels: [1.5], editLevels: [] }, fields: ['seeLevels'] },
    { name: 'edit scope wider than see scope', input: { ...valid, seeScope: 'DEPARTMENT', editScope: 'ALL' }, fields: ['editScope'] },
    { name: 'an unknown module', input: { ...valid, module: 'INVOICES' }, fields: ['module'] },
    { name: 'unknown scopes', input: { ...valid, seeScope: 'SOME', editScope: 'MOST' }, fields: ['seeScope', 'editScope'] },
  ])('$name → $fields', ({ input, fields }) => {
    const problems = validatePermission(input);
    expect(problems.map((p) => p.field)).toEqual(fields);
    for (const problem of problems) {
      expect(problem.code).toBe('INVALID_PERMISSION');
      expect(problem.message.length).toBeGreaterThan(0);
    }
  });
});

describe('unionPermission', () => {
  const levels: readonly (readonly ConfidentialLevel[])[] = [[], [4], [1, 4, 8]];
  const samples: ModulePermission[] = [true, false].flatMap((canAccess) =>
    SEE_SCOPES.flatMap((seeScope) =>
      EDIT_SCOPES.flatMap((editScope) =>
        levels.map((seeLevels, i) => ({ ...base, canAccess, isModuleAdmin: i === 1, seeScope, editScope, seeLevels, editLevels: seeLevels.slice(1) })),
      ),
    ),
  );
  const pairs = samples.flatMap((a, i) => samples.map((b, j) => ({ a, b, i, j })));

  // Everything either side grants, and nothing more.
  it.each(pairs)('#$i ∪ #$j', ({ a, b }) => {
    const u = unionPermission(a, b);
    expect(unionPermission(b, a)).toEqual(u);
    expect(unionPermission(u, u)).toEqual(u);
    expect(normalizePermission(u)).toEqual(u);
    for (const side of [normalizePermission(a), normalizePermission(b)]) {
      if (side.canAccess) expect(u.canAccess).toBe(true);
      if (side.isModuleAdmin) expect(u.isModuleAdmin).toBe(true);
      expect(seeScopeIncludes(u.seeScope, side.seeScope)).toBe(true);
      expect(editScopeIncludes(u.editScope, side.editScope)).toBe(true);
      expect(u.seeLevels).toEqual(expect.arrayContaining([...side.seeLevels]));
      expect(u.editLevels).toEqual(expect.arrayContaining([...side.editLevels]));
    }
    expect(u.canAccess).toBe(a.canAccess || b.canAccess);
    for (const level of u.seeLevels) expect([...a.seeLevels, ...b.seeLevels]).toContain(level);
  });

  it('refuses to mix modules', () => {
    expect(() => unionPermission(base, { ...base, module: 'INCIDENTS' })).toThrow(/different modules/);
  });
});
