import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireSession, type RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { loadSessionPrincipal } from '../auth';
import { loadViewer } from '../viewer';
import { DEFAULT_TERMS_TEXT } from './default-terms';
import { acceptTerms, currentTerms, updateTermsOfUse, type Terms } from './terms.commands';
import { AcceptTermsInput, AcceptTermsPayload, TermsOfUseType, UpdateTermsOfUseInput, UpdateTermsOfUsePayload } from './terms.types';

/** What someone signed out reads at /terms: the built-in text, as of no account in particular. */
const SIGNED_OUT_TERMS: Terms = { text: DEFAULT_TERMS_TEXT, version: 1, publishedAt: new Date(0), isDefault: true };

@Resolver()
export class TermsResolver {
  @Query(() => TermsOfUseType, { description: "The current terms of use of the session's account; signed out, Gatehouse's built-in terms." })
  termsOfUse(@Ctx() ctx: RequestCtx): Promise<Terms> | Terms {
    return ctx.session === null ? SIGNED_OUT_TERMS : currentTerms(ctx, ctx.session.principal.accountId);
  }

  @Mutation(() => AcceptTermsPayload, { description: "Accept the account's current terms of use (the version that was shown)." })
  acceptTerms(@Arg('input', { description: 'The version read.' }) input: AcceptTermsInput, @Ctx() ctx: RequestCtx) {
    const session = requireSession(ctx);
    return toPayload(
      async () => {
        await acceptTerms(ctx, session, input);
        const next = await loadSessionPrincipal(ctx.read, session.sessionId, session.identityId);
        return next ? loadViewer(ctx.read, next) : null;
      },
      (viewer) => ({ viewer }),
    );
  }

  @Mutation(() => UpdateTermsOfUsePayload, { description: 'Publish a new version of the terms of use, or correct the current one (ACCOUNT_ADMIN only).' })
  updateTermsOfUse(@Arg('input', { description: 'The text and how to publish it.' }) input: UpdateTermsOfUseInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => updateTermsOfUse(ctx, input), (termsOfUse) => ({ termsOfUse }));
  }
}
