import { checkDeleteEmployee, type AccountPrincipal } from '@gatehouse/access';
import type { Tx } from '../../platform/db/unit-of-work';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { deleteOrphanIdentities, revokeSessionsOfEmployees } from '../auth';
import { deleteConfirmed, requestChallenge, type DeleteChallengeRow, type DeletionOf } from '../delete-challenges';
import { runEmployeeRemovalSteps } from './employee-removal';
import { assertAdminsRemain, lockAccountAsActor, isActiveAccountAdmin, violationErrors } from './employee.guards';
import * as q from './employee.queries';
import type { EmployeeRow } from './employee.queries';

/** Employees as the two steps of Delete see them. */
const EMPLOYEE_DELETION: DeletionOf<EmployeeRow> = {
  subject: 'employees',
  idsField: 'employeeIds',
  loadDeletable,
  async remove(tx, actor, rows) {
    const ids = rows.map((r) => r.id);
    await revokeSessionsOfEmployees(tx, actor.accountId, ids, 'deleted');
    await runEmployeeRemovalSteps(tx, actor.accountId, ids);
    await q.deleteEmployees(tx, actor.accountId, ids);
    await deleteOrphanIdentities(tx, rows.map((r) => r.identity_id));
    await tx.auditMany(
      rows.map((row) => ({ action: 'employee.deleted', targetId: row.id, data: { targetName: `${row.first_name} ${row.surname}`, email: row.email, name: `${row.first_name} ${row.surname}`, role: row.role } })),
    );
  },
};

/** Step one of Delete: check the deletion is allowed now and issue a code for exactly this set. */
export function requestDeleteChallenge(ctx: RequestCtx, employeeIds: readonly string[]): Promise<DeleteChallengeRow> {
  return requestChallenge(ctx, authorize(ctx, 'delete', 'employees'), EMPLOYEE_DELETION, employeeIds);
}

/** Step two: delete with the typed code; removes them from every group and ends their sessions. */
export function deleteEmployees(ctx: RequestCtx, input: { employeeIds: readonly string[]; challengeId: string; code: string }): Promise<string[]> {
  const actor = authorize(ctx, 'delete', 'employees');
  return deleteConfirmed(ctx, actor, EMPLOYEE_DELETION, { ids: input.employeeIds, challengeId: input.challengeId, code: input.code });
}

/** Locks the targets and checks every rule; missing or other accounts' ids are NOT_FOUND. */
async function loadDeletable(tx: Tx, actor: AccountPrincipal, ids: string[]): Promise<EmployeeRow[]> {
  if (ids.length === 0) throw new DomainError('INVALID_INPUT', 'employeeIds', 'Select at least one employee.');
  await lockAccountAsActor(tx, actor);
  const rows = await q.lockEmployees(tx, actor.accountId, ids);
  if (rows.length !== ids.length) throw new DomainError('NOT_FOUND', 'employeeIds', 'Some of the selected employees do not exist.');
  const permissions = await q.permissionsByEmployee(tx, actor.accountId, ids);
  throwIfAny(
    rows.flatMap((r) =>
      violationErrors(checkDeleteEmployee(actor, { employeeId: r.id, role: r.role, isActive: r.is_active, permissions: permissions.get(r.id) ?? [] })),
    ),
  );
  await assertAdminsRemain(tx, actor.accountId, rows.filter(isActiveAccountAdmin).map((r) => r.id), 'employeeIds');
  return rows;
}
