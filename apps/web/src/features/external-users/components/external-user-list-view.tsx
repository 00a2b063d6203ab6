import { Table, Text } from '@mantine/core';
import type { ExternalUserFieldsFragment, ExternalUserOrderField, OrderDirection } from '../../../gql/graphql';
import { formatDateTime, formatShortDate } from '../../../lib/format';
import { SelectableCards } from '../../../ui/selectable-cards';
import { SelectableTable } from '../../../ui/selectable-table';
import type { SelectableListProps } from '../../../ui/selection';
import { SortableTh } from '../../../ui/sortable-th';

/** What the table and the cards show and do: the page's external users and their selection. */
export type ExternalUserListViewProps = SelectableListProps<ExternalUserFieldsFragment>;

/** One line per external user on wide screens, as the employee table: fixed layout, cells cut with an ellipsis. */
export function ExternalUserTable(
  props: ExternalUserListViewProps & { readonly sort: ExternalUserOrderField; readonly direction: OrderDirection; readonly onSort: (field: ExternalUserOrderField) => void },
) {
  const { sort, direction, onSort, ...view } = props;
  const th = (field: ExternalUserOrderField, label: string, width: number | string) => (
    <SortableTh label={label} direction={sort === field ? direction : null} onSort={() => onSort(field)} w={width} />
  );
  return (
    <SelectableTable
      {...view}
      label="External users"
      selectAllLabel="Select all external users on this page"
      minWidth={600}
      columns={
        <>
          {th('NAME', 'Name', '30%')}
          {th('EMAIL', 'Email', '35%')}
          <Table.Th w={90}>Open items</Table.Th>
          <Table.Th w={130}>Last verified</Table.Th>
          {th('CREATED_AT', 'Added', 120)}
        </>
      }
      cells={(p) => (
        <>
          <Table.Td>
            <Text size="sm">{p.openItemCount}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" title={p.lastVerifiedAt ? formatDateTime(p.lastVerifiedAt) : undefined}>
              {p.lastVerifiedAt ? formatShortDate(p.lastVerifiedAt) : 'Never'}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" title={formatDateTime(p.createdAt)}>
              {formatShortDate(p.createdAt)}
            </Text>
          </Table.Td>
        </>
      )}
    />
  );
}

/** A card per external user on phones and narrow tablets: selection, name, email, open items, when verified and added. */
export function ExternalUserCards(props: ExternalUserListViewProps) {
  return (
    <SelectableCards
      {...props}
      label="External users"
      details={(p) => (
        <Text size="xs" c="dimmed">
          {p.openItemCount} open {p.openItemCount === 1 ? 'item' : 'items'} · verified {p.lastVerifiedAt ? formatShortDate(p.lastVerifiedAt) : 'never'} · added {formatShortDate(p.createdAt)}
        </Text>
      )}
    />
  );
}
