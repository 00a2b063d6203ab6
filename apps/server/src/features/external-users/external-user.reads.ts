import type { GraphQLResolveInfo } from 'graphql';
import { OrderDirection, afterCursor, lazyCount, pageSize, toConnection, type Connection, type KeysetOrder, type PageArgs } from '../../platform/graphql/connection';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import type { ExternalUserFilter, ExternalUserOrder } from './external-user.inputs';
import { countExternalUsers, externalUsersByIds, EXTERNAL_USER_SORT_KEYS, listExternalUsers } from './external-user.queries';
import { presentExternalUser, type ExternalUserType } from './external-user.types';

/** The external user list: one statement for the page, one for the count when it is asked for. */
export async function externalUsersPage(
  ctx: RequestCtx,
  args: PageArgs & { filter: ExternalUserFilter | null; orderBy: ExternalUserOrder | null },
  info: GraphQLResolveInfo,
): Promise<Connection<ExternalUserType>> {
  const actor = authorize(ctx, 'read', 'externalUsers');
  const limit = pageSize(args.first);
  const filter = args.filter ?? {};
  const field = args.orderBy?.field ?? 'NAME';
  const descending = args.orderBy?.direction === OrderDirection.DESC;
  const order: KeysetOrder = { name: `${field}:${descending ? 'DESC' : 'ASC'}`, cast: EXTERNAL_USER_SORT_KEYS[field].cast };
  const after = afterCursor(args.after, order);
  const countTotal = lazyCount(info, () => countExternalUsers(ctx.read, actor.accountId, filter));
  const rows = await listExternalUsers(ctx.read, actor.accountId, { filter, field, descending, after, limit });
  return toConnection(rows, limit, countTotal, presentExternalUser, (r) => ({ value: r.sort_key, id: r.id }), order);
}

/** One external user; another account's id reads as missing. */
export async function externalUserById(ctx: RequestCtx, id: string): Promise<ExternalUserType | null> {
  const actor = authorize(ctx, 'read', 'externalUsers');
  const [row] = await externalUsersByIds(ctx.read, actor.accountId, [id]);
  return row ? presentExternalUser(row) : null;
}
