import type { ModulePermission, Role } from '@gatehouse/access';
import type { DataSource } from 'typeorm';
import { buildAccount, buildDepartment, buildEmployee, buildUserGroup, type BuiltEmployee } from './factories';
import type { FingerprintTable } from './fingerprint';
import { buildItems } from './item-factories';

/** One item-authorization case: an account, an actor, and jobs to act on. */
export interface ItemFixture {
  accountId: string;
  actor: BuiltEmployee;
  /** Another employee, to assign. */
  other: BuiltEmployee;
  departmentId: string;
  groupId: string;
  /** An open job of the department, not confidential, with a checklist: the first entry ticked, the second not. */
  itemId: string;
  tickedEntryId: string;
  untickedEntryId: string;
  /** A completed job, for reopening. */
  completedItemId: string;
}

/** Builds a fresh fixture; the actor gets `permissions` as stored and is in the job's department. */
export async function buildItemFixture(db: DataSource, role: Role, permissions: ModulePermission[], isActive = true): Promise<ItemFixture> {
  const accountId = await buildAccount(db);
  const departmentId = await buildDepartment(db, accountId);
  const groupId = await buildUserGroup(db, accountId);
  const actor = await buildEmployee(db, accountId, { role, permissions, departmentId, isActive });
  const other = await buildEmployee(db, accountId, { role: 'GENERAL' });
  await buildEmployee(db, accountId, { role: 'ACCOUNT_ADMIN' });
  const [itemId = '', completedItemId = ''] = await buildItems(db, accountId, [
    { title: 'Fix gate 3', departmentId },
    { title: 'Done job', departmentId },
  ]);
  await db.query(`UPDATE items SET status = 'COMPLETED', completed_at = now() WHERE id = $1`, [completedItemId]);
  const entries: { id: string; position: number }[] = await db.query(
    `INSERT INTO item_checklist_entries (account_id, item_id, position, text, ticked_at, ticked_by_name, ticked_by_employee_id)
     VALUES ($1, $2, 0, 'Isolate power', now(), 'Someone Else', $3), ($1, $2, 1, 'Swap the motor', NULL, NULL, NULL) RETURNING id, position`,
    [accountId, itemId, other.id],
  );
  const entry = (position: number) => entries.find((e) => e.position === position)?.id ?? '';
  return { accountId, actor, other, departmentId, groupId, itemId, tickedEntryId: entry(0), untickedEntryId: entry(1), completedItemId };
}

/** A fixture of placeholder ids, to ask an operation which ids it takes without building one. */
export function placeholderItemFixture(): ItemFixture {
  const e = { id: 'x', accountId: 'x', identityId: 'x', email: 'x', role: 'GENERAL' as const };
  return { accountId: 'x', actor: e, other: e, departmentId: 'x', groupId: 'x', itemId: 'x', tickedEntryId: 'x', untickedEntryId: 'x', completedItemId: 'x' };
}

/** What an operation needs from the item rules. */
export type ItemRight = 'list' | 'read' | 'create' | 'edit' | 'admin';

export interface ItemOperation {
  readonly field: string;
  readonly right: ItemRight;
  readonly document: string;
  readonly variables: (f: ItemFixture) => Record<string, unknown>;
  /** Ids of the account's rows in the variables (for tenant isolation). */
  readonly ids: (f: ItemFixture) => string[];
  /** Tables a successful mutation changes (empty for a query). */
  readonly writes: readonly FingerprintTable[];
}

const P = 'userErrors { code field message }';
const ITEM = 'item { id status isArchived checklist { id tick { name } } }';

