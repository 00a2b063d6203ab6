import { useMutation } from '@apollo/client/react';
import { checkDeleteEmployee, type Principal } from '@gatehouse/access';
import { DeleteEmployeesDocument, RequestDeleteChallengeDocument, type EmployeeListFieldsFragment } from '../../../gql/graphql';
import { useViewer, viewerPrincipal } from '../../auth';
import { DeletePeopleButton } from './delete-people-button';
import type { PeopleNoun } from './delete-people-modal';

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

/** "Delete (n)" for employees, disabled with the reason when a rule protects someone in the selection. */
export function DeleteEmployeesButton({ employees, onDeleted }: DeleteEmployeesButtonProps) {
  const { viewer } = useViewer();
  const [requestChallenge, challengeState] = useMutation(RequestDeleteChallengeDocument);
  const [deleteEmployees] = useMutation(DeleteEmployeesDocument, { refetchQueries: ['Employees', 'Departments', 'UserGroups'] });
  return (
    <DeletePeopleButton
      people={employees}
      noun={EMPLOYEES}
      blockers={viewer ? deleteBlockers(viewerPrincipal(viewer), employees) : []}
      challenge={{
        request: () => requestChallenge({ variables: { input: { employeeIds: employees.map((e) => e.id) } } }),
        reset: challengeState.reset,
        loading: challengeState.loading,
        failed: challengeState.error !== undefined,
        result: challengeState.data?.requestDeleteChallenge ?? null,
      }}
      onConfirm={async ({ ids, challengeId, code }) => {
        const { data } = await deleteEmployees({ variables: { input: { employeeIds: ids, challengeId, code } } });
        return data?.deleteEmployees;
      }}
      onDeleted={onDeleted}
    />
  );
}
