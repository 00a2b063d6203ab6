import { ROLE_LABELS } from '@gatehouse/access';
import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EmployeeListFieldsFragment, EmployeeOrderField, OrderDirection } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { SortableTh } from '../../../ui/sortable-th';
import { INVITATION_LABELS } from '../labels';

export interface EmployeeTableProps {
  readonly employees: readonly EmployeeListFieldsFragment[];
  readonly sort: EmployeeOrderField;
  readonly direction: OrderDirection;
  readonly onSort: (field: EmployeeOrderField) => void;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (ids: readonly string[], on: boolean) => void;
  /** Where a row leads: the edit drawer, keeping the list's URL state. */
  readonly hrefFor: (id: string) => string;
  readonly onOpen: (id: string) => void;
}

/** The employee list; a selection checkbox at the far right of each row. */
export function EmployeeTable(props: EmployeeTableProps) {
  const { employees, sort, direction, onSort, selected, onSelect, hrefFor, onOpen } = props;
  const ids = employees.map((e) => e.id);
  const selectedHere = ids.filter((id) => selected.has(id)).length;
  const th = (field: EmployeeOrderField, label: string) => (
    <SortableTh label={label} direction={sort === field ? direction : null} onSort={() => onSort(field)} />
  );
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table aria-label="Employees" highlightOnHover striped>
        <Table.Thead>
          <Table.Tr>
            {th('NAME', 'Name')}
            {th('EMAIL', 'Email')}
            {th('DEPARTMENT', 'Department')}
            {th('ROLE', 'Role')}
            <Table.Th>Groups</Table.Th>
            <Table.Th>Active</Table.Th>
            <Table.Th>Invitation</Table.Th>
            {th('LAST_LOGIN', 'Last login')}
            <Table.Th>
              <Checkbox
                aria-label="Select all employees on this page"
                checked={ids.length > 0 && selectedHere === ids.length}
                indeterminate={selectedHere > 0 && selectedHere < ids.length}
                onChange={(e) => onSelect(ids, e.currentTarget.checked)}
              />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {employees.map((e) => (
            <Table.Tr key={e.id} onClick={() => onOpen(e.id)} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Anchor component={Link} to={hrefFor(e.id)} onClick={(ev) => ev.stopPropagation()}>
                  {e.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>{e.email}</Table.Td>
              <Table.Td>{e.department?.name ?? '—'}</Table.Td>
              <Table.Td>{ROLE_LABELS[e.role]}</Table.Td>
              <Table.Td>{e.userGroups.map((g) => g.name).join(', ') || '—'}</Table.Td>
              <Table.Td>
                <Badge color={e.isActive ? 'green' : 'gray'} variant="light" style={{ overflow: 'visible' }} miw="max-content">
                  {e.isActive ? 'Active' : 'Inactive'}
                </Badge>
              </Table.Td>
              <Table.Td>{INVITATION_LABELS[e.invitationState]}</Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(e.lastLoginAt)}</Text>
              </Table.Td>
              <Table.Td onClick={(ev) => ev.stopPropagation()}>
                <Checkbox
                  aria-label={`Select ${e.fullName}`}
                  checked={selected.has(e.id)}
                  onChange={(ev) => onSelect([e.id], ev.currentTarget.checked)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
