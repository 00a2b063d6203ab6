import { ROLE_LABELS } from '@gatehouse/access';
import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EmployeeListFieldsFragment, EmployeeOrderField, OrderDirection } from '../../../gql/graphql';
import { formatDateTime, formatShortDate } from '../../../lib/format';
import { SortableTh } from '../../../ui/sortable-th';
import { TruncatedText } from '../../../ui/truncated-text';
import { invitationLabel } from '../labels';

/** Whether an id is selected (a Set or a Map of the selection). */
export interface SelectionView {
  has(id: string): boolean;
}

/** What the table and the cards show and do: the page's employees and their selection. */
export interface EmployeeListViewProps {
  readonly employees: readonly EmployeeListFieldsFragment[];
  /** The selection, as far as showing it needs. */
  readonly selected: SelectionView;
  readonly onSelect: (rows: readonly EmployeeListFieldsFragment[], on: boolean) => void;
  /** Where a row leads: the edit drawer, keeping the list's URL state. */
  readonly hrefFor: (id: string) => string;
  readonly onOpen: (id: string) => void;
}

export interface EmployeeTableProps extends EmployeeListViewProps {
  readonly sort: EmployeeOrderField;
  readonly direction: OrderDirection;
  readonly onSort: (field: EmployeeOrderField) => void;
}

/**
 * Every cell keeps to one line. The layout is fixed, so the table is exactly as wide as its
 * container: short values get columns sized to their longest label ("Account admin", "Not
 * invited", "12 Dec 2026"); names, emails, departments and groups share the rest and are cut
 * with an ellipsis (whole on hover and in the drawer). Below the scroll container's minimum
 * width the table scrolls inside it.
 */
const layout = { whiteSpace: 'nowrap', tableLayout: 'fixed' } as const;
const WIDTHS = { select: 40, name: '19%', email: '19%', department: '11%', role: 112, groups: '9%', active: 88, invitation: 140, lastLogin: 104 } as const;

/** How many of `employees` are selected, for the header checkbox. */
export function selectedOnPage(employees: readonly EmployeeListFieldsFragment[], selected: SelectionView): number {
  return employees.filter((e) => selected.has(e.id)).length;
}

/** The employee list for wide screens: one line per row, a selection checkbox at the left. */
export function EmployeeTable(props: EmployeeTableProps) {
  const { employees, sort, direction, onSort, selected, onSelect, hrefFor, onOpen } = props;
  const selectedHere = selectedOnPage(employees, selected);
  const th = (field: EmployeeOrderField, label: string, width: number | string) => (
    <SortableTh label={label} direction={sort === field ? direction : null} onSort={() => onSort(field)} w={width} />
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Employees" highlightOnHover striped verticalSpacing={6} horizontalSpacing={8} style={layout}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={WIDTHS.select}>
              <Checkbox
                aria-label="Select all employees on this page"
                checked={employees.length > 0 && selectedHere === employees.length}
                indeterminate={selectedHere > 0 && selectedHere < employees.length}
                onChange={(e) => onSelect(employees, e.currentTarget.checked)}
              />
            </Table.Th>
            {th('NAME', 'Name', WIDTHS.name)}
            {th('EMAIL', 'Email', WIDTHS.email)}
            {th('DEPARTMENT', 'Department', WIDTHS.department)}
            {th('ROLE', 'Role', WIDTHS.role)}
            <Table.Th w={WIDTHS.groups}>Groups</Table.Th>
            <Table.Th w={WIDTHS.active}>Active</Table.Th>
            <Table.Th w={WIDTHS.invitation}>Invitation</Table.Th>
            {th('LAST_LOGIN', 'Last login', WIDTHS.lastLogin)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {employees.map((e) => (
            <Table.Tr key={e.id} onClick={() => onOpen(e.id)} style={{ cursor: 'pointer' }}>
              <Table.Td onClick={(ev) => ev.stopPropagation()}>
                <Checkbox aria-label={`Select ${e.fullName}`} checked={selected.has(e.id)} onChange={(ev) => onSelect([e], ev.currentTarget.checked)} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={hrefFor(e.id)} onClick={(ev) => ev.stopPropagation()} size="sm" truncate="end" display="block" title={e.fullName}>
                  {e.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <TruncatedText>{e.email}</TruncatedText>
              </Table.Td>
              <Table.Td>
                <TruncatedText>{e.department?.name ?? '—'}</TruncatedText>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{ROLE_LABELS[e.role]}</Text>
              </Table.Td>
              <Table.Td>
                <TruncatedText>{e.userGroups.map((g) => g.name).join(', ') || '—'}</TruncatedText>
              </Table.Td>
              <Table.Td>
                <Badge color={e.isActive ? 'green' : 'gray'} variant="light" style={{ overflow: 'visible' }} miw="max-content">
                  {e.isActive ? 'Active' : 'Inactive'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={e.invitedAt ? `Last invitation sent ${formatDateTime(e.invitedAt)}` : undefined}>
                  {invitationLabel(e.invitationState, e.invitedAt, formatShortDate)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={e.lastLoginAt ? formatDateTime(e.lastLoginAt) : 'Never logged in'}>
                  {formatShortDate(e.lastLoginAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
