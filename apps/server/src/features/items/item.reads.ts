import type { ModuleKey } from '@gatehouse/access';
import type { GraphQLResolveInfo } from 'graphql';
import { OrderDirection, afterCursor, lazyCount, pageSize, toConnection, type Connection, type KeysetOrder, type PageArgs } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { anyModuleActor, moduleActor } from './item-access';
import type { ItemFilter, ItemOrder } from './item.inputs';
import { countItems, ITEM_SORT_KEYS, listItemViews, visibleItemView } from './item-view.queries';
import { itemChoices } from './item-choices.queries';
import { presentItem, type ItemChoicesType, type ItemType } from './item.types';

/** The items of a module the viewer may see: one statement for the page with its relations, one for the count when asked. */
export async function itemsPage(
  ctx: RequestCtx,
  args: PageArgs & { module: ModuleKey; filter: ItemFilter | null; orderBy: ItemOrder | null },
  info: GraphQLResolveInfo,
): Promise<Connection<ItemType>> {
  const who = moduleActor(ctx, args.module);
  const limit = pageSize(args.first);
  const filter = args.filter ?? {};
  const field = args.orderBy?.field ?? 'DUE';
  const descending = args.orderBy?.direction === OrderDirection.DESC;
  const order: KeysetOrder = { name: `${field}:${descending ? 'DESC' : 'ASC'}`, cast: ITEM_SORT_KEYS[field].cast };
  const after = afterCursor(args.after, order);
  const countTotal = lazyCount(info, () => countItems(ctx.read, who, args.module, filter));
  const rows = await listItemViews(ctx.read, who, args.module, { filter, field, descending, after, limit });
  return toConnection(rows, limit, countTotal, (row) => presentItem(row, who), (r) => ({ value: r.sort_key, id: r.id }), order);
}

/** One item; missing, another account's and invisible items all read as null. */
export async function itemById(ctx: RequestCtx, id: string): Promise<ItemType | null> {
  const who = anyModuleActor(ctx);
  const row = await visibleItemView(ctx.read, who, id);
  return row ? presentItem(row, who) : null;
}

/** What the item form of `module` offers to pick. */
export async function itemChoicesFor(ctx: RequestCtx, module: ModuleKey, employeeSearch: string | null, externalUserSearch: string | null = null): Promise<ItemChoicesType> {
  const who = moduleActor(ctx, module);
  return itemChoices(ctx.read, who.accountId, employeeSearch, externalUserSearch);
}
