import {
  checkCreateEmployee,
  checkDeleteEmployee,
  checkUpdateEmployee,
  type EmployeeDraft,
  type EmployeeSnapshot,
} from './escalation';
import type { ModuleKey } from './modules';
import type { ConfidentialLevel, ModulePermission } from './permissions';
import type { Principal } from './principal';
import { ROLES, type Role } from './roles';

function perm(module: ModuleKey, parts: Partial<Omit<ModulePermission, 'module'>>): ModulePermission {
  return { module, canAccess: true, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: [], editLevels: [], ...parts };
}

// Every actor holds JOBS levels 1–5 (edit 1–3) in their department and nothing stored for INCIDENTS;
// their role adds the rest (USER_ADMIN and ADMIN: access and ALL/ALL everywhere, ACCOUNT_ADMIN: everything).
const ACTOR_PERMISSIONS = [perm('JOBS', { seeLevels: [1, 2, 3, 4, 5], editLevels: [1, 2, 3], editScope: 'DEPARTMENT' })];

function actor(role: Role, isActive = true): Principal {
  return { kind: 'employee', accountId: 'acc', employeeId: 'actor', role, isActive, departmentId: 'd1', groupIds: [], permissions: ACTOR_PERMISSIONS };
}
function actorSnapshot(role: Role): EmployeeSnapshot {
  return { employeeId: 'actor', role, isActive: true, permissions: ACTOR_PERMISSIONS };
}
// Every target already holds JOBS see level 9, granted earlier by someone who held it.
function target(role: Role): EmployeeSnapshot {
  return { employeeId: 'target', role, isActive: true, permissions: [perm('JOBS', { seeLevels: [9] })] };
}

type Permissions = readonly ModulePermission[];
const jobs = (ps: Permissions) => ps.find((p) => p.module === 'JOBS') ?? perm('JOBS', { canAccess: false });
const others = (ps: Permissions, module: ModuleKey) => ps.filter((p) => p.module !== module);
const withJobs = (ps: Permissions, parts: Partial<ModulePermission>): Permissions => [...others(ps, 'JOBS'), { ...jobs(ps), ...parts }];
const addLevels = (have: readonly ConfidentialLevel[], more: readonly ConfidentialLevel[]) => [...have, ...more];

const NOT_AA: readonly Role[] = ['USER_ADMIN', 'ADMIN', 'GENERAL'];
const GENERAL_ONLY: readonly Role[] = ['GENERAL'];

/**
 * Permission changes, each with the actor roles that do not hold what it adds
 * and the violations those actors get.
 */
