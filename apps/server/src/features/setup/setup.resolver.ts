import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { hasNoAccounts } from '../accounts';
import { ViewerPayload, viewerOfNewSession } from '../viewer';
import { completeSetup } from './setup.commands';
import { CompleteSetupInput, SetupStatusType } from './setup.types';

@Resolver()
export class SetupResolver {
  @Query(() => SetupStatusType, { description: 'Whether the first-run setup is still needed. Public.' })
  async setupStatus(@Ctx() ctx: RequestCtx): Promise<SetupStatusType> {
    return { needsSetup: await hasNoAccounts(ctx.read) };
  }

  @Mutation(() => ViewerPayload, { description: 'First run: create the account and its account admin with the printed setup token, and log in.' })
  completeSetup(@Arg('input', { description: 'Account and admin.' }) input: CompleteSetupInput, @Ctx() ctx: RequestCtx) {
    return toPayload(
      () => completeSetup(ctx, input).then((r) => viewerOfNewSession(ctx, r.tokens, r.identityId)),
      (viewer) => ({ viewer }),
    );
  }
}
