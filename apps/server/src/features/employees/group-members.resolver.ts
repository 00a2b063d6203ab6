import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { presentUserGroup, SetUserGroupMembersInput, UserGroupPayload } from '../user-groups';
import { setUserGroupMembers } from './group-members.commands';

/** Group membership changes people, so it is decided here, under the employee rules. */
@Resolver()
export class GroupMembersResolver {
  @Mutation(() => UserGroupPayload, { description: 'Add and remove members of a user group.' })
  setUserGroupMembers(@Arg('input', { description: 'The change.' }) input: SetUserGroupMembersInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => setUserGroupMembers(ctx, input), (row) => ({ userGroup: presentUserGroup(row) }));
  }
}
