import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import type { UserGroupLoaders } from './user-group.loaders';
import { NameOrder, PageArgs, type Connection } from '../../platform/graphql/connection';
import { toPayload } from '../../platform/graphql/payload';
import { createUserGroup, deleteUserGroup, updateUserGroup } from './user-group.commands';
import { userGroupsPage, userGroupById } from './user-group.reads';
import {
  CreateUserGroupInput,
  DeleteUserGroupInput,
  DeleteUserGroupPayload,
  presentUserGroup,
  UpdateUserGroupInput,
  UserGroupConnection,
  UserGroupFilter,
  UserGroupPayload,
  UserGroupType,
} from './user-group.types';

@Resolver(() => UserGroupType)
export class UserGroupResolver {
  @Query(() => UserGroupConnection, { description: 'User groups of the account, by name. Needs user settings.' })
  userGroups(
    @Args() page: PageArgs,
    @Arg('filter', () => UserGroupFilter, { nullable: true, description: 'Narrow the list.' }) filter: UserGroupFilter | null,
    @Arg('orderBy', () => NameOrder, { nullable: true, description: 'Sort order (by name).' }) orderBy: NameOrder | null,
    @Ctx() ctx: RequestCtx<UserGroupLoaders>,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<UserGroupType>> {
    return userGroupsPage(ctx, { ...page, search: filter?.search ?? null, orderBy }, info);
  }

  @Query(() => UserGroupType, { nullable: true, description: 'One user group; null when it does not exist in this account.' })
  userGroup(@Arg('id', () => ID, { description: 'The group.' }) id: string, @Ctx() ctx: RequestCtx<UserGroupLoaders>): Promise<UserGroupType | null> {
    return userGroupById(ctx, id);
  }

  @Mutation(() => UserGroupPayload, { description: 'Add a user group.' })
  createUserGroup(@Arg('input', { description: 'The group.' }) input: CreateUserGroupInput, @Ctx() ctx: RequestCtx<UserGroupLoaders>) {
    return toPayload(() => createUserGroup(ctx, input), (row) => ({ userGroup: presentUserGroup(row) }));
  }

  @Mutation(() => UserGroupPayload, { description: 'Rename or re-describe a user group.' })
  updateUserGroup(@Arg('input', { description: 'The change.' }) input: UpdateUserGroupInput, @Ctx() ctx: RequestCtx<UserGroupLoaders>) {
    return toPayload(() => updateUserGroup(ctx, input), (row) => ({ userGroup: presentUserGroup(row) }));
  }

  @Mutation(() => DeleteUserGroupPayload, { description: 'Delete a user group; its members stay.' })
  deleteUserGroup(@Arg('input', { description: 'Which group.' }) input: DeleteUserGroupInput, @Ctx() ctx: RequestCtx<UserGroupLoaders>) {
    return toPayload(() => deleteUserGroup(ctx, input), (deletedId) => ({ deletedId }));
  }

  @FieldResolver(() => Int, { description: 'How many employees are members.' })
  memberCount(@Root() root: UserGroupType, @Ctx() ctx: RequestCtx<UserGroupLoaders>): number | Promise<number> {
    return root.knownMemberCount ?? ctx.loaders.userGroupMemberCount.load(root.id);
  }
}
