import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../platform/graphql/authorize';
import { afterCursor, lazyCount, pageSize, toConnection, type Connection, type KeysetOrder, type PageArgs } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { countApiTokens, listApiTokens } from './api-token.queries';
import { presentApiToken, type ApiTokenType } from './api-token.types';

/** Newest first; the only order of the token list. */
const NEWEST_FIRST: KeysetOrder = { name: 'CREATED:DESC', cast: 'timestamptz' };

/** A page of the account's API tokens (authorize, query, present); the total only when asked for. */
export async function apiTokensPage(ctx: RequestCtx, args: PageArgs, info: GraphQLResolveInfo): Promise<Connection<ApiTokenType>> {
  const actor = authorize(ctx, 'read', 'apiTokens');
  const limit = pageSize(args.first);
  const after = afterCursor(args.after, NEWEST_FIRST);
  const countTotal = lazyCount(info, () => countApiTokens(ctx.read, actor.accountId));
  const rows = await listApiTokens(ctx.read, actor.accountId, { after, limit });
  const now = ctx.clock();
  return toConnection(rows, limit, countTotal, (row) => presentApiToken(row, now), (r) => ({ value: r.created_key, id: r.id }), NEWEST_FIRST);
}
