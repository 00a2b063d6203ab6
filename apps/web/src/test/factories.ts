import {
  CONFIDENTIAL_LEVELS,
  MODULES,
  ROLE_SETTINGS,
  effectivePermissions,
  lockedParts,
  type ModulePermission,
  type Role,
} from '@gatehouse/access';
import type { UserErrorCode } from '@gatehouse/contracts';
import {
  DepartmentOptionsDocument,
  UserGroupOptionsDocument,
  type DepartmentFieldsFragment,
  type EmployeeDetailFieldsFragment,
  type EmployeeListFieldsFragment,
  type UserGroupFieldsFragment,
  type ViewerFieldsFragment,
} from '../gql/graphql';
import { MAX_PAGE_SIZE } from '../lib/use-all-pages';

/*
 * Minimal API-shaped rows for MockedProvider results. Apollo's cache adds
 * __typename to every selection, so the mocks carry it too. What the server
 * derives from a role (settings areas, effective permissions, locked parts) is
 * derived here with the same @gatehouse/access functions, so a factory cannot
 * build a viewer or employee the server would never return.
 */

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

/** A stored grant of everything in `module`: all scopes, module admin, every confidential level. */
export function fullGrant(module: ModulePermission['module']): ModulePermission {
  return {
    module,
    canAccess: true,
    isModuleAdmin: true,
    seeScope: 'ALL',
    editScope: 'ALL',
    seeLevels: CONFIDENTIAL_LEVELS,
    editLevels: CONFIDENTIAL_LEVELS,
  };
}

/** One module permission as the API returns it (mutable level arrays, __typename). */
function permissionType(p: ModulePermission) {
  return { __typename: 'ModulePermissionType' as const, ...p, seeLevels: [...p.seeLevels], editLevels: [...p.editLevels] };
}

export interface ViewerOptions {
  readonly accounts?: number;
  /** The viewer's stored module permissions; the role's floor is added as the server adds it. Default: everything. */
  readonly grants?: readonly ModulePermission[];
}

/** A logged-in viewer with `role`; by default granted everything, so holding every confidential level. */
export function buildViewer(role: Role = 'ACCOUNT_ADMIN', { accounts = 1, grants = MODULES.map(fullGrant) }: ViewerOptions = {}) {
  const list = Array.from({ length: accounts }, (_, i) => ({ __typename: 'Account' as const, id: `acc-${i + 1}`, name: `Venue ${i + 1}` }));
  const viewer = {
    __typename: 'Viewer' as const,
    identityId: 'identity-1',
    email: 'ada@example.com',
    account: list[0] ?? { __typename: 'Account' as const, id: 'acc-1', name: 'Venue 1' },
    accounts: list,
    settingsAreas: [...ROLE_SETTINGS[role]],
    mustAcceptTerms: false,
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
      permissions: effectivePermissions(role, grants).map(permissionType),
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

/**
 * An employee as the detail query returns it: the role's floor plus `grants`
 * (none by default) as effective permissions, with the parts the role locks.
 */
export function buildEmployeeDetail(
  overrides: Partial<EmployeeListFieldsFragment> = {},
  grants: readonly ModulePermission[] = [],
): EmployeeDetailFieldsFragment & { __typename: 'Employee' } {
  const base = buildEmployee(overrides);
  return {
    ...base,
    termsAcceptedAt: null,
    termsAcceptedVersion: null,
    permissions: effectivePermissions(base.role, grants).map((p) => {
      const locked = lockedParts(base.role, p.module);
      return {
        ...permissionType(p),
        locked: { __typename: 'LockedPartsType' as const, ...locked, seeLevels: [...locked.seeLevels], editLevels: [...locked.editLevels] },
      };
    }),
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

/**
 * The DepartmentOptions and UserGroupOptions responses for selects and pickers:
 * every option on one page of MAX_PAGE_SIZE.
 */
export function optionMocks(departments: readonly { id: string; name: string }[], groups: readonly { id: string; name: string }[]) {
  const page = (typename: string, nodes: readonly object[]) => ({
    __typename: `${typename}Connection`,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, node: { __typename: typename, ...node } })),
  });
  return [
    {
      request: { query: DepartmentOptionsDocument, variables: { first: MAX_PAGE_SIZE } },
      result: { data: { departments: page('Department', departments) } },
    },
    {
      request: { query: UserGroupOptionsDocument, variables: { first: MAX_PAGE_SIZE } },
      result: { data: { userGroups: page('UserGroup', groups.map((g) => ({ description: '', ...g }))) } },
    },
  ];
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

/** A userError as a test writes it: its code is one the server can return. */
export interface UserErrorShape {
  readonly field: string | null;
  readonly message: string;
  readonly code: UserErrorCode;
}

/** A mutation payload's userErrors as the API returns them. */
export function userErrorsOf(errors: readonly UserErrorShape[]) {
  return errors.map((e) => ({ __typename: 'UserError' as const, ...e }));
}
