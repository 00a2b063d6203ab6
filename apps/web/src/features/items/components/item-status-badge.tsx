import { Badge } from '@mantine/core';
import type { ItemFieldsFragment } from '../../../gql/graphql';

/** Open, completed or archived, at a glance. */
export function ItemStatusBadge({ item }: { readonly item: Pick<ItemFieldsFragment, 'status' | 'isArchived'> }) {
  if (item.isArchived) return <Badge color="gray">Archived</Badge>;
  return item.status === 'COMPLETED' ? <Badge color="green">Completed</Badge> : <Badge color="blue">Open</Badge>;
}

/** A due date as people read it; "No due date" without one. */
export function formatDue(dueAt: string | null | undefined): string {
  return dueAt ? new Date(dueAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : 'No due date';
}

/** "2 of 4" ticked, or an empty string without a checklist. */
export function checklistProgress(item: Pick<ItemFieldsFragment, 'checklist'>): string {
  const total = item.checklist.length;
  return total === 0 ? '' : `${item.checklist.filter((c) => c.tick !== null).length} of ${total}`;
}
