import { ROLES, type Role } from '@gatehouse/access';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { EmployeeOrderField, InvitationState, OrderDirection, type EmployeeFilter } from '../../../gql/graphql';

/** The rows-per-page choices; the first is the default. The largest stays well under the server's page cap. */
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];

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

const parseSize = (v: string | null): number => PAGE_SIZES.find((n) => String(n) === v) ?? DEFAULT_PAGE_SIZE;

const pick = <T extends string>(allowed: readonly T[], v: string | null): T | null =>
  allowed.find((a) => a === v) ?? null;

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

function previousCursors(state: unknown): readonly (string | null)[] {
  if (typeof state !== 'object' || state === null || !('cursors' in state)) return [];
  const { cursors } = state;
  return Array.isArray(cursors) ? cursors.filter((c): c is string | null => c === null || typeof c === 'string') : [];
}

/**
 * The list state and the ways to change it. Filters and sort reset paging;
 * "previous" returns to the cursor kept in history state, since the API pages
 * forward only.
 */
export function useEmployeeListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const params = parseEmployeeListParams(searchParams);
  const cursors = previousCursors(location.state);

  const update = (change: (next: URLSearchParams) => void, state?: { cursors: readonly (string | null)[] }) => {
    const next = new URLSearchParams(searchParams);
    change(next);
    setSearchParams(next, { state, replace: state === undefined });
  };

  return {
    params,
    pageIndex: cursors.length,
    setFilter: (key: FilterKey, value: string | null) =>
      update((next) => {
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('after');
      }),
    /** True when any filter or the search narrows the list. */
    isFiltered: FILTER_KEYS.some((key) => searchParams.has(key)),
    /** Drops every filter and the search; the sort and the page size stay. */
    clearFilters: () =>
      update((next) => {
        for (const key of FILTER_KEYS) next.delete(key);
        next.delete('after');
      }),
    setSort: (field: EmployeeOrderField) =>
      update((next) => {
        const direction = params.sort === field && params.direction === OrderDirection.Asc ? OrderDirection.Desc : OrderDirection.Asc;
        next.set('sort', field);
        next.set('dir', direction);
        next.delete('after');
      }),
    /** A new page size starts again at the first page: the old cursors counted other pages. */
    setPageSize: (size: number) =>
      update((next) => {
        if (size === DEFAULT_PAGE_SIZE) next.delete('size');
        else next.set('size', String(size));
        next.delete('after');
      }),
    goNext: (endCursor: string) =>
      update((next) => next.set('after', endCursor), { cursors: [...cursors, params.after] }),
    goPrevious: () => {
      const previous = cursors[cursors.length - 1] ?? null;
      update(
        (next) => {
          if (previous) next.set('after', previous);
          else next.delete('after');
        },
        { cursors: cursors.slice(0, -1) },
      );
    },
    /** The list URL's query string, so drawers can return to the same view. */
    search: location.search,
    navigate,
  };
}
