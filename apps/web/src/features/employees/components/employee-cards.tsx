import { ROLE_LABELS } from '@gatehouse/access';
import { Badge, Group, Text } from '@mantine/core';
import { formatDateTime, formatShortDate } from '../../../lib/format';
import { SelectableCards } from '../../../ui/selectable-cards';
import { invitationLabel } from '../labels';
import type { EmployeeListViewProps } from './employee-table';

/**
 * The employee list on phones and narrow tablets: a card per employee (selection, name and
 * email), then role and state badges, department and last login.
 */
export function EmployeeCards(props: EmployeeListViewProps) {
  return (
    <SelectableCards
      {...props}
      label="Employees"
      details={(e) => (
        <>
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
            // Wraps rather than cut: a long department name would hide the last login.
            <Text size="xs" c="dimmed">
              {[e.department?.name, e.lastLoginAt ? `Last login ${formatDateTime(e.lastLoginAt)}` : null].filter(Boolean).join(' · ')}
            </Text>
          )}
        </>
      )}
    />
  );
}
