import { ROLE_LABELS } from '@gatehouse/access';
import { Badge, Table, Text } from '@mantine/core';
import type { EmployeeListFieldsFragment, EmployeeOrderField, OrderDirection } from '../../../gql/graphql';
import { formatDateTime, formatShortDate } from '../../../lib/format';
import { SelectableTable } from '../../../ui/selectable-table';
import type { SelectableListProps } from '../../../ui/selection';
import { SortableTh } from '../../../ui/sortable-th';
import { TruncatedText } from '../../../ui/truncated-text';
import { invitationLabel } from '../labels';

/** What the table and the cards show and do: the page's employees and their selection. */
export type EmployeeListViewProps = SelectableListProps<EmployeeListFieldsFragment>;

export interface EmployeeTableProps extends EmployeeListViewProps {
  readonly sort: EmployeeOrderField;
  readonly direction: OrderDirection;
  readonly onSort: (field: EmployeeOrderField) => void;
}

/**
 * Short values get columns sized to their longest label ("Account admin", "Not invited",
 * "12 Dec 2026"); names, emails, departments and groups share the rest.
 */
// Email is the widest text column: an address is how people are told apart, names are shorter.
const WIDTHS = { name: '15%', email: '25%', department: '11%', role: 112, groups: '8%', active: 88, invitation: 140, lastLogin: 104 } as const;

/** The employee list for wide screens: one line per row, a selection checkbox at the left. */
export function EmployeeTable(props: EmployeeTableProps) {
  const { sort, direction, onSort, ...view } = props;
  const th = (field: EmployeeOrderField, label: string, width: number | string) => (
    <SortableTh label={label} direction={sort === field ? direction : null} onSort={() => onSort(field)} w={width} />
  );
  return (
    <SelectableTable
      {...view}
      label="Employees"
      selectAllLabel="Select all employees on this page"
      minWidth={900}
      columns={
        <>
          {th('NAME', 'Name', WIDTHS.name)}
          {th('EMAIL', 'Email', WIDTHS.email)}
          {th('DEPARTMENT', 'Department', WIDTHS.department)}
          {th('ROLE', 'Role', WIDTHS.role)}
          <Table.Th w={WIDTHS.groups}>Groups</Table.Th>
          <Table.Th w={WIDTHS.active}>Active</Table.Th>
          <Table.Th w={WIDTHS.invitation}>Invitation</Table.Th>
          {th('LAST_LOGIN', 'Last login', WIDTHS.lastLogin)}
        </>
      }
      cells={(e) => (
        <>
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
        </>
      )}
    />
  );
}
