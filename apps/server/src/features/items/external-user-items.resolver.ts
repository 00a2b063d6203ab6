import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { ExternalUserType } from '../external-users';
import type { ItemLoaders } from './item.loaders';

/** What the external users list shows of their items; the list reads it for its page's rows only. */
@Resolver(() => ExternalUserType)
export class ExternalUserItemsResolver {
  @FieldResolver(() => Int, { description: 'How many open jobs and incidents (not archived) the external user is assigned to.' })
  openItemCount(@Root() user: ExternalUserType, @Ctx() ctx: RequestCtx<ItemLoaders>): Promise<number> {
    return ctx.loaders.openItemCountOfExternalUser.load(user.id);
  }
}
