import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { requiredName } from '../../platform/graphql/validation';
import { departments, insertDepartment, renameDepartment, type DepartmentRow } from './department.queries';

const duplicate = () => new DomainError('DUPLICATE_NAME', 'name', 'A department with this name already exists.');
const notFound = () => new DomainError('NOT_FOUND', 'id', 'No such department.');

/** Adds a department. */
export async function createDepartment(ctx: RequestCtx, input: { name: string }): Promise<DepartmentRow> {
  const actor = authorize(ctx, 'create', 'departments');
  const errors: DomainError[] = [];
  const name = requiredName(input.name, 'name', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    if (await departments.nameTaken(tx, actor.accountId, name, null)) throw duplicate();
    const id = await insertDepartment(tx, actor.accountId, name);
    await tx.audit({ action: 'department.created', targetId: id, data: { name } });
    const [row] = await departments.byIds(tx, actor.accountId, [id]);
    if (!row) throw notFound();
    return row;
  });
}

/** Renames a department. */
export async function updateDepartment(ctx: RequestCtx, input: { id: string; name: string }): Promise<DepartmentRow> {
  const actor = authorize(ctx, 'update', 'departments');
  const errors: DomainError[] = [];
  const name = requiredName(input.name, 'name', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    const before = await departments.findForUpdate(tx, actor.accountId, input.id);
    if (!before) throw notFound();
    if (await departments.nameTaken(tx, actor.accountId, name, before.id)) throw duplicate();
    await renameDepartment(tx, actor.accountId, before.id, name);
    await tx.audit({ action: 'department.renamed', targetId: before.id, data: { name: { from: before.name, to: name } } });
    return { ...before, name };
  });
}

/** Deletes a department; its employees are left without one. */
export async function deleteDepartment(ctx: RequestCtx, input: { id: string }): Promise<string> {
  const actor = authorize(ctx, 'delete', 'departments');
  return ctx.uow(async (tx) => {
    const before = await departments.findForUpdate(tx, actor.accountId, input.id);
    if (!before) throw notFound();
    await departments.remove(tx, actor.accountId, before.id);
    await tx.audit({ action: 'department.deleted', targetId: before.id, data: { name: before.name, memberCount: before.member_count } });
    return before.id;
  });
}
