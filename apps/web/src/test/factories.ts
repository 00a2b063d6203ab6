import { MODULES, type Role } from '@gatehouse/access';
import type {
  DepartmentFieldsFragment,
  EmployeeDetailFieldsFragment,
  EmployeeListFieldsFragment,
  UserGroupFieldsFragment,
  ViewerFieldsFragment,
} from '../gql/graphql';

/*
 * Minimal API-shaped rows for MockedProvider results. Apollo's cache adds
 * __typename to every selection, so the mocks carry it too.
 */

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

/** A logged-in viewer with `role`, holding every confidential level. */
export function buildViewer(role: Role = 'ACCOUNT_ADMIN', accounts = 1) {
  const list = Array.from({ length: accounts }, (_, i) => ({ __typename: 'Account' as const, id: `acc-${i + 1}`, name: `Venue ${i + 1}` }));
  const viewer = {
    __typename: 'Viewer' as const,
    identityId: 'identity-1',
    email: 'ada@example.com',
    account: list[0] ?? { __typename: 'Account' as const, id: 'acc-1', name: 'Venue 1' },
    accounts: list,
    settingsAreas: [],
    employee: {
      __typename: 'Employee' as const,
      id: 'viewer-employee',
      fullName: 'Ada Admin',
      firstName: 'Ada',
      surname: 'Admin',
      role,
      isActive: true,
      department: null,
      userGroups: [],
      permissions: MODULES.map((module) => ({
        __typename: 'ModulePermissionType' as const,
        module,
        canAccess: true,
        isModuleAdmin: true,
        seeScope: 'ALL' as const,
        editScope: 'ALL' as const,
        seeLevels: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        editLevels: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      })),
    },
  };
  return viewer satisfies ViewerFieldsFragment;
}

/** An employee row as the list query returns it. */
export function buildEmployee(overrides: Partial<EmployeeListFieldsFragment> = {}): EmployeeListFieldsFragment & { __typename: 'Employee' } {
  const id = overrides.id ?? nextId('emp');
  const firstName = overrides.firstName ?? 'Grace';
  const surname = overrides.surname ?? `Hopper ${id}`;
  return {
    __typename: 'Employee',
    id,
    isActive: true,
    firstName,
    surname,
    fullName: `${firstName} ${surname}`,
    email: `${id}@example.com`,
    role: 'GENERAL',
    invitationState: 'NOT_INVITED',
    lastLoginAt: null,
    department: null,
    userGroups: [],
    ...overrides,
  };
}

/** An employee as the detail query returns it, with empty (GENERAL) permissions unless given. */
export function buildEmployeeDetail(overrides: Partial<EmployeeDetailFieldsFragment> = {}) {
  const base = buildEmployee(overrides);
  const locked = { __typename: 'LockedPartsType' as const, canAccess: false, isModuleAdmin: false, seeScope: false, editScope: false, seeLevels: [], editLevels: [] };
  return {
    ...base,
    permissions: MODULES.map((module) => ({
      __typename: 'ModulePermissionType' as const,
      module,
      canAccess: false,
      isModuleAdmin: false,
      seeScope: 'DEPARTMENT' as const,
      editScope: 'NONE' as const,
      seeLevels: [],
      editLevels: [],
      locked,
    })),
    ...overrides,
  };
}

/** A connection of `nodes` as every list query returns it. */
export function connectionOf<T>(typename: string, nodes: readonly T[], hasNextPage = false) {
  return {
    __typename: `${typename}Connection`,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-end' : null },
    edges: nodes.map((node, i) => ({ __typename: `${typename}Edge`, cursor: `cursor-${i}`, node })),
  };
}

/** The EmployeeFormOptions result: departments and user groups for selects. */
export function formOptions(departments: readonly { id: string; name: string }[], groups: readonly { id: string; name: string }[]) {
  return {
    departments: {
      __typename: 'DepartmentConnection',
      edges: departments.map((d) => ({ __typename: 'DepartmentEdge', node: { __typename: 'Department', ...d } })),
    },
    userGroups: {
      __typename: 'UserGroupConnection',
      edges: groups.map((g) => ({ __typename: 'UserGroupEdge', node: { __typename: 'UserGroup', description: '', ...g } })),
    },
  };
}

/** A department as the departments list returns it. */
export function buildDepartment(overrides: Partial<DepartmentFieldsFragment> = {}): DepartmentFieldsFragment & { __typename: 'Department' } {
  const id = overrides.id ?? nextId('dep');
  return { __typename: 'Department', id, name: `Department ${id}`, memberCount: 0, ...overrides };
}

/** A user group as the user groups list returns it. */
export function buildUserGroup(overrides: Partial<UserGroupFieldsFragment> = {}): UserGroupFieldsFragment & { __typename: 'UserGroup' } {
  const id = overrides.id ?? nextId('grp');
  return { __typename: 'UserGroup', id, name: `Group ${id}`, description: '', memberCount: 0, ...overrides };
}

/** A mutation payload's userErrors as the API returns them. */
export function userErrorsOf(errors: readonly { field: string | null; message: string; code: string }[]) {
  return errors.map((e) => ({ __typename: 'UserError' as const, ...e }));
}
