import { MODULE_LABELS, type ModuleKey } from '@gatehouse/access';
import type { ExternalItemSummaryRow, ItemViewRow } from '../items';

/*
 * What the portal's HTTP answers show: only what the steward needs. Names of other assignees,
 * departments, groups and confidential levels stay in the admin app.
 */

/** "Job" or "Incident": the singular of the module's label. */
function kindOf(module: ModuleKey): string {
  return MODULE_LABELS[module].replace(/s$/, '');
}

export interface PortalItemJson {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly description: string;
  readonly status: ItemViewRow['status'];
  readonly dueAt: string | null;
  /** True once the due date has passed while the item is still open. */
  readonly pastDue: boolean;
  readonly checklist: readonly { readonly id: string; readonly text: string; readonly ticked: boolean; readonly tickedAt: string | null; readonly tickedBy: string | null }[];
}

export function presentPortalItem(row: ItemViewRow, now: Date): PortalItemJson {
  return {
    id: row.id,
    kind: kindOf(row.module),
    title: row.title,
    description: row.description,
    status: row.status,
    dueAt: row.due_at?.toISOString() ?? null,
    pastDue: row.status === 'OPEN' && row.due_at !== null && row.due_at.getTime() < now.getTime(),
    checklist: row.checklist.map((c) => ({ id: c.id, text: c.text, ticked: c.tickedAt !== null, tickedAt: c.tickedAt, tickedBy: c.tickedByName })),
  };
}

export interface PortalItemSummaryJson {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly status: ItemViewRow['status'];
  readonly dueAt: string | null;
  readonly pastDue: boolean;
  readonly entries: number;
  readonly ticked: number;
}

export function presentPortalSummary(row: ExternalItemSummaryRow, now: Date): PortalItemSummaryJson {
  return {
    id: row.id,
    kind: kindOf(row.module),
    title: row.title,
    status: row.status,
    dueAt: row.due_at?.toISOString() ?? null,
    pastDue: row.status === 'OPEN' && row.due_at !== null && row.due_at.getTime() < now.getTime(),
    entries: row.entries,
    ticked: row.ticked,
  };
}
