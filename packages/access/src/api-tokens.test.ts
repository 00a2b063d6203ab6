import { API_TOKEN_ROLES, checkApiTokenRole, isApiTokenRole, type ApiTokenRole } from './api-tokens';
import { MODULES } from './modules';
import { principalPermission, type ApiTokenPrincipal, type EmployeePrincipal } from './principal';
import { ROLES, roleFloor } from './roles';
import { ACTIONS, RESOURCES, can, canManage, SETTINGS_AREAS } from './settings';
import { canEditItem, canSeeItem, type ItemFacts } from './visibility';
import { itemVisibilitySql, type ItemSqlShape } from './visibility-sql';

const token = (role: ApiTokenRole): ApiTokenPrincipal => ({ kind: 'apiToken', accountId: 'acc-1', apiTokenId: 'tok-1', role });
const employee = (role: ApiTokenPrincipal['role']): EmployeePrincipal => ({
  kind: 'employee',
  accountId: 'acc-1',
  employeeId: 'emp-1',
  role,
  isActive: true,
  departmentId: null,
  groupIds: [],
  permissions: [],
});

describe('the roles a token may hold', () => {
  it('are every role but ACCOUNT_ADMIN', () => {
    expect(ROLES.filter(isApiTokenRole)).toEqual(['USER_ADMIN', 'ADMIN', 'GENERAL']);
    expect(isApiTokenRole('ACCOUNT_ADMIN')).toBe(false);
  });

  it('refuses ACCOUNT_ADMIN on the role field and allows the others', () => {
    expect(checkApiTokenRole('ACCOUNT_ADMIN')).toEqual([expect.objectContaining({ code: 'ROLE_NOT_ALLOWED', field: 'role' })]);
    for (const role of API_TOKEN_ROLES) expect(checkApiTokenRole(role)).toEqual([]);
  });
});

describe('a token has exactly its role’s settings rights, except API tokens', () => {
  const rows = API_TOKEN_ROLES.flatMap((role) => RESOURCES.flatMap((resource) => ACTIONS.map((action) => ({ role, resource, action }))));
  it.each(rows)('$role token: $action $resource as an employee of that role, never API tokens', ({ role, resource, action }) => {
    const expected = resource === 'apiTokens' ? false : can(employee(role), action, resource);
    expect(can(token(role), action, resource)).toBe(expected);
  });

  it.each(API_TOKEN_ROLES.flatMap((role) => SETTINGS_AREAS.map((area) => ({ role, area }))))('$role token manages $area as the role does', ({ role, area }) => {
    expect(canManage(token(role), area)).toBe(canManage(employee(role), area));
  });
});

describe('a token’s module rights are its role’s floor alone', () => {
  it.each(API_TOKEN_ROLES.flatMap((role) => MODULES.map((module) => ({ role, module }))))('$role token in $module', ({ role, module }) => {
    expect(principalPermission(token(role), module)).toEqual(roleFloor(role, module));
  });

  const item: ItemFacts = {
    module: 'JOBS',
    confidentialLevel: null,
    departmentId: null,
    ownerGroupId: null,
    sharedGroupIds: [],
    assignedEmployeeIds: ['tok-1'],
    assignedExternalUserIds: [],
    status: 'OPEN',
  };

  it('sees and edits unclassified items with an ALL-scope role, nothing classified', () => {
    expect(canSeeItem(token('ADMIN'), item)).toBe(true);
    expect(canEditItem(token('ADMIN'), item)).toBe(true);
    expect(canSeeItem(token('ADMIN'), { ...item, confidentialLevel: 1 })).toBe(false);
  });

  it('relates to no item: a GENERAL token sees nothing, even an item "assigned" to its id', () => {
    expect(canSeeItem(token('GENERAL'), item)).toBe(false);
    expect(canEditItem(token('GENERAL'), item)).toBe(false);
  });

  it('as SQL: FALSE where the role’s scope is a department, the level rule where it is ALL', () => {
    const shape: ItemSqlShape = {
      alias: 'j',
      confidentialLevel: 'confidential_level',
      departmentId: 'department_id',
      ownerGroupId: 'owner_group_id',
      id: 'id',
      sharedGroups: { table: 'job_groups', itemId: 'job_id', groupId: 'group_id' },
      assignedEmployees: { table: 'job_employees', itemId: 'job_id', employeeId: 'employee_id' },
      assignedExternalUsers: { table: 'job_externals', itemId: 'job_id', externalUserId: 'external_user_id' },
    };
    expect(itemVisibilitySql(token('GENERAL'), 'JOBS', shape, 1, 'see').sql).toBe('FALSE');
    expect(itemVisibilitySql(token('ADMIN'), 'JOBS', shape, 1, 'see')).toEqual({ sql: '(j.confidential_level IS NULL)', params: [] });
  });
});
