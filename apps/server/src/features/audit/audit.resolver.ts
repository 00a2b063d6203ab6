import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../loaders';
import { authorize } from '../../platform/graphql/authorize';
import { afterCursor, PageArgs, pageSize, toConnection, type Connection, type KeysetOrder } from '../../platform/graphql/connection';
import { countAuditEvents, listAuditEvents } from './audit.queries';
import { AuditEventConnection, presentAuditEvent, type AuditEventType } from './audit.types';

/** Newest first; the only order of the audit log. */
const NEWEST_FIRST: KeysetOrder = { name: 'AT:DESC', cast: 'timestamptz' };

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log of the account, newest first. ACCOUNT_ADMIN and USER_ADMIN.' })
  async auditEvents(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<AuditEventType>> {
    const actor = authorize(ctx, 'read', 'auditEvents');
    const limit = pageSize(page.first);
    const [rows, total] = await Promise.all([
      listAuditEvents(ctx.db.manager, actor.accountId, { after: afterCursor(page.after, NEWEST_FIRST), limit }),
      countAuditEvents(ctx.db.manager, actor.accountId),
    ]);
    return toConnection(rows, limit, total, presentAuditEvent, (r) => ({ value: r.at_key, id: r.id }), NEWEST_FIRST);
  }
}
