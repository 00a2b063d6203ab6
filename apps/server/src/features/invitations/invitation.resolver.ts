import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { ViewerPayload, viewerOfNewSession } from '../viewer';
import { acceptInvitation } from './accept-invitation.commands';
import { invitationByToken } from './invitation.reads';
import { AcceptInvitationInput, InvitationType } from './invitation.types';

@Resolver()
export class InvitationResolver {
  @Query(() => InvitationType, { description: 'What an invitation link is: the account, the email and whether the login has a password, or why it no longer works. Public.' })
  invitation(
    @Arg('token', { description: 'The token from the link (after #token=).' }) token: string,
    @Ctx() ctx: RequestCtx,
  ): Promise<InvitationType> {
    return invitationByToken(ctx, token);
  }

  @Mutation(() => ViewerPayload, {
    description: 'Accept an invitation (public, throttled per link and per IP): set a password, or give the existing one, and be logged in to the account. Works once.',
  })
  acceptInvitation(@Arg('input', { description: 'The link and the password.' }) input: AcceptInvitationInput, @Ctx() ctx: RequestCtx) {
    return toPayload(
      () => acceptInvitation(ctx, input).then((r) => viewerOfNewSession(ctx, r.tokens, r.identityId)),
      (viewer) => ({ viewer }),
    );
  }
}
