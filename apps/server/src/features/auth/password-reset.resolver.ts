import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { requestPasswordReset, resetPassword } from './password-reset.commands';
import { RequestPasswordResetInput, RequestPasswordResetPayload, ResetPasswordInput, ResetPasswordPayload } from './password-reset.types';

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => RequestPasswordResetPayload, {
    description: 'Forgot password: emails a single-use link valid for one hour, when the email has a login. The answer is the same either way (throttled per email and per IP).',
  })
  requestPasswordReset(@Arg('input', { description: 'The email.' }) input: RequestPasswordResetInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => requestPasswordReset(ctx, input), () => ({ ok: true }));
  }

  @Mutation(() => ResetPasswordPayload, { description: 'Set a new password with a reset link; ends every session of the login, in every account.' })
  resetPassword(@Arg('input', { description: 'The link token and the new password.' }) input: ResetPasswordInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => resetPassword(ctx, input), () => ({ ok: true }));
  }
}
