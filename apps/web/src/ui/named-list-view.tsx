import { Button, Group, Stack } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import type { PagedRows } from '../lib/connection';
import { LoadMoreFooter } from './load-more-footer';
import { NamedListTable, type NamedListColumn, type NamedListEditAction, type NamedRow } from './named-list-table';
import { PageLoader } from './page-loader';
import { UrlSearchInput } from './url-search-input';

/** What a named list says, e.g. for departments. */
export interface NamedListLabels {
  /** The table's accessible name, e.g. "Departments". */
  readonly table: string;
  readonly search: string;
  /** The button that opens the `new` dialog route. */
  readonly add: string;
  readonly loading: string;
  readonly empty: string;
}

export interface NamedListViewProps<T extends NamedRow> {
  readonly labels: NamedListLabels;
  readonly list: PagedRows<T>;
  readonly columns?: readonly NamedListColumn<T>[];
  readonly editAction: NamedListEditAction;
}

/** A searchable named list with "Load more"; its dialogs render in the child route's outlet. */
export function NamedListView<T extends NamedRow>({ labels, list, columns, editAction }: NamedListViewProps<T>) {
  const { search } = useLocation();
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <UrlSearchInput label={labels.search} />
        <Button component={Link} to={`new${search}`}>
          {labels.add}
        </Button>
      </Group>
      {list.loading && list.total === null ? (
        <PageLoader label={labels.loading} />
      ) : (
        <NamedListTable label={labels.table} rows={list.rows} columns={columns} editAction={editAction} search={search} />
      )}
      {list.total !== null && (
        <LoadMoreFooter shown={list.rows.length} total={list.total} emptyText={labels.empty} hasMore={list.hasMore} onLoadMore={list.loadMore} />
      )}
      <Outlet />
    </Stack>
  );
}
