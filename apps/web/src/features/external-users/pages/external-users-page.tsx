import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, Outlet } from 'react-router';
import { ExternalUserOrderField, ExternalUsersDocument, OrderDirection, type ExternalUserFieldsFragment } from '../../../gql/graphql';
import { useRowSelection } from '../../../lib/use-row-selection';
import { PageLoader } from '../../../ui/page-loader';
import { PagedListFooter } from '../../../ui/paged-list-footer';
import { useNarrow } from '../../../ui/use-narrow';
import { DeleteExternalUsersButton } from '../components/delete-external-users-button';
import { ExternalUserCards, ExternalUserTable } from '../components/external-user-list-view';
import { SORT_FIELDS, toExternalUserFilter, useExternalUserListParams } from '../hooks/use-external-user-list-params';

const SORT_LABELS: Readonly<Record<ExternalUserOrderField, string>> = { NAME: 'Name', EMAIL: 'Email', CREATED_AT: 'Added' };

/**
 * Settings → External Users: searchable, sortable, paged list with selection for delete, as
 * the employee list; drawers open as child routes. Changing search, sort or page clears the
 * selection: a selection is of what the admin saw.
 */
export function ExternalUsersPage() {
  const list = useExternalUserListParams();
  const { params } = list;
  const narrow = useNarrow();
  const { selected, chosen, select, clear } = useRowSelection<ExternalUserFieldsFragment>();
  const [search, setSearch] = useState(params.search);
  useEffect(() => setSearch(params.search), [params.search]);
  const commitSearch = useDebouncedCallback((value: string) => {
    clear();
    list.setSearch(value);
  }, 300);
  const { data: current, previousData, loading, error } = useQuery(ExternalUsersDocument, {
    variables: { first: params.size, after: params.after, filter: toExternalUserFilter(params), orderBy: { field: params.sort, direction: params.direction } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const data = current ?? previousData;
  const connection = data?.externalUsers;
  const people = connection?.edges.map((e) => e.node) ?? [];
  const from = list.pageIndex * params.size + 1;
  const hrefFor = (id: string) => `${id}${list.search}`;
  const view = { rows: people, selected, onSelect: select, hrefFor, onOpen: (id: string) => void list.navigate(hrefFor(id)) };
  const sortBy = (field: ExternalUserOrderField) => {
    clear();
    list.setSort(field);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Group gap="xs" align="flex-end" style={{ flex: 1 }} wrap={narrow ? 'wrap' : 'nowrap'}>
          <TextInput
            label="Search"
            placeholder="Name or email"
            type="search"
            w={narrow ? undefined : 240}
            style={narrow ? { flex: 1, minWidth: 160 } : undefined}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              commitSearch(e.currentTarget.value);
            }}
          />
          {narrow && (
            <NativeSelect
              label="Sort by"
              value={`${params.sort}:${params.direction}`}
              data={SORT_FIELDS.flatMap((f) => [
                { value: `${f}:${OrderDirection.Asc}`, label: `${SORT_LABELS[f]} ↑` },
                { value: `${f}:${OrderDirection.Desc}`, label: `${SORT_LABELS[f]} ↓` },
              ])}
              onChange={(e) => {
                clear();
                list.setOrder(e.currentTarget.value);
              }}
            />
          )}
        </Group>
        <Group gap="xs">
          {chosen.length > 0 && <DeleteExternalUsersButton people={chosen} onDeleted={clear} />}
          <Button component={Link} to={`new${list.search}`}>
            + Add
          </Button>
        </Group>
      </Group>
      {error && <Alert color="red">Could not load external users.</Alert>}
      {loading && !data ? (
        <PageLoader label="Loading external users" />
      ) : narrow ? (
        <ExternalUserCards {...view} />
      ) : (
        <ExternalUserTable {...view} sort={params.sort} direction={params.direction} onSort={sortBy} />
      )}
      <PagedListFooter
        connection={connection}
        shown={people.length}
        from={from}
        hasPrevious={params.after !== null}
        pageSize={params.size}
        list={list}
        nothing="No external users yet."
        onMove={clear}
      />
      <Outlet />
    </Stack>
  );
}
