import { ROLES, type Role } from './roles';
import type { Principal } from './principal';
import { ACTIONS, RESOURCES, SETTINGS_AREAS, can, canManage, type Action, type Resource, type SettingsArea } from './settings';

// The settings table, written out independently of the implementation's table.
const AREAS: Record<Role, Record<SettingsArea, boolean>> = {
  ACCOUNT_ADMIN: { ACCOUNT: true, USERS: true, OTHER: true },
  USER_ADMIN: { ACCOUNT: false, USERS: true, OTHER: true },
  ADMIN: { ACCOUNT: false, USERS: false, OTHER: true },
  GENERAL: { ACCOUNT: false, USERS: false, OTHER: false },
};

// Letters r c u d: which actions each role may take on each resource.
const ALLOWED: Record<Role, Record<Resource, string>> = {
  ACCOUNT_ADMIN: {
    account: 'r-u-',
    apiTokens: 'rcud',
    employees: 'rcud',
    departments: 'rcud',
    userGroups: 'rcud',
    externalUsers: 'rcud',
    auditEvents: 'r---',
    mail: 'r-u-',
  },
  USER_ADMIN: {
    account: '----',
    apiTokens: '----',
    employees: 'rcud',
    departments: 'rcud',
    userGroups: 'rcud',
    externalUsers: 'rcud',
    auditEvents: 'r---',
    mail: 'r-u-',
  },
  ADMIN: {
    account: '----',
    apiTokens: '----',
    employees: '----',
    departments: '----',
    userGroups: '----',
    externalUsers: '----',
    auditEvents: '----',
    mail: '----',
  },
  GENERAL: {
    account: '----',
    apiTokens: '----',
    employees: '----',
    departments: '----',
    userGroups: '----',
    externalUsers: '----',
    auditEvents: '----',
    mail: '----',
  },
};

const LETTER: Record<Action, string> = { read: 'r', create: 'c', update: 'u', delete: 'd' };

function employee(role: Role, isActive: boolean): Principal {
  return {
    kind: 'employee',
    accountId: 'acc-1',
    employeeId: 'emp-1',
    role,
    isActive,
    departmentId: null,
    groupIds: [],
    permissions: [],
  };
}
const EXTERNAL: Principal = { kind: 'external', accountId: 'acc-1', externalUserId: 'ext-1' };

describe('canManage', () => {
  const rows = ROLES.flatMap((role) =>
    SETTINGS_AREAS.flatMap((area) => [
      { role, area, isActive: true, expected: AREAS[role][area] },
      { role, area, isActive: false, expected: false },
    ]),
  );
  it.each(rows)('$role (active: $isActive) manages $area: $expected', ({ role, area, isActive, expected }) => {
    expect(canManage(employee(role, isActive), area)).toBe(expected);
  });

  it.each(SETTINGS_AREAS.map((area) => ({ area })))('an external user never manages $area', ({ area }) => {
    expect(canManage(EXTERNAL, area)).toBe(false);
  });
});

describe('can', () => {
  const rows = ROLES.flatMap((role) =>
    RESOURCES.flatMap((resource) =>
      ACTIONS.map((action) => ({ role, resource, action, expected: ALLOWED[role][resource].includes(LETTER[action]) })),
    ),
  );
  it.each(rows)('$role: $action $resource → $expected', ({ role, resource, action, expected }) => {
    expect(can(employee(role, true), action, resource)).toBe(expected);
  });

  const nobody = ROLES.flatMap((role) =>
    RESOURCES.flatMap((resource) => ACTIONS.map((action) => ({ role, resource, action }))),
  );
  it.each(nobody)('inactive $role: $action $resource → false', ({ role, resource, action }) => {
    expect(can(employee(role, false), action, resource)).toBe(false);
  });

  const external = RESOURCES.flatMap((resource) => ACTIONS.map((action) => ({ resource, action })));
  it.each(external)('external user: $action $resource → false', ({ resource, action }) => {
    expect(can(EXTERNAL, action, resource)).toBe(false);
  });
});
