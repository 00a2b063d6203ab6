import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { EmployeesDocument } from '../../../gql/graphql';
import { useViewer, viewerPrincipal } from '../../auth';
import { PageLoader } from '../../../ui/page-loader';
import { Pager } from '../../../ui/pager';
import { BulkEditModal } from '../components/bulk-edit-modal';
import { DeleteEmployeesButton } from '../components/delete-employees-button';
import { EmployeeFilters } from '../components/employee-filters';
import { EmployeeTable } from '../components/employee-table';
import { useEmployeeListParams, PAGE_SIZE, toEmployeeFilter } from '../hooks/use-employee-list-params';
import { useEmployeeOptions } from '../hooks/use-employee-options';
import { roleOptions } from '../role-options';


/** Settings → Employees: filterable, sortable, paged list with selection actions; drawers open as child routes. */
export function EmployeesPage() {
  const list = useEmployeeListParams();
  const { params } = list;
  const options = useEmployeeOptions();
  const { viewer } = useViewer();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const { data: current, previousData, loading, error } = useQuery(EmployeesDocument, {
    variables: {
      first: PAGE_SIZE,
      after: params.after,
      filter: toEmployeeFilter(params),
      orderBy: { field: params.sort, direction: params.direction },
    },
    // Lists change under other pages' mutations (member counts, new departments): revalidate on mount.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Keep showing the last page while the next filter or page loads.
  const data = current ?? previousData;
  const connection = data?.employees;
  const employees = connection?.edges.map((e) => e.node) ?? [];
  const from = list.pageIndex * PAGE_SIZE + 1;
  const hrefFor = (id: string) => `${id}${list.search}`;

  const select = (ids: readonly string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const closeBulk = (done: boolean) => {
    setBulkOpen(false);
    if (done) setSelected(new Set());
  };
  const chosen = employees.filter((e) => selected.has(e.id));

  return (
    <Stack>
      <Group justify="flex-end" gap="xs">
        {chosen.length > 0 && (
          <>
            <Button variant="default" onClick={() => setBulkOpen(true)}>
              Bulk edit ({chosen.length})
            </Button>
            <DeleteEmployeesButton employees={chosen} onDeleted={() => setSelected(new Set())} />
          </>
        )}
        <Button component={Link} to={`new${list.search}`}>
          + Add
        </Button>
      </Group>
      <Group align="flex-end">
        <EmployeeFilters
          params={params}
          departments={options.departments}
          groups={options.groups}
          onChange={(key, value) => {
            setSelected(new Set());
            list.setFilter(key, value);
          }}
        />
      </Group>
      {error && <Alert color="red">Could not load employees.</Alert>}
      {loading && !data ? (
        <PageLoader label="Loading employees" />
      ) : (
        <EmployeeTable
          employees={employees}
          sort={params.sort}
          direction={params.direction}
          onSort={list.setSort}
          selected={selected}
          onSelect={select}
          hrefFor={hrefFor}
          onOpen={(id) => void list.navigate(hrefFor(id))}
        />
      )}
      {connection && (
        <Pager
          from={employees.length > 0 ? from : 0}
          to={from + employees.length - 1}
          total={connection.totalCount}
          hasPrevious={params.after !== null}
          hasNext={connection.pageInfo.hasNextPage}
          onPrevious={() => {
            setSelected(new Set());
            list.goPrevious();
          }}
          onNext={() => {
            const cursor = connection.pageInfo.endCursor;
            setSelected(new Set());
            if (cursor) list.goNext(cursor);
          }}
        />
      )}
      {bulkOpen && viewer && (
        <BulkEditModal
          employees={chosen}
          departments={options.departments}
          groups={options.groups}
          roles={roleOptions(viewerPrincipal(viewer), null)}
          onClose={closeBulk}
        />
      )}
      <Outlet />
    </Stack>
  );
}
