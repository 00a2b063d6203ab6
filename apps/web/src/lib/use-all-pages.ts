import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MAX_PAGE_SIZE } from '@gatehouse/contracts';
import { useEffect, useState } from 'react';

export { MAX_PAGE_SIZE };

/** A page of a cursor connection, as far as paging through it needs. */
export interface ConnectionPage<TNode> {
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: TNode }[];
}

/** A query for one connection, and how to find it in and merge it into the query's result. */
export interface AllPagesSource<TData, TNode> {
  readonly document: TypedDocumentNode<TData, { first: number; after?: string | null }>;
  readonly connection: (data: TData) => ConnectionPage<TNode>;
  /** `prev` with `next`'s edges appended and `next`'s pageInfo. */
  readonly append: (prev: TData, next: TData) => TData;
}

export interface AllPages<TNode> {
  readonly nodes: readonly TNode[];
  /** True until the last page has arrived (or a page failed; the error link reported it). */
  readonly loading: boolean;
}

/**
 * Every row of a connection, for selects and pickers that must offer all of
 * them: the first page, then one page after another until hasNextPage is false.
 * Declare `source` at module level so it is the same object on every render.
 */
export function useAllPages<TData, TNode>(source: AllPagesSource<TData, TNode>): AllPages<TNode> {
  const { data, loading, fetchMore } = useQuery(source.document, {
    variables: { first: MAX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [failedAt, setFailedAt] = useState<string | null>(null);
  const page = data ? source.connection(data) : undefined;
  const after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  const wanted = after !== null && after !== failedAt ? after : null;

  useEffect(() => {
    if (wanted === null) return;
    fetchMore({
      variables: { after: wanted },
      // Appends only onto the page this cursor ends: a repeated request for the
      // same cursor (an effect run twice) then changes nothing.
      updateQuery: (prev, { fetchMoreResult }) =>
        source.connection(prev).pageInfo.endCursor === wanted ? source.append(prev, fetchMoreResult) : prev,
    }).catch(() => setFailedAt(wanted));
  }, [wanted, fetchMore, source]);

  return { nodes: page?.edges.map((e) => e.node) ?? [], loading: loading || wanted !== null };
}
