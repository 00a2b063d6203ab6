import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { renameAccount } from './account.commands';
import { RenameAccountInput, RenameAccountPayload } from './account.types';

@Resolver()
export class AccountResolver {
  @Mutation(() => RenameAccountPayload, { description: 'Rename the account (ACCOUNT_ADMIN only).' })
  renameAccount(@Arg('input', { description: 'The new name.' }) input: RenameAccountInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => renameAccount(ctx, input), (account) => ({ account }));
  }
}
