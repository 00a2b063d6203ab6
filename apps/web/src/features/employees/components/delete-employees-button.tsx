import { useMutation } from '@apollo/client/react';
import { checkDeleteEmployee, type Principal } from '@gatehouse/access';
import { Button, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { DeleteEmployeesDocument, RequestDeleteChallengeDocument, type EmployeeListFieldsFragment } from '../../../gql/graphql';
import { useViewer, viewerPrincipal } from '../../auth';
import { DeletePeopleModal, type PeopleNoun } from './delete-people-modal';

const EMPLOYEES: PeopleNoun = { one: 'employee', many: 'employees', consequence: 'will be removed from every item, group and session' };

export interface DeleteEmployeesButtonProps {
  readonly employees: readonly EmployeeListFieldsFragment[];
  /** Called once the employees were deleted. */
  readonly onDeleted: () => void;
}

/**
 * Why the selection cannot be deleted, one sentence per rule naming who it
 * protects (the viewer themself, an account admin), or nothing. The server
 * refuses the same; saying it first spares a dialog that could only fail.
 */
export function deleteBlockers(actor: Principal, employees: readonly EmployeeListFieldsFragment[]): string[] {
  const names = new Map<string, string[]>();
  for (const e of employees) {
    // Deleting depends on who the target is and their role, not on their permissions.
    for (const v of checkDeleteEmployee(actor, { employeeId: e.id, role: e.role, isActive: e.isActive, permissions: [] })) {
      names.set(v.message, [...(names.get(v.message) ?? []), e.fullName]);
    }
  }
  return [...names].map(([message, who]) => `${message.replace(/\.$/, '')}: ${who.join(', ')}.`);
}

/** "Delete (n)": asks the server for a delete challenge for these employees, then shows it in the dialog. */
export function DeleteEmployeesButton({ employees, onDeleted }: DeleteEmployeesButtonProps) {
  const { viewer } = useViewer();
  const [requestChallenge, challengeState] = useMutation(RequestDeleteChallengeDocument);
  const [deleteEmployees] = useMutation(DeleteEmployeesDocument, { refetchQueries: ['Employees', 'Departments', 'UserGroups'] });
  const [open, setOpen] = useState(false);
  const blockersId = useId();
  const blockers = viewer ? deleteBlockers(viewerPrincipal(viewer), employees) : [];

  const request = () => {
    // A failed request rejects; the error link has already reported it and the dialog says it has no number.
    requestChallenge({ variables: { input: { employeeIds: employees.map((e) => e.id) } } }).catch(() => undefined);
  };
  const start = () => {
    setOpen(true);
    request();
  };
  const close = (deleted: boolean) => {
    setOpen(false);
    // The next click asks for a fresh challenge; the old code must not show meanwhile.
    challengeState.reset();
    if (deleted) onDeleted();
  };

  return (
    <>
      <Button
        color="red"
        variant="light"
        onClick={start}
        disabled={blockers.length > 0}
        aria-describedby={blockers.length > 0 ? blockersId : undefined}
      >
        Delete ({employees.length})
      </Button>
      {blockers.length > 0 && (
        <Text id={blockersId} size="xs" c="red">
          {blockers.join(' ')}
        </Text>
      )}
      {open && (
        <DeletePeopleModal
          people={employees}
          noun={EMPLOYEES}
          challengeRequest={{
            loading: challengeState.loading,
            failed: challengeState.error !== undefined,
            result: challengeState.data?.requestDeleteChallenge ?? null,
          }}
          onRestart={() => {
            challengeState.reset();
            request();
          }}
          onConfirm={async ({ ids, challengeId, code }) => {
            const { data } = await deleteEmployees({ variables: { input: { employeeIds: ids, challengeId, code } } });
            return data?.deleteEmployees;
          }}
          onClose={close}
        />
      )}
    </>
  );
}
