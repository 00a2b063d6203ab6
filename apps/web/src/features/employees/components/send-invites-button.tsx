import type { Principal } from '@gatehouse/access';
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { EmployeeListFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/form-alert';
import { useSendInvitations } from '../hooks/use-send-invitations';
import { splitInvitable } from '../invitation-rules';

export interface SendInvitesButtonProps {
  readonly employees: readonly EmployeeListFieldsFragment[];
  readonly actor: Principal;
  /** Called once invitations were sent. */
  readonly onSent: () => void;
}

const people = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'person' : 'people'}`;
const SHOWN_NAMES = 5;
const nameList = (names: readonly string[]) =>
  names.length > SHOWN_NAMES ? `${names.slice(0, SHOWN_NAMES).join(', ')} and ${names.length - SHOWN_NAMES} more` : names.join(', ');

/**
 * "Send invites (n)" for the selection: a dialog says who gets an invitation and who cannot
 * (inactive, already accepted, an account admin for a user admin), and sends to the others.
 * Those already invited get a new link that replaces their earlier one.
 */
export function SendInvitesButton({ employees, actor, onSent }: SendInvitesButtonProps) {
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const { send, sending } = useSendInvitations();
  const { invitable, skipped } = splitInvitable(actor, employees);
  const resent = invitable.filter((e) => e.invitationState === 'INVITED').length;
  const close = () => {
    setOpen(false);
    setErrors([]);
  };
  const confirm = async () => {
    setErrors([]);
    const result = await send(invitable.map((e) => e.id)).catch(() => null);
    if (!result) return;
    if (result.errors.length > 0) {
      setErrors(result.errors.map((e) => e.message));
      return;
    }
    notifications.show({ color: 'green', message: result.sent === 1 ? `Sent an invitation to ${invitable[0]?.fullName ?? '1 person'}.` : `Sent invitations to ${people(result.sent)}.` });
    close();
    onSent();
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Send invites ({employees.length})
      </Button>
      {open && (
        <Modal opened onClose={close} title="Send invites" closeButtonProps={{ 'aria-label': 'Close' }}>
          <Stack>
            <FormAlert messages={errors} title="Nothing was sent" />
            {invitable.length > 0 ? (
              <Text size="sm">
                Send an invitation email to {people(invitable.length)}? Each link sets their password, works once and expires in 7 days.
                {resent === 1 && ' One of them is already invited and gets a new link; the earlier one stops working.'}
                {resent > 1 && ` ${resent.toLocaleString()} of them are already invited and get new links; their earlier ones stop working.`}
              </Text>
            ) : (
              <Text size="sm">Nobody in the selection can be invited.</Text>
            )}
            {skipped.size > 0 && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  Not invited:
                </Text>
                <List size="sm">
                  {[...skipped].map(([reason, names]) => (
                    <List.Item key={reason}>
                      {reason[0]?.toUpperCase()}
                      {reason.slice(1)}: {nameList(names)}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button onClick={() => void confirm()} loading={sending} disabled={invitable.length === 0}>
                {invitable.length === 1 ? 'Send 1 invite' : `Send ${invitable.length.toLocaleString()} invites`}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
