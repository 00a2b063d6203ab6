import { ROLES, type Role } from '@gatehouse/access';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, parsePageSize, pickFrom, useListUrlState } from '../../../lib/use-list-url-state';
import { EmployeeOrderField, InvitationState, OrderDirection, type EmployeeFilter } from '../../../gql/graphql';

export { DEFAULT_PAGE_SIZE, PAGE_SIZES };

/** The schema's values, so a new one on the server is accepted here after codegen without edits. */
export const INVITATION_STATES: readonly InvitationState[] = Object.values(InvitationState);
const SORT_FIELDS: readonly EmployeeOrderField[] = Object.values(EmployeeOrderField);
const DIRECTIONS: readonly OrderDirection[] = Object.values(OrderDirection);

/** Everything that decides which employees the list shows; all of it lives in the URL. */
export interface EmployeeListParams {
  readonly search: string;
  readonly departmentId: string | null;
  readonly groupId: string | null;
  readonly role: Role | null;
  readonly isActive: boolean | null;
  readonly invitationState: InvitationState | null;
  readonly sort: EmployeeOrderField;
  readonly direction: OrderDirection;
  readonly after: string | null;
  /** Rows per page, one of PAGE_SIZES. */
  readonly size: number;
}

/** The URL keys of the filters, as the filter bar names them. */
export const FILTER_KEYS = ['q', 'department', 'group', 'role', 'active', 'invitation'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const parseSize = parsePageSize;
const pick = pickFrom;

/** Read the list state from URL search params; unknown values fall back to defaults. */
export function parseEmployeeListParams(sp: URLSearchParams): EmployeeListParams {
  const active = sp.get('active');
  return {
    search: sp.get('q') ?? '',
    departmentId: sp.get('department') || null,
    groupId: sp.get('group') || null,
    role: pick(ROLES, sp.get('role')),
    isActive: active === 'true' ? true : active === 'false' ? false : null,
    invitationState: pick(INVITATION_STATES, sp.get('invitation')),
    sort: pick(SORT_FIELDS, sp.get('sort')) ?? EmployeeOrderField.Name,
    direction: pick(DIRECTIONS, sp.get('dir')) ?? OrderDirection.Asc,
    after: sp.get('after') || null,
    size: parseSize(sp.get('size')),
  };
}

/** The `filter` argument of the employees query. */
export function toEmployeeFilter(p: EmployeeListParams): EmployeeFilter {
  return {
    ...(p.search.trim() ? { search: p.search.trim() } : {}),
    ...(p.departmentId ? { departmentId: p.departmentId } : {}),
    ...(p.groupId ? { groupId: p.groupId } : {}),
    ...(p.role ? { role: p.role } : {}),
    ...(p.isActive !== null ? { isActive: p.isActive } : {}),
    ...(p.invitationState ? { invitationState: p.invitationState } : {}),
  };
}

/**
 * The employee list state and the ways to change it (see useListUrlState); sorting the
 * current field again turns its direction.
 */
export function useEmployeeListParams() {
  const state = useListUrlState(FILTER_KEYS);
  const params = parseEmployeeListParams(state.searchParams);
  return {
    ...state,
    params,
    setSort: (field: EmployeeOrderField) =>
      state.setSort(field, { field: params.sort, ascending: params.direction === OrderDirection.Asc }, { asc: OrderDirection.Asc, desc: OrderDirection.Desc }),
  };
}
