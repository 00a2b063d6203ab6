import { PAGE_SIZES } from '../lib/use-list-url-state';
import { ClearFiltersEmpty } from './clear-filters-empty';
import { Pager } from './pager';

/** The list URL's moves the footer makes (see useListUrlState). */
export interface PagedListMoves {
  readonly isFiltered: boolean;
  readonly clearFilters: () => void;
  readonly goPrevious: () => void;
  readonly goNext: (endCursor: string) => void;
  readonly setPageSize: (size: number) => void;
}

export interface PagedListFooterProps {
  /** The page's connection; nothing is shown until the first answer. */
  readonly connection: { readonly totalCount: number; readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null } } | undefined;
  /** How many rows this page shows. */
  readonly shown: number;
  /** 1-based position of the page's first row. */
  readonly from: number;
  readonly hasPrevious: boolean;
  readonly pageSize: number;
  readonly list: PagedListMoves;
  /** What the list says when it is empty and unfiltered ("No employees yet."). */
  readonly nothing: string;
  /** Runs before every move: a selection is of what the admin saw. */
  readonly onMove: () => void;
}

/** Under a cursor-paged people list: what an empty list says, then the pager with the rows-per-page choice. */
export function PagedListFooter({ connection, shown, from, hasPrevious, pageSize, list, nothing, onMove }: PagedListFooterProps) {
  if (!connection) return null;
  return (
    <>
      {connection.totalCount === 0 && (
        <ClearFiltersEmpty
          filtered={list.isFiltered}
          nothing={nothing}
          onClear={() => {
            onMove();
            list.clearFilters();
          }}
        />
      )}
      <Pager
        from={shown > 0 ? from : 0}
        to={from + shown - 1}
        total={connection.totalCount}
        hasPrevious={hasPrevious}
        hasNext={connection.pageInfo.hasNextPage}
        onPrevious={() => {
          onMove();
          list.goPrevious();
        }}
        onNext={() => {
          const cursor = connection.pageInfo.endCursor;
          onMove();
          if (cursor) list.goNext(cursor);
        }}
        pageSize={{
          value: pageSize,
          options: PAGE_SIZES,
          onChange: (size) => {
            onMove();
            list.setPageSize(size);
          },
        }}
      />
    </>
  );
}
