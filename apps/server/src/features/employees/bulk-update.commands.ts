import { checkUpdateEmployee } from '@gatehouse/access';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { revokeSessionsOfEmployees } from '../auth';
import { assertAdminsRemain, lockAccountAsActor, checkReferences, isActiveAccountAdmin, violationErrors } from './employee.guards';
import type { BulkUpdateEmployeesInput } from './employee.inputs';
import * as q from './employee.queries';
import { employeeViewsByIds, type EmployeeViewRow } from './employee-view.queries';

/** Bulk update from the list: one change to many employees, all or nothing. */
export async function bulkUpdateEmployees(ctx: RequestCtx, input: BulkUpdateEmployeesInput): Promise<EmployeeViewRow[]> {
  const actor = authorize(ctx, 'update', 'employees');
  const ids = [...new Set(input.employeeIds)];
  if (ids.length === 0) throw new DomainError('INVALID_INPUT', 'employeeIds', 'Select at least one employee.');
  if (input.clearDepartment && input.departmentId) {
    throw new DomainError('INVALID_INPUT', 'departmentId', 'Choose a department or clear it, not both.');
  }
  const addGroupIds = [...new Set(input.addGroupIds ?? [])];
  const removeGroupIds = [...new Set(input.removeGroupIds ?? [])];
  return ctx.uow(async (tx) => {
    await lockAccountAsActor(tx, actor);
    const rows = await q.lockEmployees(tx, actor.accountId, ids);
    if (rows.length !== ids.length) throw new DomainError('NOT_FOUND', 'employeeIds', 'Some of the selected employees do not exist.');
    const stored = await q.permissionsByEmployee(tx, actor.accountId, ids);
    const errors = rows.flatMap((r) => {
      const permissions = stored.get(r.id) ?? [];
      const before = { employeeId: r.id, role: r.role, isActive: r.is_active, permissions };
      const after = { role: input.role ?? r.role, isActive: input.isActive ?? r.is_active, permissions };
      return violationErrors(checkUpdateEmployee(actor, before, after)).map(
        (e) => new DomainError(e.code, e.field, `${r.first_name} ${r.surname}: ${e.message}`),
      );
    });
    errors.push(...(await checkReferences(tx, actor.accountId, { departmentId: input.departmentId, groupIds: addGroupIds }, { department: 'departmentId', groups: 'addGroupIds' })));
    errors.push(...(await checkReferences(tx, actor.accountId, { groupIds: removeGroupIds }, { department: 'departmentId', groups: 'removeGroupIds' })));
    throwIfAny(errors);
    const losing = rows.filter((r) => isActiveAccountAdmin(r) && !isActiveAccountAdmin({ role: input.role ?? r.role, is_active: input.isActive ?? r.is_active }));
    await assertAdminsRemain(tx, actor.accountId, losing.map((r) => r.id), input.role ? 'role' : 'isActive');

    const departmentId = input.clearDepartment ? null : (input.departmentId ?? undefined);
    await q.updateEmployees(tx, actor.accountId, ids, { departmentId, role: input.role ?? undefined, isActive: input.isActive ?? undefined });
    await q.changeGroupsOfMany(tx, actor.accountId, ids, addGroupIds, removeGroupIds);
    if (input.isActive === false) await revokeSessionsOfEmployees(tx, actor.accountId, ids, 'inactivated');
    const change = { departmentId, role: input.role ?? undefined, isActive: input.isActive ?? undefined, addGroupIds, removeGroupIds };
    // Each event keeps the person's name (the log names them after deletion) and their old role.
    await tx.auditMany(
      rows.map((r) => ({
        action: 'employee.bulk_updated',
        targetId: r.id,
        data: { ...change, targetName: `${r.first_name} ${r.surname}`, role: input.role ? { from: r.role, to: input.role } : undefined },
      })),
    );
    return employeeViewsByIds(tx, actor.accountId, ids);
  });
}
