import { canEditChecklist, canSeeItem, type ExternalPrincipal, type ModuleKey } from '@gatehouse/access';
import type { ItemStatus } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import { isUuid } from '../../platform/db/uuid';
import * as q from './item.queries';
import { visibleItemView, type ItemViewRow } from './item-view.queries';
import { factsOf } from './item-visibility';

/*
 * Items as an external user reaches them in the portal. The access package's rules decide,
 * with the external principal: they see exactly the items they are assigned to, and tick
 * their checklists while those are open and not archived.
 */

/** One of the external user's items in their list. */
export interface ExternalItemSummaryRow {
  id: string;
  module: ModuleKey;
  title: string;
  status: ItemStatus;
  due_at: Date | null;
  entries: number;
  ticked: number;
}

/** The items the external user is assigned to (archived ones left out), soonest due first. */
export function externalItemSummaries(db: Reader, who: ExternalPrincipal): Promise<ExternalItemSummaryRow[]> {
  return db.query(
    `SELECT i.id, i.module, i.title, i.status, i.due_at,
            (SELECT count(*)::int FROM item_checklist_entries c WHERE c.item_id = i.id) AS entries,
            (SELECT count(*)::int FROM item_checklist_entries c WHERE c.item_id = i.id AND c.ticked_at IS NOT NULL) AS ticked
       FROM item_external_assignments xa JOIN items i ON i.id = xa.item_id
      WHERE xa.account_id = $1 AND xa.external_user_id = $2 AND NOT i.is_archived
      ORDER BY i.status, coalesce(i.due_at, 'infinity'::timestamptz), i.id`,
    [who.accountId, who.externalUserId],
  );
}

/** One item the external user may see (assigned, not archived); anything else reads as absent. */
export async function externalItemView(db: Reader, who: ExternalPrincipal, itemId: string): Promise<ItemViewRow | null> {
  if (!isUuid(itemId)) return null;
  const row = await visibleItemView(db, who, itemId);
  return row === null || row.is_archived ? null : row;
}

export type ExternalTickOutcome = 'ticked' | 'unchanged' | 'not_found' | 'closed';

/**
 * Ticks or unticks an entry of an item as the external user, recorded with their name. The
 * item row is locked, so the assignment and status checked are those the tick is written under.
 */
export async function setEntryTickedByExternalUser(
  tx: Tx,
  who: ExternalPrincipal,
  name: string,
  input: { itemId: string; entryId: string; ticked: boolean },
): Promise<{ outcome: ExternalTickOutcome; itemTitle: string; module: ModuleKey | null; entryText: string }> {
  const none = { itemTitle: '', module: null, entryText: '' };
  if (!isUuid(input.entryId)) return { outcome: 'not_found', ...none };
  const item = await q.lockItem(tx, who.accountId, input.itemId);
  if (item === null || item.is_archived) return { outcome: 'not_found', ...none };
  const facts = factsOf(item);
  if (!canSeeItem(who, facts)) return { outcome: 'not_found', ...none };
  const entry = (await q.checklistOf(tx, who.accountId, item.id)).find((c) => c.id === input.entryId);
  if (entry === undefined) return { outcome: 'not_found', ...none };
  const found = { itemTitle: item.title, module: item.module, entryText: entry.text };
  if (!canEditChecklist(who, facts)) return { outcome: 'closed', ...found };
  const rows: unknown[] = input.ticked
    ? await tx.query(
        `UPDATE item_checklist_entries SET ticked_at = now(), ticked_by_external_user_id = $3, ticked_by_employee_id = NULL, ticked_by_name = $4
          WHERE account_id = $1 AND id = $2 AND ticked_at IS NULL RETURNING id`,
        [who.accountId, entry.id, who.externalUserId, name],
      )
    : await tx.query(
        `UPDATE item_checklist_entries SET ticked_at = NULL, ticked_by_employee_id = NULL, ticked_by_external_user_id = NULL, ticked_by_name = NULL
          WHERE account_id = $1 AND id = $2 AND ticked_at IS NOT NULL RETURNING id`,
        [who.accountId, entry.id],
      );
  return { outcome: rows.length > 0 ? 'ticked' : 'unchanged', ...found };
}
