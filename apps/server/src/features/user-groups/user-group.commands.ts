import type { Tx } from '../../platform/db/unit-of-work';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { optionalDescription, requiredName } from '../../platform/graphql/validation';
import { insertUserGroup, updateUserGroup as writeUserGroup, userGroups, type UserGroupRow } from './user-group.queries';

const duplicate = () => new DomainError('DUPLICATE_NAME', 'name', 'A user group with this name already exists.');
const notFound = (field = 'id') => new DomainError('NOT_FOUND', field, 'No such user group.');

async function reload(tx: Tx, accountId: string, id: string): Promise<UserGroupRow> {
  const [row] = await userGroups.byIds(tx, accountId, [id]);
  if (!row) throw notFound();
  return row;
}

/** Adds a group. */
export async function createUserGroup(ctx: RequestCtx, input: { name: string; description: string }): Promise<UserGroupRow> {
  const actor = authorize(ctx, 'create', 'userGroups');
  const errors: DomainError[] = [];
  const name = requiredName(input.name, 'name', errors);
  const description = optionalDescription(input.description, 'description', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    if (await userGroups.nameTaken(tx, actor.accountId, name, null)) throw duplicate();
    const id = await insertUserGroup(tx, actor.accountId, name, description);
    await tx.audit({ action: 'user_group.created', targetId: id, data: { name } });
    return reload(tx, actor.accountId, id);
  });
}

/** Renames or re-describes a group. */
export async function updateUserGroup(ctx: RequestCtx, input: { id: string; name?: string | null; description?: string | null }): Promise<UserGroupRow> {
  const actor = authorize(ctx, 'update', 'userGroups');
  const errors: DomainError[] = [];
  const newName = input.name == null ? null : requiredName(input.name, 'name', errors);
  const newDescription = input.description == null ? null : optionalDescription(input.description, 'description', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    const before = await userGroups.findForUpdate(tx, actor.accountId, input.id);
    if (!before) throw notFound();
    const name = newName ?? before.name;
    const description = newDescription ?? before.description;
    if (await userGroups.nameTaken(tx, actor.accountId, name, before.id)) throw duplicate();
    await writeUserGroup(tx, actor.accountId, before.id, name, description);
    await tx.audit({
      action: 'user_group.updated',
      targetId: before.id,
      data: { name: { from: before.name, to: name }, description: { from: before.description, to: description } },
    });
    return reload(tx, actor.accountId, before.id);
  });
}

/** Deletes a group; its members stay. */
export async function deleteUserGroup(ctx: RequestCtx, input: { id: string }): Promise<string> {
  const actor = authorize(ctx, 'delete', 'userGroups');
  return ctx.uow(async (tx) => {
    const before = await userGroups.findForUpdate(tx, actor.accountId, input.id);
    if (!before) throw notFound();
    await userGroups.remove(tx, actor.accountId, before.id);
    await tx.audit({ action: 'user_group.deleted', targetId: before.id, data: { name: before.name, memberCount: before.member_count } });
    return before.id;
  });
}
