import { Table, UnstyledButton, Group, Text } from '@mantine/core';
import { OrderDirection } from '../gql/graphql';

export type SortDirection = OrderDirection;

export interface SortableThProps {
  readonly label: string;
  /** The direction when this column is the sort column, otherwise null. */
  readonly direction: SortDirection | null;
  readonly onSort: () => void;
  /** The column's width, for tables with a fixed layout. */
  readonly w?: number | string;
}

/** A column header that sorts the table when pressed and tells assistive tech how it is sorted. */
export function SortableTh({ label, direction, onSort, w }: SortableThProps) {
  const ariaSort = direction === OrderDirection.Asc ? 'ascending' : direction === OrderDirection.Desc ? 'descending' : 'none';
  const arrow = direction === OrderDirection.Asc ? '▲' : direction === OrderDirection.Desc ? '▼' : '';
  return (
    <Table.Th aria-sort={ariaSort} w={w}>
      <UnstyledButton onClick={onSort} aria-label={`Sort by ${label}`}>
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Text size="xs" aria-hidden>
            {arrow}
          </Text>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
