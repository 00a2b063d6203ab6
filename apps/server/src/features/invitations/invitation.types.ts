import { INVITATION_LINK_STATES, PASSWORD_MAX_LENGTH, type InvitationLinkState } from '@gatehouse/contracts';
import { MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../platform/graphql/enum-values';

/** Long enough for any token Gatehouse issues (43 characters); anything longer is not one. */
export const TOKEN_MAX_LENGTH = 200;

export const InvitationLinkStateEnum = registerDescribedEnum(INVITATION_LINK_STATES, 'InvitationLinkState', 'What an invitation link is when it is opened.', {
  VALID: 'It can be accepted.',
  EXPIRED: 'It was not accepted within 7 days; an admin can send a new one.',
  USED: 'It was already accepted; sign in instead.',
  SUPERSEDED: 'A newer invitation was sent to the same person; only the newest link works.',
  EMPLOYEE_INACTIVE: 'The person is inactive in the account; an admin must reactivate them first.',
  UNKNOWN: 'No such invitation: mistyped, cut short, or the person was removed.',
});

@ObjectType('Invitation', { description: 'What the page behind an invitation link shows. Public: the token is the credential.', simpleResolvers: true })
export class InvitationType {
  @Field(() => InvitationLinkStateEnum, { description: 'Whether it can be accepted, or why not.' })
  state: InvitationLinkState;

  @Field(() => String, { nullable: true, description: 'The account it invites to; null for an unknown link.' })
  accountName: string | null;

  @Field(() => String, { nullable: true, description: 'The login email it is for; only while it can be accepted.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: "The person's first name; only while it can be accepted." })
  firstName: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when this login already has a password (it is used in another account): accepting takes that password instead of a new one. Only while it can be accepted.' })
  hasPassword: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the link stops working; null for an unknown link.' })
  expiresAt: Date | null;
}

@InputType({ description: 'Accept an invitation and log in.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link (after #token=).' })
  @MaxLength(TOKEN_MAX_LENGTH)
  token: string;

  @Field(() => String, {
    nullable: true,
    description: 'A new login: the password to set (at least 12 characters, not a common password, not the email). A login that has a password already: that password.',
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string | null;
}
