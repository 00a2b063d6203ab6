import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../loaders';
import { requireSession, type SessionTokens } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { completeSetup } from '../accounts/setup.commands';
import { needsSetup } from '../accounts/setup.queries';
import { login, logout, switchAccount } from './auth.commands';
import { loadSessionPrincipal } from './principal.queries';
import { loadViewer } from './viewer.queries';
import { CompleteSetupInput, LoginInput, LogoutPayload, SetupStatusType, SwitchAccountInput, ViewerPayload, ViewerType } from './viewer.types';

/** Sets the session cookies and loads the viewer for a session that was just started. */
async function viewerOfNewSession(ctx: GraphQLContext, tokens: SessionTokens, identityId: string): Promise<ViewerType | null> {
  ctx.cookies.set(tokens);
  const session = await loadSessionPrincipal(ctx.db, tokens.sessionId, identityId);
  return session ? loadViewer(ctx.db, identityId, session.principal) : null;
}

@Resolver()
export class AuthResolver {
  @Query(() => SetupStatusType, { description: 'Whether the first-run setup is still needed. Public.' })
  async setupStatus(@Ctx() ctx: GraphQLContext): Promise<SetupStatusType> {
    return { needsSetup: await needsSetup(ctx.db.manager) };
  }

  @Query(() => ViewerType, { nullable: true, description: 'Who is logged in; null when nobody is.' })
  me(@Ctx() ctx: GraphQLContext): Promise<ViewerType | null> | null {
    if (ctx.session === null) return null;
    return loadViewer(ctx.db, ctx.session.identityId, ctx.session.principal);
  }

  @Mutation(() => ViewerPayload, { description: 'First run: create the account and its account admin with the printed setup token, and log in.' })
  completeSetup(@Arg('input', { description: 'Account and admin.' }) input: CompleteSetupInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(
      () => completeSetup(ctx, input).then((r) => viewerOfNewSession(ctx, r.tokens, r.identityId)),
      (viewer) => ({ viewer }),
    );
  }

  @Mutation(() => ViewerPayload, { description: 'Log in with email and password (throttled per email and per IP).' })
  login(@Arg('input', { description: 'Credentials.' }) input: LoginInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(
      () => login(ctx, input).then((r) => viewerOfNewSession(ctx, r.tokens, r.identityId)),
      (viewer) => ({ viewer }),
    );
  }

  @Mutation(() => LogoutPayload, { description: 'End the current session.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<LogoutPayload> {
    if (ctx.session !== null) await logout(ctx, ctx.session);
    ctx.cookies.clear();
    return { ok: true, userErrors: [] };
  }

  @Mutation(() => ViewerPayload, { description: 'Act in another of your accounts, without logging in again.' })
  switchAccount(@Arg('input', { description: 'The account.' }) input: SwitchAccountInput, @Ctx() ctx: GraphQLContext) {
    const session = requireSession(ctx);
    return toPayload(
      async () => {
        await switchAccount(ctx, session, input.accountId);
        const next = await loadSessionPrincipal(ctx.db, session.sessionId, session.identityId);
        return next ? loadViewer(ctx.db, session.identityId, next.principal) : null;
      },
      (viewer) => ({ viewer }),
    );
  }
}
