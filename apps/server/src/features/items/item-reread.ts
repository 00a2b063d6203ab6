import type { AccountPrincipal } from '@gatehouse/access';
import type { Tx } from '../../platform/db/unit-of-work';
import { visibleItemView, type ItemViewRow } from './item-view.queries';

/** The item as the actor now sees it, read inside the unit of work after their change. */
export async function rereadItem(tx: Tx, who: AccountPrincipal, id: string): Promise<ItemViewRow> {
  const row = await visibleItemView(tx, who, id);
  // Every change is checked to leave the item editable (so visible) by its actor.
  if (row === null) throw new Error(`item ${id} is not visible to its editor after the change`);
  return row;
}
