import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { authorize } from '../../platform/graphql/authorize';
import { afterCursor, PageArgs, pageSize, toConnection, type Connection } from '../../platform/graphql/connection';
import { countAuditEvents, listAuditEvents } from './audit.queries';
import { AuditEventConnection, presentAuditEvent, type AuditEventType } from './audit.types';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log of the account, newest first. ACCOUNT_ADMIN and USER_ADMIN.' })
  async auditEvents(@Args() page: PageArgs, @Ctx() ctx: RequestCtx): Promise<Connection<AuditEventType>> {
    const actor = authorize(ctx, 'read', 'auditEvents');
    const limit = pageSize(page.first);
    const [rows, total] = await Promise.all([
      listAuditEvents(ctx.read, actor.accountId, { after: afterCursor(page.after), limit }),
      countAuditEvents(ctx.read, actor.accountId),
    ]);
    return toConnection(rows, limit, total, presentAuditEvent, (r) => ({ value: r.at_key, id: r.id }));
  }
}