interface Grant {
  name: string;
  change: (ps: Permissions) => Permissions;
  deniedTo: readonly Role[];
  violations: readonly string[];
}
const GRANTS: readonly Grant[] = [
  { name: 'no permission change', change: (ps) => ps, deniedTo: [], violations: [] },
  { name: 'add JOBS see level 2 (held)', change: (ps) => withJobs(ps, { seeLevels: addLevels(jobs(ps).seeLevels, [2]) }), deniedTo: [], violations: [] },
  { name: 'add JOBS see level 8 (not held)', change: (ps) => withJobs(ps, { seeLevels: addLevels(jobs(ps).seeLevels, [8]) }), deniedTo: NOT_AA, violations: ['LEVEL_NOT_HELD@permissions.JOBS.seeLevels'] },
  // Actors see level 4 but edit only 1–3.
  { name: 'add JOBS see and edit level 4 (edit not held)', change: (ps) => withJobs(ps, { seeLevels: addLevels(jobs(ps).seeLevels, [4]), editLevels: addLevels(jobs(ps).editLevels, [4]) }), deniedTo: NOT_AA, violations: ['LEVEL_NOT_HELD@permissions.JOBS.editLevels'] },
  { name: 'remove JOBS level 9', change: (ps) => withJobs(ps, { seeLevels: [] }), deniedTo: [], violations: [] },
  { name: 'add JOBS isModuleAdmin', change: (ps) => withJobs(ps, { isModuleAdmin: true }), deniedTo: NOT_AA, violations: ['PERMISSION_NOT_HELD@permissions.JOBS.isModuleAdmin'] },
  { name: 'widen JOBS edit scope to DEPARTMENT', change: (ps) => withJobs(ps, { editScope: 'DEPARTMENT' }), deniedTo: [], violations: [] },
  { name: 'widen JOBS scopes to ALL', change: (ps) => withJobs(ps, { seeScope: 'ALL', editScope: 'ALL' }), deniedTo: GENERAL_ONLY, violations: ['PERMISSION_NOT_HELD@permissions.JOBS.seeScope', 'PERMISSION_NOT_HELD@permissions.JOBS.editScope'] },
  { name: 'add INCIDENTS access', change: (ps) => [...others(ps, 'INCIDENTS'), perm('INCIDENTS', {})], deniedTo: GENERAL_ONLY, violations: ['PERMISSION_NOT_HELD@permissions.INCIDENTS.canAccess'] },
  { name: 'add INCIDENTS see level 1', change: (ps) => [...others(ps, 'INCIDENTS'), perm('INCIDENTS', { canAccess: false, seeLevels: [1] })], deniedTo: NOT_AA, violations: ['LEVEL_NOT_HELD@permissions.INCIDENTS.seeLevels'] },
];

/** Changes to role and active flag. */
interface Change {
  name: string;
  apply: (before: EmployeeSnapshot) => EmployeeDraft;
}
const CHANGES: readonly Change[] = [
  { name: 'keep role', apply: (b) => b },
  ...ROLES.map((role) => ({ name: `set role ${role}`, apply: (b: EmployeeSnapshot) => ({ ...b, role }) })),
  { name: 'inactivate', apply: (b) => ({ ...b, isActive: false }) },
];

const codes = (vs: readonly { code: string; field: string }[]) => vs.map((v) => `${v.code}@${v.field}`).sort();
const expected = (list: readonly string[]) => [...list].sort();
const onlyAccountAdmin = (actorRole: Role, touchesAccountAdmin: boolean, field = 'role') =>
  actorRole !== 'ACCOUNT_ADMIN' && touchesAccountAdmin ? [`ONLY_ACCOUNT_ADMIN@${field}`] : [];
const grantViolations = (actorRole: Role, grant: Grant) => (grant.deniedTo.includes(actorRole) ? grant.violations : []);

describe('checkUpdateEmployee: actor role × target role × change', () => {
  const rows = ROLES.flatMap((actorRole) =>
    ROLES.flatMap((targetRole) =>
      CHANGES.flatMap((change) => GRANTS.map((grant) => ({ actorRole, targetRole, change, grant, name: `${change.name}, ${grant.name}` }))),
    ),
  );
  it.each(rows)('$actorRole updates $targetRole: $name', ({ actorRole, targetRole, change, grant }) => {
    const before = target(targetRole);
    const changed = change.apply(before);
    const after = { ...changed, permissions: grant.change(changed.permissions) };
    const touchesAA = targetRole === 'ACCOUNT_ADMIN' || after.role === 'ACCOUNT_ADMIN';
    expect(codes(checkUpdateEmployee(actor(actorRole), before, after))).toEqual(
      expected([...onlyAccountAdmin(actorRole, touchesAA), ...grantViolations(actorRole, grant)]),
    );
  });
});

