import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { PageArgs, type Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { AuditEventFilter } from './audit.inputs';
import { auditEventsPage } from './audit.reads';
import { AuditEventConnection, type AuditEventType } from './audit.types';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log of the account, newest first. ACCOUNT_ADMIN and USER_ADMIN.' })
  auditEvents(
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Narrow the log.' }) filter: AuditEventFilter | null,
    @Ctx() ctx: RequestCtx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<AuditEventType>> {
    return auditEventsPage(ctx, { ...page, filter }, info);
  }
}
