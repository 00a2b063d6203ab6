import { checkUpdateEmployee, type AccountPrincipal } from '@gatehouse/access';
import type { Tx } from '../../platform/db/unit-of-work';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { userGroups, type UserGroupRow } from '../user-groups';
import { lockAccountAsActor, violationErrors } from './employee.guards';
import * as q from './employee.queries';

type MemberField = 'addEmployeeIds' | 'removeEmployeeIds';

/**
 * Group membership from the group's side. Joining or leaving a group changes the person, so
 * the same update rules apply as when editing them (only an account admin changes an account admin).
 */
export async function setUserGroupMembers(
  ctx: RequestCtx,
  input: { groupId: string; addEmployeeIds: readonly string[]; removeEmployeeIds: readonly string[] },
): Promise<UserGroupRow> {
  const actor = authorize(ctx, 'update', 'userGroups');
  const add = [...new Set(input.addEmployeeIds)];
  const remove = [...new Set(input.removeEmployeeIds)];
  return ctx.uow(async (tx) => {
    await lockAccountAsActor(tx, actor);
    const group = await userGroups.findForUpdate(tx, actor.accountId, input.groupId);
    if (!group) throw new DomainError('NOT_FOUND', 'groupId', 'No such user group.');
    throwIfAny([...(await memberErrors(tx, actor, add, 'addEmployeeIds')), ...(await memberErrors(tx, actor, remove, 'removeEmployeeIds'))]);
    await q.changeMembersOfGroup(tx, actor.accountId, group.id, add, remove);
    await tx.audit({ action: 'user_group.members_changed', targetId: group.id, data: { targetName: group.name, added: add, removed: remove } });
    const [row] = await userGroups.byIds(tx, actor.accountId, [group.id]);
    if (!row) throw new Error(`user group ${group.id} vanished inside its own transaction`);
    return row;
  });
}

/** Unknown ids, and people the actor may not change, reported on the field that named them. */
async function memberErrors(tx: Tx, actor: AccountPrincipal, ids: readonly string[], field: MemberField): Promise<DomainError[]> {
  if (ids.length === 0) return [];
  const rows = await q.lockEmployees(tx, actor.accountId, ids);
  if (rows.length !== ids.length) return [new DomainError('NOT_FOUND', field, 'Some of the employees do not exist.')];
  const stored = await q.permissionsByEmployee(tx, actor.accountId, ids);
  return rows.flatMap((r) => {
    const snapshot = { employeeId: r.id, role: r.role, isActive: r.is_active, permissions: stored.get(r.id) ?? [] };
    return violationErrors(checkUpdateEmployee(actor, snapshot, snapshot)).map(
      (v) => new DomainError(v.code, field, `${r.first_name} ${r.surname}: ${v.message}`),
    );
  });
}