describe('checkUpdateEmployee: actor role × change to themselves', () => {
  const rows = ROLES.flatMap((actorRole) =>
    CHANGES.flatMap((change) => GRANTS.map((grant) => ({ actorRole, change, grant, name: `${change.name}, ${grant.name}` }))),
  );
  it.each(rows)('$actorRole on self: $name', ({ actorRole, change, grant }) => {
    const before = actorSnapshot(actorRole);
    const changed = change.apply(before);
    const after = { ...changed, permissions: grant.change(changed.permissions) };
    expect(codes(checkUpdateEmployee(actor(actorRole), before, after))).toEqual(
      expected([
        ...onlyAccountAdmin(actorRole, after.role === 'ACCOUNT_ADMIN'),
        ...(after.role !== before.role ? ['SELF_ROLE_CHANGE@role'] : []),
        ...(after.isActive ? [] : ['SELF_INACTIVATE@isActive']),
        ...grantViolations(actorRole, grant),
      ]),
    );
  });
});

describe('checkCreateEmployee: actor role × new role × grant', () => {
  // Granting on create is adding to nothing, so "remove level 9" and the like start from empty.
  const rows = ROLES.flatMap((actorRole) =>
    ROLES.flatMap((role) => GRANTS.map((grant) => ({ actorRole, role, grant, name: grant.name }))),
  );
  it.each(rows)('$actorRole creates $role: $name', ({ actorRole, role, grant }) => {
    const permissions = grant.change([]);
    const draft = { role, isActive: true, permissions };
    expect(codes(checkCreateEmployee(actor(actorRole), draft))).toEqual(
      expected([...onlyAccountAdmin(actorRole, role === 'ACCOUNT_ADMIN'), ...grantViolations(actorRole, grant)]),
    );
  });

  it('compares against what the actor holds, not what the target had', () => {
    // Level 9 already on a target is no licence to grant it to a new employee.
    const draft = { role: 'GENERAL' as const, isActive: true, permissions: target('GENERAL').permissions };
    expect(codes(checkCreateEmployee(actor('USER_ADMIN'), draft))).toEqual(['LEVEL_NOT_HELD@permissions.JOBS.seeLevels']);
  });
});

describe('checkDeleteEmployee: actor role × target role × self', () => {
  const rows = ROLES.flatMap((actorRole) =>
    ROLES.flatMap((targetRole) => [false, true].map((self) => ({ actorRole, targetRole, self }))),
  );
  it.each(rows)('$actorRole deletes $targetRole (self: $self)', ({ actorRole, targetRole, self }) => {
    const who: Principal = self ? actor(targetRole) : actor(actorRole);
    const victim = self ? actorSnapshot(targetRole) : target(targetRole);
    const deleter = self ? targetRole : actorRole;
    expect(codes(checkDeleteEmployee(who, victim))).toEqual(
      expected([...onlyAccountAdmin(deleter, targetRole === 'ACCOUNT_ADMIN', 'employeeId'), ...(self ? ['SELF_DELETE@employeeId'] : [])]),
    );
  });
});

describe('actors who hold nothing', () => {
  const external: Principal = { kind: 'external', accountId: 'acc', externalUserId: 'x1' };
  it.each([
    { name: 'an inactive account admin', who: actor('ACCOUNT_ADMIN', false) },
    { name: 'an external user', who: external },
  ])('$name is no account admin and grants nothing', ({ who }) => {
    const before = target('ACCOUNT_ADMIN');
    const after = { ...before, permissions: [...before.permissions, perm('INCIDENTS', {})] };
    expect(codes(checkUpdateEmployee(who, before, after))).toEqual(
      expected(['ONLY_ACCOUNT_ADMIN@role', 'PERMISSION_NOT_HELD@permissions.INCIDENTS.canAccess']),
    );
    expect(codes(checkDeleteEmployee(who, before))).toEqual(['ONLY_ACCOUNT_ADMIN@employeeId']);
  });

  it('messages are sentences a person can act on', () => {
    const [violation] = checkCreateEmployee(actor('USER_ADMIN'), { role: 'GENERAL', isActive: true, permissions: [perm('JOBS', { seeLevels: [8, 9] })] });
    expect(violation?.message).toBe('You cannot grant Jobs confidential levels 8, 9 to see: you do not hold them.');
  });
});
