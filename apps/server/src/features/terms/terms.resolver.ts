import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireSession, type RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { loadSessionPrincipal } from '../auth';
import { loadViewer } from '../viewer';
import { acceptTerms, BUILT_IN_TERMS, currentTerms, updateTermsOfUse, type Terms } from './terms.commands';
import { TermsAudienceEnum, type TermsAudience } from './terms-audience';
import { AcceptTermsInput, AcceptTermsPayload, TermsOfUseType, UpdateTermsOfUseInput, UpdateTermsOfUsePayload } from './terms.types';

/** What someone signed out reads at /terms: the built-in text, as of no account in particular. */
function signedOutTerms(audience: TermsAudience): Terms {
  return { audience, text: BUILT_IN_TERMS[audience], version: 1, publishedAt: new Date(0), isDefault: true };
}

@Resolver()
export class TermsResolver {
  @Query(() => TermsOfUseType, { description: "The current terms of use of the session's account; signed out, Gatehouse's built-in terms." })
  termsOfUse(
    @Arg('audience', () => TermsAudienceEnum, { nullable: true, description: 'Whose terms: the employees’ when omitted.' }) audience: TermsAudience | null,
    @Ctx() ctx: RequestCtx,
  ): Promise<Terms> | Terms {
    const whose = audience ?? 'EMPLOYEES';
    return ctx.session === null ? signedOutTerms(whose) : currentTerms(ctx, ctx.session.principal.accountId, whose);
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
