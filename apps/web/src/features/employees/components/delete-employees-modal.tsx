import { useMutation } from '@apollo/client/react';
import { Button, Code, Group, Loader, Modal, PinInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  DeleteEmployeesDocument,
  type EmployeeListFieldsFragment,
  type RequestDeleteChallengeMutation,
} from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { FormAlert } from '../../../ui/form-alert';

/** The delete challenge as requested when the dialog opened. */
export interface ChallengeRequest {
  readonly loading: boolean;
  /** The request itself failed (network, session): there is no number to show. */
  readonly failed: boolean;
  readonly result: RequestDeleteChallengeMutation['requestDeleteChallenge'] | null;
}

export interface DeleteEmployeesModalProps {
  readonly employees: readonly EmployeeListFieldsFragment[];
  /** Asked for by the click that opened the dialog, for exactly these employees. */
  readonly challengeRequest: ChallengeRequest;
  /** `true` when the employees were deleted. */
  readonly onClose: (deleted: boolean) => void;
}

const REFETCH = ['Employees', 'Departments', 'UserGroups'];

function namesOf(employees: readonly EmployeeListFieldsFragment[]): string {
  const names = employees.slice(0, 5).map((e) => e.fullName);
  const more = employees.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

/**
 * Delete with a typed number: the server issues a challenge for exactly these
 * ids, the admin types its code, and the delete carries both. The challenge is
 * not requested here but by the click that opens the dialog: one click, one
 * challenge, however often React renders or re-runs effects.
 */
export function DeleteEmployeesModal({ employees, challengeRequest, onClose }: DeleteEmployeesModalProps) {
  const ids = employees.map((e) => e.id);
  const [deleteEmployees, deleteState] = useMutation(DeleteEmployeesDocument, { refetchQueries: REFETCH });
  const [typed, setTyped] = useState('');
  const [deleteErrors, setDeleteErrors] = useState<readonly string[]>([]);

  const challenge = challengeRequest.result?.challenge ?? null;
  const errors = [
    ...(challengeRequest.failed ? ['Could not get a confirmation number. Close this and try again.'] : []),
    ...(challengeRequest.result?.userErrors.map((e) => e.message) ?? []),
    ...deleteErrors,
  ];
  const count = employees.length;
  const noun = count === 1 ? 'employee' : 'employees';

  const confirm = async () => {
    if (!challenge) return;
    const { data } = await deleteEmployees({
      variables: { input: { employeeIds: ids, challengeId: challenge.id, code: typed } },
    });
    const payload = data?.deleteEmployees;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setDeleteErrors(payload.userErrors.map((e) => e.message));
      return;
    }
    notifications.show({ color: 'green', message: `Deleted ${payload.deletedIds?.length ?? count} ${noun}.` });
    onClose(true);
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={`Delete ${count} ${noun}`} centered>
      <Stack>
        <Text size="sm">
          {namesOf(employees)} will be removed from every item, group and session. This cannot be undone.
        </Text>
        <FormAlert messages={errors} title="Cannot delete" />
        {challengeRequest.loading && <Loader size="sm" aria-label="Preparing confirmation code" />}
        {challenge && (
          <>
            <Text size="sm">To confirm, type this number:</Text>
            <Code fz={36} fw={700} ta="center" py="sm" aria-label="Confirmation number" block>
              {challenge.code}
            </Code>
            <Text size="xs" c="dimmed">
              Valid until {formatDateTime(challenge.expiresAt)}.
            </Text>
            <PinInput
              length={challenge.code.length}
              type={/^\d+$/.test(challenge.code) ? 'number' : 'alphanumeric'}
              value={typed}
              onChange={setTyped}
              oneTimeCode={false}
              autoFocus
              getInputProps={(index) => ({ 'aria-label': `Confirmation number, character ${index + 1}` })}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={() => void confirm()}
            loading={deleteState.loading}
            disabled={!challenge || typed !== challenge.code}
          >
            Confirm delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
