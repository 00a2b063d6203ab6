import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@gatehouse/contracts';
import { MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error.type';

/** A reset token is 43 characters; anything much longer is not one. */
const TOKEN_MAX_LENGTH = 200;

@InputType({ description: 'Ask for a password reset link.' })
export class RequestPasswordResetInput {
  @Field({ description: 'The login email (any case).' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;
}

@ObjectType({ description: 'Result of asking for a reset link: the same whether or not the email has a login.' })
export class RequestPasswordResetPayload {
  @Field(() => Boolean, { nullable: true, description: 'True when the request was taken (if the email has a login, a link is on its way); null when refused.' })
  ok?: boolean | null;

  @Field(() => [UserError], { description: 'A malformed email or too many requests; empty otherwise.' })
  userErrors: UserError[];
}

@InputType({ description: 'Set a new password with an emailed reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the link (after `#token=`).' })
  @MaxLength(TOKEN_MAX_LENGTH)
  token: string;

  @Field({ description: 'The new password: at least 12 characters, not a common one, not the email.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@ObjectType({ description: 'Result of setting a new password.' })
export class ResetPasswordPayload {
  @Field(() => Boolean, { nullable: true, description: 'True once the password is set and every session of the login has ended; null when it failed.' })
  ok?: boolean | null;

  @Field(() => [UserError], { description: 'A dead link (invalid, used, superseded, expired) or a weak password; empty on success.' })
  userErrors: UserError[];
}
