import { MODULES } from './modules';
import { CONFIDENTIAL_LEVELS, EDIT_SCOPES, SEE_SCOPES, type ModulePermission } from './permissions';
import { effectivePermission, lockedParts, ROLES } from './roles';
import { storedFromSubmitted } from './stored';

/** Submitted permissions over a spread of shapes, every module. */
const SUBMITTED: ModulePermission[] = MODULES.flatMap((module) =>
  SEE_SCOPES.flatMap((seeScope) =>
    EDIT_SCOPES.flatMap((editScope) =>
      [true, false].flatMap((canAccess) =>
        [[], [1, 2], [...CONFIDENTIAL_LEVELS]].map((see) => ({
          module,
          canAccess,
          isModuleAdmin: see.length === 2,
          seeScope,
          editScope,
          seeLevels: see.slice(),
          editLevels: see.slice(0, 1),
        })),
      ),
    ),
  ),
) as ModulePermission[];

describe('storedFromSubmitted', () => {
  const cases = ROLES.flatMap((role) => SUBMITTED.map((p) => [role, p] as const));

  it.each(cases)('for %s keeps nothing the role locks, and the effective permission does not shrink', (role, submitted) => {
    const stored = storedFromSubmitted(role, submitted);
    const locked = lockedParts(role, submitted.module);
    if (locked.canAccess) expect(stored.canAccess).toBe(false);
    if (locked.isModuleAdmin) expect(stored.isModuleAdmin).toBe(false);
    for (const level of locked.seeLevels) expect(stored.seeLevels).not.toContain(level);
    const before = effectivePermission(role, submitted, submitted.module);
    const after = effectivePermission(role, stored, submitted.module);
    expect(after.canAccess).toBe(before.canAccess);
    expect(after.isModuleAdmin).toBe(before.isModuleAdmin);
    expect(after.seeLevels).toEqual(before.seeLevels);
  });

  it('drops a USER_ADMIN floor on demotion: the role, not the stored row, gave access', () => {
    const submitted: ModulePermission = { module: 'JOBS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'ALL', seeLevels: [3], editLevels: [] };
    const stored = storedFromSubmitted('USER_ADMIN', submitted);
    expect(effectivePermission('GENERAL', stored, 'JOBS')).toMatchObject({ canAccess: false, seeScope: 'DEPARTMENT', editScope: 'NONE' });
  });
});
