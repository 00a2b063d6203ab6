import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../platform/graphql/authorize';
import { afterCursor, lazyCount, pageSize, toConnection, type Connection, type KeysetOrder, type PageArgs } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { auditNamesByIds, countAuditEvents, listAuditEvents, type AuditFilterValues } from './audit.queries';
import { mentionedIds, presentAuditEvent, type AuditEventType } from './audit.types';

/** Newest first; the only order of the audit log. */
const NEWEST_FIRST: KeysetOrder = { name: 'AT:DESC', cast: 'timestamptz' };

/** A page of the audit log (authorize, call the queries, present); the total only when asked for. */
export async function auditEventsPage(
  ctx: RequestCtx,
  args: PageArgs & { filter: AuditFilterValues | null },
  info: GraphQLResolveInfo,
): Promise<Connection<AuditEventType>> {
  const actor = authorize(ctx, 'read', 'auditEvents');
  const limit = pageSize(args.first);
  const after = afterCursor(args.after, NEWEST_FIRST);
  const filter = args.filter ?? {};
  const countTotal = lazyCount(info, () => countAuditEvents(ctx.read, actor.accountId, filter));
  const rows = await listAuditEvents(ctx.read, actor.accountId, { filter, after, limit });
  // The names of every target and every id in the details: one statement for the page.
  const ids = rows.flatMap((r) => [...(r.target_id ? [r.target_id] : []), ...mentionedIds(r.data)]);
  const names = new Map((await auditNamesByIds(ctx.read, actor.accountId, ids)).map((n) => [n.id, n]));
  return toConnection(rows, limit, countTotal, (row) => presentAuditEvent(row, names), (r) => ({ value: r.at_key, id: r.id }), NEWEST_FIRST);
}
