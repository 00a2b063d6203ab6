import type { ModuleKey } from '@gatehouse/access';
import type { ItemStatus } from '@gatehouse/contracts';
import type { Tx } from '../../platform/db/unit-of-work';
import type { RequestCtx } from '../../platform/graphql/context';
import { assertNotArchived, authorizeItem, anyModuleActor, moduleEditor } from './item-access';
import { checkItemFields, type SubmittedItemFields } from './item-fields';
import * as q from './item.queries';
import { checkedChecklist } from './checklist.commands';
import { removeExternalAssignees, replaceExternalAssignments } from './external-assignments';
import type { ItemViewRow } from './item-view.queries';
import { rereadItem as reread } from './item-reread';

/** Creates a job or incident that the creator may edit, with its links and checklist. */
export async function createItem(ctx: RequestCtx, input: SubmittedItemFields & { module: ModuleKey; checklist: string[] }): Promise<ItemViewRow> {
  const who = moduleEditor(ctx, input.module);
  return ctx.uow(async (tx) => {
    const checked = await checkItemFields(tx, who, input.module, input, 'OPEN');
    const entries = checkedChecklist(input.checklist.map((text) => ({ id: null, text })), new Set(), 'checklist');
    const id = await q.insertItem(tx, who.accountId, input.module, who.kind === 'employee' ? who.employeeId : null, checked.values);
    await q.replaceLinks(tx, who.accountId, id, checked.sharedGroupIds, checked.assignedEmployeeIds);
    await replaceExternalAssignments(tx, who.accountId, { id, title: checked.values.title, module: input.module }, [], checked.assignedExternalUserIds, ctx.clock());
    if (entries.length > 0) await q.replaceChecklist(tx, who.accountId, id, entries);
    await tx.audit({
      action: 'item.created',
      targetId: id,
      data: { module: input.module, targetName: checked.values.title, dueAt: checked.values.dueAt?.toISOString() ?? null, departmentId: checked.values.departmentId, confidentialLevel: checked.values.confidentialLevel, ownerGroupId: checked.values.ownerGroupId, sharedGroupIds: checked.sharedGroupIds, assignedEmployeeIds: checked.assignedEmployeeIds, assignedExternalUserIds: checked.assignedExternalUserIds, checklist: entries.length },
    });
    return reread(tx, who, id);
  });
}

/** Replaces an item's fields; the item must stay one the actor may edit. */
export async function updateItem(ctx: RequestCtx, input: SubmittedItemFields & { id: string }): Promise<ItemViewRow> {
  const who = anyModuleActor(ctx);
  return ctx.uow(async (tx) => {
    const item = await q.lockItem(tx, who.accountId, input.id);
    const facts = authorizeItem(who, item, 'edit');
    if (item === null) throw new Error('authorizeItem passed a missing item');
    assertNotArchived(item);
    const checked = await checkItemFields(tx, who, facts.module, input, facts.status);
    await q.updateItem(tx, who.accountId, item.id, checked.values);
    await q.replaceLinks(tx, who.accountId, item.id, checked.sharedGroupIds, checked.assignedEmployeeIds);
    await replaceExternalAssignments(tx, who.accountId, { id: item.id, title: checked.values.title, module: facts.module }, item.assigned_external_user_ids, checked.assignedExternalUserIds, ctx.clock());
    const before = { title: item.title, description: item.description, dueAt: item.due_at?.toISOString() ?? null, departmentId: item.department_id, confidentialLevel: item.confidential_level, ownerGroupId: item.owner_group_id, sharedGroupIds: item.shared_group_ids, assignedEmployeeIds: item.assigned_employee_ids, assignedExternalUserIds: item.assigned_external_user_ids };
    const after = { ...checked.values, dueAt: checked.values.dueAt?.toISOString() ?? null, sharedGroupIds: [...checked.sharedGroupIds].sort(), assignedEmployeeIds: [...checked.assignedEmployeeIds].sort(), assignedExternalUserIds: [...checked.assignedExternalUserIds].sort() };
    await tx.audit({ action: 'item.updated', targetId: item.id, data: { module: facts.module, targetName: checked.values.title, ...changes(before, after) } });
    return reread(tx, who, item.id);
  });
}

