import { Anchor, Checkbox, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { selectAllProps, type SelectableListProps, type SelectableRow } from './selection';
import { TruncatedText } from './truncated-text';

export interface SelectableTableProps<R extends SelectableRow & { readonly email: string }> extends SelectableListProps<R> {
  /** The table's accessible name ("Employees"). */
  readonly label: string;
  /** The header checkbox's accessible name ("Select all employees on this page"). */
  readonly selectAllLabel: string;
  /** Below this width the table scrolls inside its container. */
  readonly minWidth: number;
  /** The header cells after the selection column: Name, Email, then the list's own. */
  readonly columns: ReactNode;
  /** A row's cells after its name and email. */
  readonly cells: (row: R) => ReactNode;
}

/**
 * Every cell keeps to one line. The layout is fixed, so the table is exactly as wide as its
 * container and long values are cut with an ellipsis (whole on hover and in the drawer).
 */
const layout = { whiteSpace: 'nowrap', tableLayout: 'fixed' } as const;

/** A people list for wide screens: one line per person, a selection checkbox at the left, the name linking to the drawer, the email. */
export function SelectableTable<R extends SelectableRow & { readonly email: string }>(props: SelectableTableProps<R>) {
  const { rows, selected, onSelect, hrefFor, onOpen, label, selectAllLabel, minWidth, columns, cells } = props;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-label={label} highlightOnHover striped verticalSpacing={6} horizontalSpacing={8} style={layout}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox aria-label={selectAllLabel} {...selectAllProps(props)} />
            </Table.Th>
            {columns}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} onClick={() => onOpen(r.id)} style={{ cursor: 'pointer' }}>
              <Table.Td onClick={(ev) => ev.stopPropagation()}>
                <Checkbox aria-label={`Select ${r.fullName}`} checked={selected.has(r.id)} onChange={(ev) => onSelect([r], ev.currentTarget.checked)} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={hrefFor(r.id)} onClick={(ev) => ev.stopPropagation()} size="sm" truncate="end" display="block" title={r.fullName}>
                  {r.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <TruncatedText>{r.email}</TruncatedText>
              </Table.Td>
              {cells(r)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
