import { ROLE_LABELS } from '@gatehouse/access';
import { Anchor, Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime, formatShortDate } from '../../../lib/format';
import { invitationLabel } from '../labels';
import { selectedOnPage, type EmployeeListViewProps } from './employee-table';

/**
 * The employee list on phones and narrow tablets: a card per employee, selection at the
 * left, name and email, then role and state badges. Tapping a card opens its drawer.
 * Nothing is wider than the screen: long names and emails are cut, whole on hover and in
 * the drawer.
 */
export function EmployeeCards({ employees, selected, onSelect, hrefFor, onOpen }: EmployeeListViewProps) {
  const selectedHere = selectedOnPage(employees, selected);
  return (
    <Stack gap="xs" miw={0}>
      <Checkbox
        label="Select all on this page"
        checked={employees.length > 0 && selectedHere === employees.length}
        indeterminate={selectedHere > 0 && selectedHere < employees.length}
        onChange={(e) => onSelect(employees, e.currentTarget.checked)}
      />
      <Stack component="ul" aria-label="Employees" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {employees.map((e) => (
          <Paper component="li" key={e.id} withBorder p="xs" onClick={() => onOpen(e.id)} style={{ cursor: 'pointer' }}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Checkbox
                mt={2}
                aria-label={`Select ${e.fullName}`}
                checked={selected.has(e.id)}
                onClick={(ev) => ev.stopPropagation()}
                onChange={(ev) => onSelect([e], ev.currentTarget.checked)}
              />
              <Stack gap={2} miw={0} style={{ flex: 1 }}>
                <Anchor component={Link} to={hrefFor(e.id)} onClick={(ev) => ev.stopPropagation()} fw={600} truncate="end" title={e.fullName}>
                  {e.fullName}
                </Anchor>
                <Text size="sm" c="dimmed" truncate="end" title={e.email}>
                  {e.email}
                </Text>
                <Group gap={6}>
                  <Badge variant="outline" color="gray" size="sm">
                    {ROLE_LABELS[e.role]}
                  </Badge>
                  <Badge variant="light" color={e.isActive ? 'green' : 'gray'} size="sm">
                    {e.isActive ? 'Active' : 'Inactive'}
                  </Badge>
                  <Badge variant="light" color="blue" size="sm">
                    {invitationLabel(e.invitationState, e.invitedAt, formatShortDate)}
                  </Badge>
                </Group>
                {(e.department || e.lastLoginAt) && (
                  <Text size="xs" c="dimmed" truncate="end">
                    {[e.department?.name, e.lastLoginAt ? `Last login ${formatDateTime(e.lastLoginAt)}` : null].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
