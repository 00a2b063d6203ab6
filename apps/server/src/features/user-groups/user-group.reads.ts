import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../platform/graphql/authorize';
import type { NameOrder, PageArgs, Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { namedConnection } from '../../platform/graphql/named-list';
import type { UserGroupLoaders } from './user-group.loaders';
import { userGroups } from './user-group.queries';
import { presentUserGroup, type UserGroupType } from './user-group.types';

/** Reads of userGroups: authorize, call the queries, present. */

/** A page of userGroups by name; the total only when asked for. */
export function userGroupsPage(
  ctx: RequestCtx,
  args: PageArgs & { search: string | null; orderBy: NameOrder | null },
  info: GraphQLResolveInfo,
): Promise<Connection<UserGroupType>> {
  const actor = authorize(ctx, 'read', 'userGroups');
  return namedConnection(ctx.read, actor.accountId, userGroups, args, presentUserGroup, info);
}

/** One userGroup through the request's batch loader; another account's id reads as missing. */
export async function userGroupById(ctx: RequestCtx<UserGroupLoaders>, id: string): Promise<UserGroupType | null> {
  authorize(ctx, 'read', 'userGroups');
  const row = await ctx.loaders.userGroupById.load(id);
  return row ? presentUserGroup(row) : null;
}
