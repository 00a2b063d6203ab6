import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, type Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { createApiToken, revokeApiToken } from './api-token.commands';
import { apiTokensPage } from './api-token.reads';
import {
  ApiTokenConnection,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  presentApiToken,
  RevokeApiTokenInput,
  RevokeApiTokenPayload,
  type ApiTokenType,
} from './api-token.types';

@Resolver()
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, { description: 'API tokens of the account, newest first, revoked ones included. ACCOUNT_ADMIN only; never with an API token.' })
  apiTokens(@Args() page: PageArgs, @Ctx() ctx: RequestCtx, @Info() info: GraphQLResolveInfo): Promise<Connection<ApiTokenType>> {
    return apiTokensPage(ctx, page, info);
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Create an API token for a client app; the secret is in this answer only. ACCOUNT_ADMIN only.' })
  createApiToken(@Arg('input', { description: 'The token.' }) input: CreateApiTokenInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => createApiToken(ctx, input), ({ row, secret }) => ({ apiToken: presentApiToken(row, ctx.clock()), token: secret }));
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revoke an API token: its very next request is UNAUTHENTICATED. ACCOUNT_ADMIN only.' })
  revokeApiToken(@Arg('input', { description: 'Which token.' }) input: RevokeApiTokenInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => revokeApiToken(ctx, input), (row) => ({ apiToken: presentApiToken(row, ctx.clock()) }));
  }
}
