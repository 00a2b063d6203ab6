import type { EntityManager } from 'typeorm';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { requiredName } from '../../platform/graphql/validation';
import { changeMembers, existingEmployeeIds, insertUserGroup, updateUserGroup as writeUserGroup, userGroups, type UserGroupRow } from './user-group.queries';

const duplicate = () => new DomainError('DUPLICATE_NAME', 'name', 'A user group with this name already exists.');
const notFound = (field = 'id') => new DomainError('NOT_FOUND', field, 'No such user group.');

async function reload(m: EntityManager, accountId: string, id: string): Promise<UserGroupRow> {
  const [row] = await userGroups.byIds(m, accountId, [id]);
  if (!row) throw notFound();
  return row;
}

/** Adds a group. */
export async function createUserGroup(ctx: RequestCtx, input: { name: string; description: string }): Promise<UserGroupRow> {
  const actor = authorize(ctx, 'create', 'userGroups');
  const errors: DomainError[] = [];
  const name = requiredName(input.name, 'name', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    if (await userGroups.nameTaken(tx.manager, actor.accountId, name, null)) throw duplicate();
    const id = await insertUserGroup(tx.manager, actor.accountId, name, input.description.trim());
    await tx.audit({ action: 'user_group.created', targetType: 'user_group', targetId: id, data: { name } });
    return reload(tx.manager, actor.accountId, id);
  });
}

/** Renames or re-describes a group. */
export async function updateUserGroup(ctx: RequestCtx, input: { id: string; name?: string | null; description?: string | null }): Promise<UserGroupRow> {
  const actor = authorize(ctx, 'update', 'userGroups');
  const errors: DomainError[] = [];
  const newName = input.name == null ? null : requiredName(input.name, 'name', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    const before = await userGroups.findForUpdate(tx.manager, actor.accountId, input.id);
    if (!before) throw notFound();
    const name = newName ?? before.name;
    const description = input.description?.trim() ?? before.description;
    if (await userGroups.nameTaken(tx.manager, actor.accountId, name, before.id)) throw duplicate();
    await writeUserGroup(tx.manager, actor.accountId, before.id, name, description);
    await tx.audit({
      action: 'user_group.updated',
      targetType: 'user_group',
      targetId: before.id,
      data: { name: { from: before.name, to: name }, description: { from: before.description, to: description } },
    });
    return reload(tx.manager, actor.accountId, before.id);
  });
}

/** Deletes a group; its members stay. */
export async function deleteUserGroup(ctx: RequestCtx, input: { id: string }): Promise<string> {
  const actor = authorize(ctx, 'delete', 'userGroups');
  return ctx.uow(async (tx) => {
    const before = await userGroups.findForUpdate(tx.manager, actor.accountId, input.id);
    if (!before) throw notFound();
    await userGroups.remove(tx.manager, actor.accountId, before.id);
    await tx.audit({ action: 'user_group.deleted', targetType: 'user_group', targetId: before.id, data: { name: before.name, memberCount: before.member_count } });
    return before.id;
  });
}

/** Group membership from the group's side; employees of other accounts are NOT_FOUND. */
export async function setUserGroupMembers(
  ctx: RequestCtx,
  input: { groupId: string; addEmployeeIds: readonly string[]; removeEmployeeIds: readonly string[] },
): Promise<UserGroupRow> {
  const actor = authorize(ctx, 'update', 'userGroups');
  const add = [...new Set(input.addEmployeeIds)];
  const remove = [...new Set(input.removeEmployeeIds)];
  return ctx.uow(async (tx) => {
    const group = await userGroups.findForUpdate(tx.manager, actor.accountId, input.groupId);
    if (!group) throw notFound('groupId');
    const known = await existingEmployeeIds(tx.manager, actor.accountId, [...add, ...remove]);
    if ([...add, ...remove].some((id) => !known.has(id))) throw new DomainError('NOT_FOUND', 'addEmployeeIds', 'Some of the employees do not exist.');
    await changeMembers(tx.manager, actor.accountId, group.id, add, remove);
    await tx.audit({ action: 'user_group.members_changed', targetType: 'user_group', targetId: group.id, data: { added: add, removed: remove } });
    return reload(tx.manager, actor.accountId, group.id);
  });
}