/** Every query and mutation of the items feature, each designed to succeed for an allowed actor. */
export const ITEM_OPERATIONS: readonly ItemOperation[] = [
  { field: 'items', right: 'list', document: 'query { items(module: JOBS, first: 10) { edges { node { id } } } }', variables: () => ({}), ids: () => [], writes: [] },
  { field: 'item', right: 'read', document: 'query($id: ID!) { item(id: $id) { id title } }', variables: (f) => ({ id: f.itemId }), ids: (f) => [f.itemId], writes: [] },
  { field: 'itemChoices', right: 'list', document: 'query { itemChoices(module: JOBS) { departments { id } userGroups { id } employees { id } } }', variables: () => ({}), ids: () => [], writes: [] },
  {
    field: 'createItem',
    right: 'create',
    document: `mutation($input: CreateItemInput!) { createItem(input: $input) { ${ITEM} ${P} } }`,
    variables: (f) => ({ input: { module: 'JOBS', title: 'Replace floodlight', departmentId: f.departmentId, sharedGroupIds: [f.groupId], assignedEmployeeIds: [f.other.id], checklist: ['Lift', 'Swap'] } }),
    ids: (f) => [f.departmentId, f.groupId, f.other.id],
    writes: ['items', 'item_shared_groups', 'item_employee_assignments', 'item_checklist_entries', 'audit_events'],
  },
  {
    field: 'updateItem',
    right: 'edit',
    document: `mutation($input: UpdateItemInput!) { updateItem(input: $input) { ${ITEM} ${P} } }`,
    variables: (f) => ({ input: { id: f.itemId, title: 'Fix gate 3 today', departmentId: f.departmentId, ownerGroupId: f.groupId, assignedEmployeeIds: [f.other.id] } }),
    ids: (f) => [f.itemId, f.departmentId, f.groupId, f.other.id],
    writes: ['items', 'item_employee_assignments', 'audit_events'],
  },
  { field: 'completeItem', right: 'edit', document: `mutation($id: ID!) { completeItem(input: { id: $id }) { ${ITEM} ${P} } }`, variables: (f) => ({ id: f.itemId }), ids: (f) => [f.itemId], writes: ['items', 'audit_events'] },
  { field: 'reopenItem', right: 'edit', document: `mutation($id: ID!) { reopenItem(input: { id: $id }) { ${ITEM} ${P} } }`, variables: (f) => ({ id: f.completedItemId }), ids: (f) => [f.completedItemId], writes: ['items', 'audit_events'] },
  { field: 'archiveItem', right: 'admin', document: `mutation($id: ID!) { archiveItem(input: { id: $id }) { ${ITEM} ${P} } }`, variables: (f) => ({ id: f.itemId }), ids: (f) => [f.itemId], writes: ['items', 'audit_events'] },
  {
    field: 'deleteItem',
    right: 'admin',
    document: `mutation($id: ID!) { deleteItem(input: { id: $id }) { deletedId ${P} } }`,
    variables: (f) => ({ id: f.itemId }),
    ids: (f) => [f.itemId],
    writes: ['items', 'item_checklist_entries', 'audit_events'],
  },
  {
    field: 'setItemChecklist',
    right: 'edit',
    document: `mutation($input: SetItemChecklistInput!) { setItemChecklist(input: $input) { ${ITEM} ${P} } }`,
    variables: (f) => ({ input: { itemId: f.itemId, entries: [{ id: f.untickedEntryId, text: 'Swap the motor' }, { id: f.tickedEntryId, text: 'Isolate power' }, { text: 'Test' }] } }),
    ids: (f) => [f.itemId, f.untickedEntryId, f.tickedEntryId],
    writes: ['item_checklist_entries', 'audit_events'],
  },
  {
    field: 'tickChecklistEntry',
    right: 'edit',
    document: `mutation($id: ID!) { tickChecklistEntry(input: { entryId: $id }) { ${ITEM} ${P} } }`,
    variables: (f) => ({ id: f.untickedEntryId }),
    ids: (f) => [f.untickedEntryId],
    writes: ['item_checklist_entries', 'audit_events'],
  },
  {
    field: 'untickChecklistEntry',
    right: 'edit',
    document: `mutation($id: ID!) { untickChecklistEntry(input: { entryId: $id }) { ${ITEM} ${P} } }`,
    variables: (f) => ({ id: f.tickedEntryId }),
    ids: (f) => [f.tickedEntryId],
    writes: ['item_checklist_entries', 'audit_events'],
  },
];
