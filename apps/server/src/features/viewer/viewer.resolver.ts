import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireSession, type RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { loadSessionPrincipal, login, logout, switchAccount } from '../auth';
import { loadViewer, viewerOfNewSession } from './viewer.queries';
import { LoginInput, LogoutPayload, SwitchAccountInput, ViewerPayload, ViewerType } from './viewer.types';

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Who is logged in; null when nobody is, and for an API token (a token is not a person).' })
  me(@Ctx() ctx: RequestCtx): Promise<ViewerType | null> | null {
    if (ctx.session === null) return null;
    return loadViewer(ctx.read, ctx.session);
  }

  @Mutation(() => ViewerPayload, { description: 'Log in with email and password (throttled per email and per IP).' })
  login(@Arg('input', { description: 'Credentials.' }) input: LoginInput, @Ctx() ctx: RequestCtx) {
    return toPayload(
      () => login(ctx, input).then((r) => viewerOfNewSession(ctx, r.tokens, r)),
      (viewer) => ({ viewer }),
    );
  }

  @Mutation(() => LogoutPayload, { description: 'End the current session.' })
  async logout(@Ctx() ctx: RequestCtx): Promise<LogoutPayload> {
    if (ctx.session !== null) await logout(ctx, ctx.session);
    ctx.cookies.clear();
    return { ok: true, userErrors: [] };
  }

  @Mutation(() => ViewerPayload, { description: 'Act in another of your accounts, without logging in again.' })
  switchAccount(@Arg('input', { description: 'The account.' }) input: SwitchAccountInput, @Ctx() ctx: RequestCtx) {
    const session = requireSession(ctx);
    return toPayload(
      async () => {
        await switchAccount(ctx, session, input.accountId);
        const next = await loadSessionPrincipal(ctx.read, session.sessionId, session.identityId);
        return next ? loadViewer(ctx.read, next) : null;
      },
      (viewer) => ({ viewer }),
    );
  }
}
