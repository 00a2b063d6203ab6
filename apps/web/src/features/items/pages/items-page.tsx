import { useQuery } from '@apollo/client/react';
import { MODULE_LABELS, type ModuleKey } from '@gatehouse/access';
import { Anchor, Box, Button, Card, Checkbox, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, Outlet, useSearchParams } from 'react-router';
import { ItemChoicesDocument, ItemOrderField, ItemStatus, ItemsDocument, OrderDirection, type ItemFieldsFragment } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { UrlSearchInput } from '../../../ui/url-search-input';
import { useNarrow } from '../../../ui/use-narrow';
import { useViewer } from '../../auth';
import { checklistProgress, formatDue, ItemStatusBadge } from '../components/item-status-badge';
import { itemNoun, viewerModulePermission } from '../item-modules';

const PAGE_SIZE = 50;
const ORDER_LABELS: Record<ItemOrderField, string> = { DUE: 'Due date', CREATED: 'Newest', TITLE: 'Title' };

function isOrderField(v: string | null): v is ItemOrderField {
  return v !== null && Object.values(ItemOrderField).some((f) => f === v);
}
function isStatus(v: string | null): v is ItemStatus {
  return v !== null && Object.values(ItemStatus).some((s) => s === v);
}

/** A module's list (Jobs, Incidents): search, status and order live in the URL; drawers are child routes. */
export function ItemsPage({ module }: { readonly module: ModuleKey }) {
  const label = MODULE_LABELS[module];
  const [params, setParams] = useSearchParams();
  const narrow = useNarrow();
  const { viewer } = useViewer();
  const permission = viewerModulePermission(viewer, module);
  // Someone who follows a link into a module they may not open sees why, not a failed request.
  const denied = viewer !== null && permission?.canAccess !== true;
  const search = params.get('q') ?? '';
  const status = params.get('status');
  const sort = params.get('sort');
  const field = isOrderField(sort) ? sort : ItemOrderField.Due;
  useEffect(() => void (document.title = `${label} · Gatehouse`), [label]);
  const variables = {
    module,
    first: PAGE_SIZE,
    filter: {
      search: search || null,
      status: isStatus(status) ? status : null,
      departmentId: params.get('department') || null,
      assignedToMe: params.get('mine') === '1' || null,
      includeArchived: params.get('archived') === '1',
    },
    orderBy: { field, direction: field === ItemOrderField.Created ? OrderDirection.Desc : OrderDirection.Asc },
  };
  const { data, loading, fetchMore } = useQuery(ItemsDocument, { variables, skip: denied });
  const choices = useQuery(ItemChoicesDocument, { variables: { module }, skip: denied }).data?.itemChoices;
  const items = data?.items.edges.map((e) => e.node) ?? [];
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const canCreate = permission?.canAccess === true && permission.editScope !== 'NONE';
  if (denied) {
    return (
      <Stack>
        <Title order={1}>{label}</Title>
        <Text>You do not have access to {label}. An administrator can give it to you in your module permissions.</Text>
      </Stack>
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{label}</Title>
        {canCreate && (
          <Button component={Link} to={{ pathname: 'new', search: params.toString() }}>
            New {itemNoun(module)}
          </Button>
        )}
      </Group>
      <Group align="end" wrap="wrap">
        <UrlSearchInput label={`Search ${label.toLowerCase()}`} />
        <NativeSelect
          label="Status"
          value={isStatus(status) ? status : ''}
          onChange={(e) => set('status', e.currentTarget.value || null)}
          data={[{ value: '', label: 'Any' }, { value: ItemStatus.Open, label: 'Open' }, { value: ItemStatus.Completed, label: 'Completed' }]}
        />
        <NativeSelect
          label="Department"
          value={params.get('department') ?? ''}
          onChange={(e) => set('department', e.currentTarget.value || null)}
          data={[{ value: '', label: 'Any' }, ...(choices?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))]}
        />
        <NativeSelect label="Sort by" value={field} onChange={(e) => set('sort', e.currentTarget.value)} data={Object.values(ItemOrderField).map((f) => ({ value: f, label: ORDER_LABELS[f] }))} />
        <NativeSelect label="Archived" value={params.get('archived') === '1' ? '1' : ''} onChange={(e) => set('archived', e.currentTarget.value || null)} data={[{ value: '', label: 'Hidden' }, { value: '1', label: 'Shown' }]} />
        <Checkbox label="Assigned to me" checked={params.get('mine') === '1'} onChange={(e) => set('mine', e.currentTarget.checked ? '1' : null)} mb={8} />
      </Group>
      {loading && !data ? <PageLoader /> : narrow ? <ItemCards items={items} /> : <ItemTable items={items} />}
      {!loading && items.length === 0 && <Text c="dimmed">No {label.toLowerCase()} to show.</Text>}
      {data?.items.pageInfo.hasNextPage && (
        <Button variant="default" onClick={() => void fetchMore({ variables: { after: data.items.pageInfo.endCursor } })}>
          Load more
        </Button>
      )}
      <Outlet />
    </Stack>
  );
}

function ItemLink({ item }: { readonly item: ItemFieldsFragment }) {
  const [params] = useSearchParams();
  return (
    <Anchor component={Link} to={{ pathname: item.id, search: params.toString() }} fw={500}>
      {item.title}
    </Anchor>
  );
}

function ItemTable({ items }: { readonly items: readonly ItemFieldsFragment[] }) {
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label="Items">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Title</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th>Department</Table.Th>
          <Table.Th>Level</Table.Th>
          <Table.Th>Assigned</Table.Th>
          <Table.Th>Checklist</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td><ItemLink item={item} /></Table.Td>
            <Table.Td><ItemStatusBadge item={item} /></Table.Td>
            <Table.Td>{formatDue(item.dueAt)}</Table.Td>
            <Table.Td>{item.department?.name ?? '—'}</Table.Td>
            <Table.Td>{item.confidentialLevel ?? '—'}</Table.Td>
            <Table.Td>{item.assignedEmployees.map((e) => `${e.firstName} ${e.surname}`).join(', ') || '—'}</Table.Td>
            <Table.Td>{checklistProgress(item) || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ItemCards({ items }: { readonly items: readonly ItemFieldsFragment[] }) {
  return (
    <Stack gap="xs" role="list" aria-label="Items">
      {items.map((item) => (
        <Card key={item.id} withBorder padding="sm" role="listitem">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <ItemLink item={item} />
            {/* A long title takes more lines; the status stays whole beside it. */}
            <Box style={{ flexShrink: 0 }}>
              <ItemStatusBadge item={item} />
            </Box>
          </Group>
          <Text size="sm" c="dimmed">
            {formatDue(item.dueAt)}
            {item.department ? ` · ${item.department.name}` : ''}
            {checklistProgress(item) ? ` · checklist ${checklistProgress(item)}` : ''}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
