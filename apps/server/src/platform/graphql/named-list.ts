import type { EntityManager } from 'typeorm';
import type { NamedRow, namedQueries } from '../db/named-queries';
import { afterCursor, OrderDirection, pageSize, toConnection, type Connection, type KeysetOrder, type NameOrder, type PageArgs } from './connection';

/** A name-sorted connection page over a named table (departments, user groups). */
export async function namedConnection<R extends NamedRow, T>(
  m: EntityManager,
  accountId: string,
  queries: ReturnType<typeof namedQueries<R>>,
  args: PageArgs & { search: string | null; orderBy: NameOrder | null },
  present: (row: R) => T,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const descending = args.orderBy?.direction === OrderDirection.DESC;
  const order: KeysetOrder = { name: `NAME:${descending ? 'DESC' : 'ASC'}`, cast: 'text' };
  const [rows, total] = await Promise.all([
    queries.list(m, accountId, { search: args.search, after: afterCursor(args.after, order), limit, descending }),
    queries.count(m, accountId, args.search),
  ]);
  return toConnection(rows, limit, total, present, (r) => ({ value: r.name_key, id: r.id }), order);
}