/** `{ key: { from, to } }` for the keys whose values differ. */
function changes<T extends Record<string, unknown>>(before: T, after: T): Record<string, { from: unknown; to: unknown }> {
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) result[key] = { from: before[key], to: after[key] };
  }
  return result;
}

/** Completes or reopens an item; asking for the status it already has changes nothing. */
export async function setItemStatus(ctx: RequestCtx, id: string, status: ItemStatus): Promise<ItemViewRow> {
  const who = anyModuleActor(ctx);
  return ctx.uow(async (tx) => {
    const item = await q.lockItem(tx, who.accountId, id);
    const facts = authorizeItem(who, item, 'edit');
    if (item === null) throw new Error('authorizeItem passed a missing item');
    assertNotArchived(item);
    if (item.status !== status) {
      await q.setStatus(tx, who.accountId, item.id, status);
      await tx.audit({ action: status === 'COMPLETED' ? 'item.completed' : 'item.reopened', targetId: item.id, data: { module: facts.module, targetName: item.title } });
    }
    return reread(tx, who, item.id);
  });
}

/** Archives or restores an item: module admins only. */
export async function archiveItem(ctx: RequestCtx, id: string, archived: boolean): Promise<ItemViewRow> {
  const who = anyModuleActor(ctx);
  return ctx.uow(async (tx) => {
    const item = await q.lockItem(tx, who.accountId, id);
    const facts = authorizeItem(who, item, 'administer');
    if (item === null) throw new Error('authorizeItem passed a missing item');
    if (item.is_archived !== archived) {
      await q.setArchived(tx, who.accountId, item.id, archived);
      await tx.audit({ action: 'item.archived', targetId: item.id, data: { module: facts.module, targetName: item.title, isArchived: archived } });
    }
    return reread(tx, who, item.id);
  });
}

/** Deletes an item with its links and checklist: module admins only. */
export async function deleteItem(ctx: RequestCtx, id: string): Promise<string> {
  const who = anyModuleActor(ctx);
  return ctx.uow(async (tx) => {
    const item = await q.lockItem(tx, who.accountId, id);
    const facts = authorizeItem(who, item, 'administer');
    if (item === null) throw new Error('authorizeItem passed a missing item');
    await q.deleteItem(tx, who.accountId, item.id);
    await tx.audit({ action: 'item.deleted', targetId: item.id, data: { module: facts.module, targetName: item.title } });
    return item.id;
  });
}

/**
 * Removes deleted employees from every item, in the deletion's unit of work, with one audit
 * event per item. (The foreign key would cascade anyway; doing it here records it.)
 */
export async function removeEmployeesFromItems(tx: Tx, accountId: string, employeeIds: readonly string[]): Promise<void> {
  const removed = await q.removeAssignees(tx, accountId, employeeIds);
  await tx.auditMany(removed.map((r) => ({ action: 'item.assignees_removed', targetId: r.item_id, data: { module: r.module, targetName: r.title, removed: r.employee_ids, reason: 'deleted' } })));
}

/**
 * Removes deleted external users from every item, in the deletion's unit of work, with one
 * audit event per item; their portal links die with the assignments.
 */
export async function removeExternalUsersFromItems(tx: Tx, accountId: string, externalUserIds: readonly string[]): Promise<void> {
  const removed = await removeExternalAssignees(tx, accountId, externalUserIds);
  await tx.auditMany(removed.map((r) => ({ action: 'item.external_assignees_removed', targetId: r.item_id, data: { module: r.module, targetName: r.title, removed: r.external_user_ids, reason: 'deleted' } })));
}
