import { isDeepStrictEqual } from 'node:util';
import type { EditScope, ModuleKey, Role, SeeScope } from '@gatehouse/access';
import type { InvitationState } from '@gatehouse/contracts';

/** The page the admin app's employee list loads, plus effective permissions (what the issue measures). */
export const PAGE_SIZE = 50;

export const EMPLOYEES_PAGE_QUERY = `query BenchEmployeesPage($first: Int!) {
  employees(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id isActive firstName surname fullName email role invitationState lastLoginAt
        department { id name }
        userGroups { id name }
        permissions { module canAccess isModuleAdmin seeScope editScope seeLevels editLevels }
      }
    }
  }
}`;

/** The same page with a cursor and a filter, as the admin app's list sends it. */
export const EMPLOYEES_SCENARIO_QUERY = `query BenchEmployeesScenario($first: Int!, $after: String, $filter: EmployeeFilter) {
  employees(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id isActive firstName surname fullName email role invitationState lastLoginAt
        department { id name }
        userGroups { id name }
        permissions { module canAccess isModuleAdmin seeScope editScope seeLevels editLevels }
      }
    }
  }
}`;

export interface PagePermission {
  module: ModuleKey;
  canAccess: boolean;
  isModuleAdmin: boolean;
  seeScope: SeeScope;
  editScope: EditScope;
  seeLevels: readonly number[];
  editLevels: readonly number[];
}

export interface PageEmployee {
  id: string;
  isActive: boolean;
  firstName: string;
  surname: string;
  fullName: string;
  email: string;
  role: Role;
  invitationState: InvitationState;
  /** ISO 8601, as the DateTimeISO scalar and JSON.stringify(Date) both write it. */
  lastLoginAt: Date | string | null;
  department: { id: string; name: string } | null;
  userGroups: { id: string; name: string }[];
  permissions: PagePermission[];
}

/** The JSON of GraphQL `data` for EMPLOYEES_PAGE_QUERY; the hand-written endpoint answers exactly this. */
export interface EmployeesPageData {
  employees: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: PageEmployee }[];
  };
}

/**
 * Group order is presentation (GraphQL sorts with localeCompare, SQL by the database's
 * collation), so groups are compared as sets: sorted by id. Everything else must match exactly.
 */
function normalize(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => normalize(v));
    return key === 'userGroups' ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) : items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v, k)]));
  }
  return value;
}

/** The first place two JSON values differ, e.g. `employees.edges[3].node.permissions[0].seeLevels`; null when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): { path: string; left: unknown; right: unknown } | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (const [i, item] of a.entries()) {
      const d = firstDifference(item, b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (isRecord(a) && isRecord(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  return { path: path || '(root)', left: a, right: b };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Compares both answers after normalizing group order; null when identical. */
export function comparePages(graphqlData: unknown, handWritten: unknown): { path: string; left: unknown; right: unknown } | null {
  return firstDifference(normalize(graphqlData), normalize(handWritten));
}
