import { ExternalUserOrderField, OrderDirection, type ExternalUserFilter } from '../../../gql/graphql';
import { parsePageSize, pickFrom, useListUrlState } from '../../../lib/use-list-url-state';

/** The schema's values, so a new one on the server is accepted here after codegen without edits. */
export const SORT_FIELDS: readonly ExternalUserOrderField[] = Object.values(ExternalUserOrderField);
const DIRECTIONS: readonly OrderDirection[] = Object.values(OrderDirection);

/** Everything that decides which external users the list shows; all of it lives in the URL. */
export interface ExternalUserListParams {
  readonly search: string;
  readonly sort: ExternalUserOrderField;
  readonly direction: OrderDirection;
  readonly after: string | null;
  readonly size: number;
}

const FILTER_KEYS = ['q'] as const;

/** Reads the list state from URL search params; unknown values fall back to defaults. */
export function parseExternalUserListParams(sp: URLSearchParams): ExternalUserListParams {
  return {
    search: sp.get('q') ?? '',
    sort: pickFrom(SORT_FIELDS, sp.get('sort')) ?? ExternalUserOrderField.Name,
    direction: pickFrom(DIRECTIONS, sp.get('dir')) ?? OrderDirection.Asc,
    after: sp.get('after') || null,
    size: parsePageSize(sp.get('size')),
  };
}

/** The `filter` argument of the externalUsers query. */
export function toExternalUserFilter(p: ExternalUserListParams): ExternalUserFilter {
  return p.search.trim() ? { search: p.search.trim() } : {};
}

/** The external user list state and the ways to change it, as the employee list's. */
export function useExternalUserListParams() {
  const state = useListUrlState(FILTER_KEYS);
  const params = parseExternalUserListParams(state.searchParams);
  return {
    ...state,
    params,
    setSearch: (value: string) => state.setFilter('q', value.trim() || null),
    /** The order a "Sort by" select names: field and direction, or nothing for a value it does not know. */
    setOrder: (value: string) => {
      const [field, direction] = value.split(':');
      const f = pickFrom(SORT_FIELDS, field ?? null);
      const d = pickFrom(DIRECTIONS, direction ?? null);
      if (f && d) state.setOrder(f, d);
    },
    setSort: (field: ExternalUserOrderField) =>
      state.setSort(field, { field: params.sort, ascending: params.direction === OrderDirection.Asc }, { asc: OrderDirection.Asc, desc: OrderDirection.Desc }),
  };
}
