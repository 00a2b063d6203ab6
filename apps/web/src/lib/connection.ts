/** A cursor connection as every list query returns it. */
export interface ConnectionLike<TNode> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean };
  readonly edges: readonly { readonly node: TNode }[];
}

/** A list grown by "Load more": the rows so far, and whether there are more. */
export interface PagedRows<T> {
  readonly rows: readonly T[];
  /** null until the first page has arrived. */
  readonly total: number | null;
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly loadMore: () => void;
}

/** fetchMore's merge for "Load more": the next page, with the edges already shown kept in front. */
export function appendEdges<C extends { readonly edges: readonly unknown[] }>(prev: C, next: C): C {
  return { ...next, edges: [...prev.edges, ...next.edges] };
}

/** The rows and counts of a (possibly not yet loaded) connection. */
export function pagedRows<T>(connection: ConnectionLike<T> | undefined, loading: boolean, loadMore: () => void): PagedRows<T> {
  return {
    rows: connection?.edges.map((e) => e.node) ?? [],
    total: connection?.totalCount ?? null,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading,
    loadMore,
  };
}
