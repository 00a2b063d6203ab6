import type { Principal } from '@gatehouse/access';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { EmployeeListFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { FormAlert } from '../../../ui/form-alert';
import { useSendInvitations } from '../hooks/use-send-invitations';
import { inviteBlocker } from '../invitation-rules';

function stateText(e: EmployeeListFieldsFragment): string {
  switch (e.invitationState) {
    case 'ACCEPTED':
      return 'Accepted: they sign in with their own password.';
    case 'INVITED':
      return `Invited ${formatDateTime(e.invitedAt)}. The link works once, for 7 days; sending again replaces it.`;
    case 'NOT_INVITED':
      return 'Not invited yet: they cannot sign in until they accept an invitation.';
  }
}

/** The invitation line of the Edit Employee drawer: its state and date, and Send or Resend invite. */
export function InvitationStatus({ employee, actor }: { readonly employee: EmployeeListFieldsFragment; readonly actor: Principal }) {
  const { send, sending } = useSendInvitations();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const blocker = inviteBlocker(actor, employee);
  const resend = employee.invitationState === 'INVITED';
  const invite = async () => {
    setErrors([]);
    const result = await send([employee.id]).catch(() => null);
    if (!result) return;
    setErrors(result.errors.map((e) => e.message));
    if (result.errors.length === 0) {
      const message = resend ? `Sent a new invitation to ${employee.email}; the earlier link no longer works.` : `Sent an invitation to ${employee.email}.`;
      notifications.show({ color: 'green', message });
    }
  };
  return (
    <Paper withBorder p="sm" aria-label="Invitation" component="section">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0} miw={0} style={{ flex: 1, minWidth: 200 }}>
            <Text size="sm" fw={600}>
              Invitation
            </Text>
            <Text size="sm" c="dimmed">
              {stateText(employee)}
              {blocker === 'inactive' && employee.invitationState !== 'ACCEPTED' ? ' Inactive people cannot be invited.' : ''}
            </Text>
          </Stack>
          {employee.invitationState !== 'ACCEPTED' && (
            <Button variant="light" size="sm" loading={sending} disabled={blocker !== null} onClick={() => void invite()}>
              {resend ? 'Resend invite' : 'Send invite'}
            </Button>
          )}
        </Group>
        <FormAlert messages={errors} title="Could not send the invitation" />
      </Stack>
    </Paper>
  );
}
