import { hashToken } from '../../platform/auth/secrets';
import type { AppCtx } from '../../platform/graphql/context';
import { findInvitationLink } from '../employees';
import { linkState } from './invitation-link';
import type { InvitationType } from './invitation.types';

/**
 * What the page behind a link shows. Anyone holding the link may ask (256 random bits are
 * not guessed); the email and whether the login has a password are told only while the link
 * can be accepted, a dead link names only its account.
 */
export async function invitationByToken(ctx: AppCtx, token: string): Promise<InvitationType> {
  const link = await findInvitationLink(ctx.read, hashToken(token));
  const state = linkState(link, ctx.clock());
  const live = state === 'VALID' && link !== null;
  return {
    state,
    accountName: link?.account_name ?? null,
    email: live ? link.email : null,
    firstName: live ? link.first_name : null,
    hasPassword: live ? link.has_password : null,
    expiresAt: link?.expires_at ?? null,
  };
}
