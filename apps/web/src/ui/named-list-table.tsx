import { ActionIcon, Anchor, Group, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DeleteIcon, EditIcon, MembersIcon } from './icons';
import { TruncatedText } from './truncated-text';
import { useNarrow } from './use-narrow';

/** A row of a named list: something people are members of. */
export interface NamedRow {
  readonly id: string;
  readonly name: string;
  readonly memberCount: number;
}

/** A column between Name and Members; text is kept to one line and cut, whole on hover. */
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

/** Fixed layout: the table is as wide as its container, and names and extra columns are cut to fit. */
const layout = { whiteSpace: 'nowrap', tableLayout: 'fixed' } as const;

/**
 * Names (linking to their members), extra columns, member counts, and Members / edit / Delete
 * as icon links named for their row, so every row stays one line. On narrow screens the extra
 * columns give way to the name.
 */
export function NamedListTable<T extends NamedRow>({ label, rows, columns = [], editAction, search }: NamedListTableProps<T>) {
  const narrow = useNarrow();
  const shown = narrow ? [] : columns;
  const cellOf = (content: ReactNode) => (typeof content === 'string' ? <TruncatedText>{content}</TruncatedText> : content);
  return (
    <Table aria-label={label} striped highlightOnHover verticalSpacing={6} horizontalSpacing="xs" style={layout}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          {shown.map((c) => (
            <Table.Th key={c.header}>{c.header}</Table.Th>
          ))}
          <Table.Th w={88} ta="right">
            Members
          </Table.Th>
          <Table.Th w={112}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component={Link} to={`${row.id}/members`} size="sm" truncate="end" display="block" title={row.name}>
                {row.name}
              </Anchor>
            </Table.Td>
            {shown.map((c) => (
              <Table.Td key={c.header}>{cellOf(c.cell(row))}</Table.Td>
            ))}
            <Table.Td ta="right">{row.memberCount}</Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <ActionIcon variant="subtle" color="gray" component={Link} to={`${row.id}/members`} aria-label={`Members of ${row.name}`} title="Members">
                  <MembersIcon />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  component={Link}
                  to={`${row.id}/${editAction.path}${search}`}
                  aria-label={`${editAction.label} ${row.name}`}
                  title={editAction.label}
                >
                  <EditIcon />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" component={Link} to={`${row.id}/delete${search}`} aria-label={`Delete ${row.name}`} title="Delete">
                  <DeleteIcon />
                </ActionIcon>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
