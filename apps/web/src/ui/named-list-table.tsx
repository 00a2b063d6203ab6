import { Anchor, Button, Group, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A row of a named list: something people are members of. */
export interface NamedRow {
  readonly id: string;
  readonly name: string;
  readonly memberCount: number;
}

/** A column between Name and Members. */
export interface NamedListColumn<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
}

/** The row action that opens the edit dialog: its button text and its route segment. */
export interface NamedListEditAction {
  readonly label: string;
  readonly path: string;
}

export interface NamedListTableProps<T extends NamedRow> {
  readonly label: string;
  readonly rows: readonly T[];
  readonly columns?: readonly NamedListColumn<T>[];
  readonly editAction: NamedListEditAction;
  /** The list's query string, kept when a dialog route opens. */
  readonly search: string;
}

/** Names (linking to their members), extra columns, member counts, and Members / edit / Delete links. */
export function NamedListTable<T extends NamedRow>({ label, rows, columns = [], editAction, search }: NamedListTableProps<T>) {
  return (
    <Table aria-label={label} striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.header}>{c.header}</Table.Th>
          ))}
          <Table.Th>Members</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component={Link} to={`${row.id}/members`}>
                {row.name}
              </Anchor>
            </Table.Td>
            {columns.map((c) => (
              <Table.Td key={c.header}>{c.cell(row)}</Table.Td>
            ))}
            <Table.Td>{row.memberCount}</Table.Td>
            <Table.Td>
              <Group gap="xs" justify="flex-end">
                <Button size="xs" variant="subtle" component={Link} to={`${row.id}/members`} aria-label={`Members of ${row.name}`}>
                  Members
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  component={Link}
                  to={`${row.id}/${editAction.path}${search}`}
                  aria-label={`${editAction.label} ${row.name}`}
                >
                  {editAction.label}
                </Button>
                <Button size="xs" variant="subtle" color="red" component={Link} to={`${row.id}/delete${search}`} aria-label={`Delete ${row.name}`}>
                  Delete
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
