import type { ModuleKey } from '@gatehouse/access';
import type { ItemStatus } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import { SqlParams } from '../../platform/db/sql-params';
import type { Tx } from '../../platform/db/unit-of-work';
import { isUuid, onlyUuids } from '../../platform/db/uuid';
import type { ItemFactsRow } from './item-visibility';

/** An item row locked for a change, with the links the rules read. */
export interface LockedItemRow extends ItemFactsRow {
  id: string;
  title: string;
  description: string;
  is_archived: boolean;
  due_at: Date | null;
}

/**
 * Locks an item of the account and reads its facts; null when it does not exist here. The row
 * lock serializes changes to one item, so the rules are checked against what is written.
 */
export async function lockItem(tx: Tx, accountId: string, id: string): Promise<LockedItemRow | null> {
  if (!isUuid(id)) return null;
  const rows: LockedItemRow[] = await tx.query(
    `SELECT i.id, i.module, i.status, i.title, i.description, i.is_archived, i.due_at, i.confidential_level, i.department_id, i.owner_group_id,
            ARRAY(SELECT s.group_id FROM item_shared_groups s WHERE s.item_id = i.id ORDER BY s.group_id) AS shared_group_ids,
            ARRAY(SELECT a.employee_id FROM item_employee_assignments a WHERE a.item_id = i.id ORDER BY a.employee_id) AS assigned_employee_ids,
            ARRAY(SELECT xa.external_user_id FROM item_external_assignments xa WHERE xa.item_id = i.id ORDER BY xa.external_user_id) AS assigned_external_user_ids
       FROM items i WHERE i.account_id = $1 AND i.id = $2 FOR UPDATE OF i`,
    [accountId, id],
  );
  return rows[0] ?? null;
}

/** The item a checklist entry of the account belongs to; null when there is no such entry. */
export async function itemIdOfEntry(db: Reader, accountId: string, entryId: string): Promise<string | null> {
  if (!isUuid(entryId)) return null;
  const rows: { item_id: string }[] = await db.query('SELECT item_id FROM item_checklist_entries WHERE account_id = $1 AND id = $2', [accountId, entryId]);
  return rows[0]?.item_id ?? null;
}

/** Which of these ids are the account's, per table: ids from input must not reach another account. */
export async function existingIds(db: Reader, accountId: string, table: 'departments' | 'user_groups' | 'employees' | 'external_users', ids: readonly string[]): Promise<Set<string>> {
  const wanted = onlyUuids(ids);
  if (wanted.length === 0) return new Set();
  const rows: { id: string }[] = await db.query(`SELECT id FROM ${table} WHERE account_id = $1 AND id = ANY($2::uuid[])`, [accountId, wanted]);
  return new Set(rows.map((r) => r.id));
}

export interface ItemValues {
  title: string;
  description: string;
  dueAt: Date | null;
  departmentId: string | null;
  confidentialLevel: number | null;
  ownerGroupId: string | null;
}

