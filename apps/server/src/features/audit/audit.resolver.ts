import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { authorize } from '../../platform/graphql/authorize';
import { afterCursor, lazyCount, PageArgs, pageSize, toConnection, type Connection, type KeysetOrder } from '../../platform/graphql/connection';
import { AuditEventFilter } from './audit.inputs';
import { countAuditEvents, listAuditEvents } from './audit.queries';
import { AuditEventConnection, presentAuditEvent, type AuditEventType } from './audit.types';

/** Newest first; the only order of the audit log. */
const NEWEST_FIRST: KeysetOrder = { name: 'AT:DESC', cast: 'timestamptz' };

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log of the account, newest first. ACCOUNT_ADMIN and USER_ADMIN.' })
  async auditEvents(
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Narrow the log.' }) filter: AuditEventFilter | null,
    @Ctx() ctx: RequestCtx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<AuditEventType>> {
    const actor = authorize(ctx, 'read', 'auditEvents');
    const limit = pageSize(page.first);
    const after = afterCursor(page.after, NEWEST_FIRST);
    const values = filter ?? {};
    const countTotal = lazyCount(info, () => countAuditEvents(ctx.read, actor.accountId, values));
    const rows = await listAuditEvents(ctx.read, actor.accountId, { filter: values, after, limit });
    return toConnection(rows, limit, countTotal, presentAuditEvent, (r) => ({ value: r.at_key, id: r.id }), NEWEST_FIRST);
  }
}
