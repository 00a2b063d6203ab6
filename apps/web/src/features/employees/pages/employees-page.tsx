import { useApolloClient, useQuery } from '@apollo/client/react';
import { MAX_IDS_PER_REQUEST } from '@gatehouse/contracts';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { EmployeesDocument, type EmployeeListFieldsFragment } from '../../../gql/graphql';
import { useViewer, viewerPrincipal } from '../../auth';
import { useRowSelection } from '../../../lib/use-row-selection';
import { PageLoader } from '../../../ui/page-loader';
import { PagedListFooter } from '../../../ui/paged-list-footer';
import { useNarrow } from '../../../ui/use-narrow';
import { BulkEditModal } from '../components/bulk-edit-modal';
import { DeleteEmployeesButton } from '../components/delete-employees-button';
import { EmployeeCards } from '../components/employee-cards';
import { EmployeeFilters } from '../components/employee-filters';
import { EmployeeTable } from '../components/employee-table';
import { SelectAllMatching } from '../components/select-all-matching';
import { SendInvitesButton } from '../components/send-invites-button';
import { collectMatching } from '../hooks/collect-matching';
import { useEmployeeListParams, toEmployeeFilter } from '../hooks/use-employee-list-params';
import { useEmployeeOptions } from '../hooks/use-employee-options';
import { exportUrl } from '../hooks/employee-csv-urls';
import { roleOptions } from '../role-options';

/**
 * Settings → Employees: filterable, sortable, paged list with selection actions; drawers open
 * as child routes. The selection holds whole rows, so it can reach past the page ("select all
 * matching") and the bulk dialogs can name whom they act on. Changing filter, sort or page
 * clears it: a selection is of what the admin saw.
 */
export function EmployeesPage() {
  const list = useEmployeeListParams();
  const { params } = list;
  const options = useEmployeeOptions();
  const { viewer } = useViewer();
  const client = useApolloClient();
  const narrow = useNarrow();
  const { selected, chosen, select, replace, clear } = useRowSelection<EmployeeListFieldsFragment>();
  const [collecting, setCollecting] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const filter = toEmployeeFilter(params);
  const orderBy = { field: params.sort, direction: params.direction };
  const { data: current, previousData, loading, error } = useQuery(EmployeesDocument, {
    variables: { first: params.size, after: params.after, filter, orderBy },
    // Lists change under other pages' mutations (member counts, new departments): revalidate on mount.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Keep showing the last page while the next filter or page loads.
  const data = current ?? previousData;
  const connection = data?.employees;
  const employees = connection?.edges.map((e) => e.node) ?? [];
  const from = list.pageIndex * params.size + 1;
  const hrefFor = (id: string) => `${id}${list.search}`;

  const selectAllMatching = async () => {
    setCollecting(true);
    try {
      const rows = await collectMatching(client, filter, orderBy, MAX_IDS_PER_REQUEST);
      replace(rows);
    } catch {
      // The error link has reported the failed request; the page's selection stays as it was.
    } finally {
      setCollecting(false);
    }
  };
  const closeBulk = (done: boolean) => {
    setBulkOpen(false);
    if (done) clear();
  };
  const wholePageSelected = employees.length > 0 && employees.every((e) => selected.has(e.id));
  const total = connection?.totalCount ?? 0;
  const view = { rows: employees, selected, onSelect: select, hrefFor, onOpen: (id: string) => void list.navigate(hrefFor(id)) };

  return (
    <Stack gap="sm">
      <Group justify="flex-end" gap="xs">
        {chosen.length > 0 && (
          <>
            <Button variant="default" onClick={() => setBulkOpen(true)}>
              Bulk edit ({chosen.length})
            </Button>
            {viewer && <SendInvitesButton employees={chosen} actor={viewerPrincipal(viewer)} onSent={clear} />}
            <DeleteEmployeesButton employees={chosen} onDeleted={clear} />
          </>
        )}
        <Button component={Link} to={`import${list.search}`} variant="default">
          Import
        </Button>
        <Button component="a" href={exportUrl(filter)} download variant="default">
          Export
        </Button>
        <Button component={Link} to={`new${list.search}`}>
          + Add
        </Button>
      </Group>
      <EmployeeFilters
        params={params}
        departments={options.departments}
        groups={options.groups}
        folded={narrow}
        onChange={(key, value) => {
          clear();
          list.setFilter(key, value);
        }}
      />
      {error && <Alert color="red">Could not load employees.</Alert>}
      {wholePageSelected && total > employees.length && (
        <SelectAllMatching
          pageCount={employees.length}
          total={total}
          selectedCount={chosen.length}
          limit={MAX_IDS_PER_REQUEST}
          collecting={collecting}
          onSelectAll={() => void selectAllMatching()}
          onClear={clear}
        />
      )}
      {loading && !data ? (
        <PageLoader label="Loading employees" />
      ) : narrow ? (
        <EmployeeCards {...view} />
      ) : (
        <EmployeeTable {...view} sort={params.sort} direction={params.direction} onSort={list.setSort} />
      )}
      <PagedListFooter
        connection={connection}
        shown={employees.length}
        from={from}
        hasPrevious={params.after !== null}
        pageSize={params.size}
        list={list}
        nothing="No employees yet."
        onMove={clear}
      />
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
