import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** The rows-per-page choices of the people lists; the first is the default. The largest stays well under the server's page cap. */
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];

/** Rows per page from the URL's `size`; anything else is the default. */
export function parsePageSize(v: string | null): number {
  return PAGE_SIZES.find((n) => String(n) === v) ?? DEFAULT_PAGE_SIZE;
}

/** The allowed value `v` names, or null. */
export function pickFrom<T extends string>(allowed: readonly T[], v: string | null): T | null {
  return allowed.find((a) => a === v) ?? null;
}

function previousCursors(state: unknown): readonly (string | null)[] {
  if (typeof state !== 'object' || state === null || !('cursors' in state)) return [];
  const { cursors } = state;
  return Array.isArray(cursors) ? cursors.filter((c): c is string | null => c === null || typeof c === 'string') : [];
}

/**
 * The URL state of a cursor-paged, sortable, filterable list and the ways to change it:
 * filters (`filterKeys`), `sort` and `dir`, `size`, and `after`. Filters, sort and page size
 * reset paging; "previous" returns to the cursor kept in history state, since the API pages
 * forward only.
 */
export function useListUrlState<K extends string>(filterKeys: readonly K[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const cursors = previousCursors(location.state);
  const after = searchParams.get('after') || null;

  const update = (change: (next: URLSearchParams) => void, state?: { cursors: readonly (string | null)[] }) => {
    const next = new URLSearchParams(searchParams);
    change(next);
    setSearchParams(next, { state, replace: state === undefined });
  };

  return {
    searchParams,
    pageIndex: cursors.length,
    setFilter: (key: K, value: string | null) =>
      update((next) => {
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('after');
      }),
    /** True when any filter or the search narrows the list. */
    isFiltered: filterKeys.some((key) => searchParams.has(key)),
    /** Drops every filter and the search; the sort and the page size stay. */
    clearFilters: () =>
      update((next) => {
        for (const key of filterKeys) next.delete(key);
        next.delete('after');
      }),
    /** Sorts by `field` in `direction` (a select that names both). */
    setOrder: (field: string, direction: string) =>
      update((next) => {
        next.set('sort', field);
        next.set('dir', direction);
        next.delete('after');
      }),
    /** Sorts by `field`: ascending, or the other way when it already sorts ascending by it. */
    setSort: (field: string, current: { field: string; ascending: boolean }, values: { asc: string; desc: string }) =>
      update((next) => {
        next.set('sort', field);
        next.set('dir', current.field === field && current.ascending ? values.desc : values.asc);
        next.delete('after');
      }),
    /** A new page size starts again at the first page: the old cursors counted other pages. */
    setPageSize: (size: number) =>
      update((next) => {
        if (size === DEFAULT_PAGE_SIZE) next.delete('size');
        else next.set('size', String(size));
        next.delete('after');
      }),
    goNext: (endCursor: string) => update((next) => next.set('after', endCursor), { cursors: [...cursors, after] }),
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
