import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, type Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { DeleteChallengePayload, presentChallenge } from '../delete-challenges';
import { presentEmployee } from '../employees';
import { deleteExternalUsers, requestExternalUserDeleteChallenge } from './delete-external-users.commands';
import { createExternalUser, updateExternalUser } from './external-user.commands';
import {
  CreateExternalUserInput,
  DeleteExternalUsersInput,
  DeleteExternalUsersPayload,
  ExternalUserFilter,
  ExternalUserOrder,
  ExternalUserPayload,
  PromoteExternalUserInput,
  PromoteExternalUserPayload,
  RequestExternalUserDeleteChallengeInput,
  UpdateExternalUserInput,
} from './external-user.inputs';
import { externalUserById, externalUsersPage } from './external-user.reads';
import { ExternalUserConnection, ExternalUserType, presentExternalUser } from './external-user.types';
import { promoteExternalUser } from './promote-external-user.commands';

@Resolver(() => ExternalUserType)
export class ExternalUserResolver {
  @Query(() => ExternalUserConnection, { description: 'External users (contractors, stewards) of the account. Needs user settings.' })
  externalUsers(
    @Args() page: PageArgs,
    @Arg('filter', () => ExternalUserFilter, { nullable: true, description: 'Narrow the list.' }) filter: ExternalUserFilter | null,
    @Arg('orderBy', () => ExternalUserOrder, { nullable: true, description: 'Sort order; by name when omitted.' }) orderBy: ExternalUserOrder | null,
    @Ctx() ctx: RequestCtx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ExternalUserType>> {
    return externalUsersPage(ctx, { ...page, filter, orderBy }, info);
  }

  @Query(() => ExternalUserType, { nullable: true, description: 'One external user; null when it does not exist in this account.' })
  externalUser(@Arg('id', () => ID, { description: 'The external user.' }) id: string, @Ctx() ctx: RequestCtx): Promise<ExternalUserType | null> {
    return externalUserById(ctx, id);
  }

  @Mutation(() => ExternalUserPayload, { description: 'Add an external user.' })
  createExternalUser(@Arg('input', { description: 'The external user.' }) input: CreateExternalUserInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => createExternalUser(ctx, input), (row) => ({ externalUser: presentExternalUser(row) }));
  }

  @Mutation(() => ExternalUserPayload, { description: 'Edit an external user: the names. The email cannot change.' })
  updateExternalUser(@Arg('input', { description: 'The change.' }) input: UpdateExternalUserInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => updateExternalUser(ctx, input), (row) => ({ externalUser: presentExternalUser(row) }));
  }

  @Mutation(() => DeleteChallengePayload, { description: 'Step one of deleting external users: a number (5 minutes, single use) the admin must type back.' })
  requestExternalUserDeleteChallenge(@Arg('input', { description: 'Which external users.' }) input: RequestExternalUserDeleteChallengeInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => requestExternalUserDeleteChallenge(ctx, input.externalUserIds), presentChallenge);
  }

  @Mutation(() => DeleteExternalUsersPayload, { description: 'Step two: delete external users, with the typed number.' })
  deleteExternalUsers(@Arg('input', { description: 'The external users and the confirmation.' }) input: DeleteExternalUsersInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => deleteExternalUsers(ctx, input), (deletedIds) => ({ deletedIds }));
  }

  @Mutation(() => PromoteExternalUserPayload, {
    description: 'Promote to employee (Save User): in one transaction the employee is created with the external user\'s email, by the rules of createEmployee, and the external user is removed.',
  })
  promoteExternalUser(@Arg('input', { description: 'The external user and the employee to make of them.' }) input: PromoteExternalUserInput, @Ctx() ctx: RequestCtx) {
    return toPayload(
      () => promoteExternalUser(ctx, input),
      (r) => ({ employee: presentEmployee(r.employee), removedExternalUserId: r.removedExternalUserId }),
    );
  }
}
