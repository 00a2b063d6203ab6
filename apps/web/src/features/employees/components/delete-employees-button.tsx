import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { RequestDeleteChallengeDocument, type EmployeeListFieldsFragment } from '../../../gql/graphql';
import { DeleteEmployeesModal } from './delete-employees-modal';

export interface DeleteEmployeesButtonProps {
  readonly employees: readonly EmployeeListFieldsFragment[];
  /** Called once the employees were deleted. */
  readonly onDeleted: () => void;
}

/** "Delete (n)": asks the server for a delete challenge for these employees, then shows it in the dialog. */
export function DeleteEmployeesButton({ employees, onDeleted }: DeleteEmployeesButtonProps) {
  const [requestChallenge, challengeState] = useMutation(RequestDeleteChallengeDocument);
  const [open, setOpen] = useState(false);

  const start = () => {
    setOpen(true);
    // A failed request rejects; the error link has already reported it and the dialog says it has no number.
    requestChallenge({ variables: { input: { employeeIds: employees.map((e) => e.id) } } }).catch(() => undefined);
  };
  const close = (deleted: boolean) => {
    setOpen(false);
    // The next click asks for a fresh challenge; the old code must not show meanwhile.
    challengeState.reset();
    if (deleted) onDeleted();
  };

  return (
    <>
      <Button color="red" variant="light" onClick={start}>
        Delete ({employees.length})
      </Button>
      {open && (
        <DeleteEmployeesModal
          employees={employees}
          challengeRequest={{
            loading: challengeState.loading,
            failed: challengeState.error !== undefined,
            result: challengeState.data?.requestDeleteChallenge ?? null,
          }}
          onClose={close}
        />
      )}
    </>
  );
}