/** Inserts an item and returns its id. */
export async function insertItem(tx: Tx, accountId: string, module: ModuleKey, createdBy: string | null, v: ItemValues): Promise<string> {
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO items (account_id, module, title, description, due_at, department_id, confidential_level, owner_group_id, created_by_employee_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [accountId, module, v.title, v.description, v.dueAt, v.departmentId, v.confidentialLevel, v.ownerGroupId, createdBy],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('item insert returned no id');
  return id;
}

/** Writes an item's own columns. */
export async function updateItem(tx: Tx, accountId: string, id: string, v: ItemValues): Promise<void> {
  await tx.query(
    `UPDATE items SET title = $3, description = $4, due_at = $5, department_id = $6, confidential_level = $7, owner_group_id = $8, updated_at = now()
      WHERE account_id = $1 AND id = $2`,
    [accountId, id, v.title, v.description, v.dueAt, v.departmentId, v.confidentialLevel, v.ownerGroupId],
  );
}

/** Sets exactly these shared groups and assigned employees (ids already checked to be the account's). */
export async function replaceLinks(tx: Tx, accountId: string, itemId: string, sharedGroupIds: readonly string[], employeeIds: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM item_shared_groups WHERE account_id = $1 AND item_id = $2 AND NOT (group_id = ANY($3::uuid[]))', [accountId, itemId, sharedGroupIds]);
  await tx.query(
    'INSERT INTO item_shared_groups (item_id, group_id, account_id) SELECT $2, g, $1 FROM unnest($3::uuid[]) g ON CONFLICT DO NOTHING',
    [accountId, itemId, sharedGroupIds],
  );
  await tx.query('DELETE FROM item_employee_assignments WHERE account_id = $1 AND item_id = $2 AND NOT (employee_id = ANY($3::uuid[]))', [accountId, itemId, employeeIds]);
  await tx.query(
    'INSERT INTO item_employee_assignments (item_id, employee_id, account_id) SELECT $2, e, $1 FROM unnest($3::uuid[]) e ON CONFLICT DO NOTHING',
    [accountId, itemId, employeeIds],
  );
}

/** Sets the status; completed_at follows it. */
export async function setStatus(tx: Tx, accountId: string, id: string, status: ItemStatus): Promise<void> {
  await tx.query(
    `UPDATE items SET status = $3::item_status, completed_at = CASE WHEN $3::item_status = 'COMPLETED' THEN now() END, updated_at = now() WHERE account_id = $1 AND id = $2`,
    [accountId, id, status],
  );
}

/** Archives or restores an item. */
export async function setArchived(tx: Tx, accountId: string, id: string, archived: boolean): Promise<void> {
  await tx.query(
    'UPDATE items SET is_archived = $3::boolean, archived_at = CASE WHEN $3::boolean THEN now() END, updated_at = now() WHERE account_id = $1 AND id = $2',
    [accountId, id, archived],
  );
}

/** Deletes an item (links and checklist cascade). */
export async function deleteItem(tx: Tx, accountId: string, id: string): Promise<void> {
  await tx.query('DELETE FROM items WHERE account_id = $1 AND id = $2', [accountId, id]);
}

export interface ChecklistEntryRow {
  id: string;
  text: string;
  position: number;
  ticked_at: Date | null;
}

/** An item's checklist, in order. */
export function checklistOf(db: Reader, accountId: string, itemId: string): Promise<ChecklistEntryRow[]> {
  return db.query('SELECT id, text, position, ticked_at FROM item_checklist_entries WHERE account_id = $1 AND item_id = $2 ORDER BY position, id', [accountId, itemId]);
}

/**
 * Makes the checklist exactly `entries`, in order: entries with a kept id keep their tick,
 * the others are removed, entries without an id are added unticked.
 */
export async function replaceChecklist(tx: Tx, accountId: string, itemId: string, entries: readonly { id: string | null; text: string }[]): Promise<void> {
  const kept = entries.flatMap((e) => (e.id === null ? [] : [e.id]));
  await tx.query('DELETE FROM item_checklist_entries WHERE account_id = $1 AND item_id = $2 AND NOT (id = ANY($3::uuid[]))', [accountId, itemId, kept]);
  const p = new SqlParams();
  const rows = entries.map((e, position) => ({ id: e.id, text: e.text, position }));
  await tx.query(
    `WITH wanted AS (SELECT * FROM jsonb_to_recordset(${p.add(JSON.stringify(rows))}::jsonb) AS w(id uuid, text text, position int)),
          changed AS (UPDATE item_checklist_entries c SET text = w.text, position = w.position FROM wanted w
                       WHERE c.id = w.id AND c.item_id = ${p.add(itemId)} RETURNING c.id)
     INSERT INTO item_checklist_entries (account_id, item_id, position, text)
     SELECT ${p.add(accountId)}, ${p.add(itemId)}, w.position, w.text FROM wanted w WHERE w.id IS NULL`,
    p.values,
  );
}

/** Ticks an entry as `name` (employee `employeeId`; null for an API token) now; an entry already ticked keeps its first tick. */
export async function tickEntry(tx: Tx, accountId: string, entryId: string, employeeId: string | null, name: string): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `UPDATE item_checklist_entries SET ticked_at = now(), ticked_by_employee_id = $3, ticked_by_external_user_id = NULL, ticked_by_name = $4
      WHERE account_id = $1 AND id = $2 AND ticked_at IS NULL RETURNING id`,
    [accountId, entryId, employeeId, name],
  );
  return rows.length > 0;
}

/** Clears an entry's tick; false when it was not ticked. */
export async function untickEntry(tx: Tx, accountId: string, entryId: string): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `UPDATE item_checklist_entries SET ticked_at = NULL, ticked_by_employee_id = NULL, ticked_by_external_user_id = NULL, ticked_by_name = NULL
      WHERE account_id = $1 AND id = $2 AND ticked_at IS NOT NULL RETURNING id`,
    [accountId, entryId],
  );
  return rows.length > 0;
}

/** The display name of an employee of the account, as a tick records it. */
export async function employeeName(db: Reader, accountId: string, employeeId: string): Promise<string> {
  const rows: { name: string }[] = await db.query("SELECT first_name || ' ' || surname AS name FROM employees WHERE account_id = $1 AND id = $2", [accountId, employeeId]);
  return rows[0]?.name ?? 'Unknown';
}

/** Removes employees from every item of the account; returns, per item, who was removed. */
export function removeAssignees(tx: Tx, accountId: string, employeeIds: readonly string[]): Promise<{ item_id: string; title: string; module: ModuleKey; employee_ids: string[] }[]> {
  return tx.query(
    `WITH removed AS (DELETE FROM item_employee_assignments WHERE account_id = $1 AND employee_id = ANY($2::uuid[]) RETURNING item_id, employee_id)
     SELECT r.item_id, i.title, i.module, array_agg(r.employee_id ORDER BY r.employee_id) AS employee_ids
       FROM removed r JOIN items i ON i.id = r.item_id GROUP BY r.item_id, i.title, i.module`,
    [accountId, employeeIds],
  );
}
