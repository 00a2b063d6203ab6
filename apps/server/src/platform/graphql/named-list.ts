import type { GraphQLResolveInfo } from 'graphql';
import type { Reader } from '../db/reader';
import type { NamedRow, namedQueries } from '../db/named-queries';
import { afterCursor, lazyCount, OrderDirection, pageSize, toConnection, type Connection, type KeysetOrder, type NameOrder, type PageArgs } from './connection';

/** A name-sorted connection page over a named table (departments, user groups). */
export async function namedConnection<R extends NamedRow, T>(
  db: Reader,
  accountId: string,
  queries: ReturnType<typeof namedQueries<R>>,
  args: PageArgs & { search: string | null; orderBy: NameOrder | null },
  present: (row: R) => T,
  info: GraphQLResolveInfo,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const descending = args.orderBy?.direction === OrderDirection.DESC;
  const order: KeysetOrder = { name: `NAME:${descending ? 'DESC' : 'ASC'}`, cast: 'text' };
  const after = afterCursor(args.after, order);
  const countTotal = lazyCount(info, () => queries.count(db, accountId, args.search));
  const rows = await queries.list(db, accountId, { search: args.search, after, limit, descending });
  return toConnection(rows, limit, countTotal, present, (r) => ({ value: r.name_key, id: r.id }), order);
}
