import { checkUpdateEmployee } from '@gatehouse/access';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { revokeSessionsOfEmployees } from '../auth';
import { assertAdminsRemain, lockAccountAsActor, checkReferences, isActiveAccountAdmin, violationErrors } from './employee.guards';
import type { BulkUpdateEmployeesInput } from './employee.inputs';
import * as q from './employee.queries';
import { employeeViewsByIds, type EmployeeViewRow } from './employee-view.queries';

/** Bulk update from the list (§3): one change to many employees, all or nothing. */
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
    const m = tx.manager;
    await lockAccountAsActor(m, actor);
    const rows = await q.lockEmployees(m, actor.accountId, ids);
    if (rows.length !== ids.length) throw new DomainError('NOT_FOUND', 'employeeIds', 'Some of the selected employees do not exist.');
    const stored = await q.permissionsByEmployee(m, actor.accountId, ids);
    const errors = rows.flatMap((r) => {
      const permissions = stored.get(r.id) ?? [];
      const before = { employeeId: r.id, role: r.role, isActive: r.is_active, permissions };
      const after = { role: input.role ?? r.role, isActive: input.isActive ?? r.is_active, permissions };
      return violationErrors(checkUpdateEmployee(actor, before, after)).map(
        (e) => new DomainError(e.code, e.field, `${r.first_name} ${r.surname}: ${e.message}`),
      );
    });
    errors.push(...(await checkReferences(m, actor.accountId, { departmentId: input.departmentId, groupIds: [...addGroupIds, ...removeGroupIds] }, { department: 'departmentId', groups: 'addGroupIds' })));
    throwIfAny(errors);
    const losing = rows.filter((r) => isActiveAccountAdmin(r) && !isActiveAccountAdmin({ role: input.role ?? r.role, is_active: input.isActive ?? r.is_active }));
    await assertAdminsRemain(m, actor.accountId, losing.map((r) => r.id), input.role ? 'role' : 'isActive');

    const departmentId = input.clearDepartment ? null : (input.departmentId ?? undefined);
    await q.updateEmployees(m, actor.accountId, ids, { departmentId, role: input.role ?? undefined, isActive: input.isActive ?? undefined });
    await q.changeGroupsOfMany(m, actor.accountId, ids, addGroupIds, removeGroupIds);
    if (input.isActive === false) await revokeSessionsOfEmployees(m, actor.accountId, ids, 'inactivated');
    const change = { departmentId, role: input.role ?? undefined, isActive: input.isActive ?? undefined, addGroupIds, removeGroupIds };
    for (const r of rows) await tx.audit({ action: 'employee.bulk_updated', targetType: 'employee', targetId: r.id, data: change });
    return employeeViewsByIds(m, actor.accountId, ids);
  });
}
