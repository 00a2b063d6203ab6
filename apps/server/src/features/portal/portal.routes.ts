import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppCtx } from '../../platform/graphql/context';
import type { RouteKit } from '../../platform/http/app';
import * as portal from './portal.commands';
import type { PortalSessionRow } from './portal.queries';
import { SESSION_TTL_MS } from './portal-rules';
import { presentPortalItem, presentPortalSummary } from './portal-view';

/** The portal session cookie: httpOnly, SameSite=Strict, sent only to the portal's API. */
export const PORTAL_COOKIE = 'gh_portal';
export const PORTAL_API = '/api/portal';

/** Bodies are small JSON objects; anything else is refused before a handler runs. */
const TOKEN = { type: 'string', minLength: 20, maxLength: 200 } as const;
const LINK_BODY = { type: 'object', required: ['token'], additionalProperties: false, properties: { token: TOKEN } } as const;
const VERIFY_BODY = { type: 'object', required: ['token', 'code'], additionalProperties: false, properties: { token: TOKEN, code: { type: 'string', maxLength: 20 } } } as const;
const TERMS_BODY = { type: 'object', required: ['version'], additionalProperties: false, properties: { version: { type: 'integer', minimum: 1 } } } as const;
const TICK_BODY = { type: 'object', required: ['ticked'], additionalProperties: false, properties: { ticked: { type: 'boolean' } } } as const;

const DEAD_LINK = { error: 'LINK_DEAD', message: 'This link no longer works: you are no longer assigned to this item, or it was removed. Ask the person who assigned you for a new one.' };

/**
 * The external users' portal API. It is authorized by the portal cookie alone: an admin
 * session gives nothing here, and the portal cookie (path-limited to this API) gives nothing
 * in the admin API. POSTs take JSON only, which a cross-site form cannot send, and the cookie
 * is SameSite=Strict.
 */
export async function registerPortalRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  // No caller: each route authorizes the request by the portal cookie itself.
  const ctxOf = (request: FastifyRequest): AppCtx => kit.appCtx(request, null);
  const { secure } = kit;
  const sessionOf = (request: FastifyRequest, ctx: AppCtx): Promise<PortalSessionRow | null> => portal.portalSessionOf(ctx, request.cookies[PORTAL_COOKIE]);
  const unauthenticated = (reply: FastifyReply) => reply.code(401).send({ error: 'UNAUTHENTICATED', message: 'Open your link again to get a new code.' });
  const termsFirst = (reply: FastifyReply) => reply.code(403).send({ error: 'TERMS_NOT_ACCEPTED', message: 'Accept the terms of use first.' });

  await app.register(
    async (api) => {
      api.addHook('onSend', async (_request, reply) => {
        reply.header('cache-control', 'no-store');
      });

      api.post<{ Body: { token: string } }>('/link', { schema: { body: LINK_BODY } }, async (request, reply) => {
        const ctx = ctxOf(request);
        const info = await portal.openLink(ctx, request.body.token, await sessionOf(request, ctx));
        if (info === null) return reply.code(404).send(DEAD_LINK);
        return { itemId: info.itemId, itemTitle: info.itemTitle, maskedEmail: info.maskedEmail, verified: info.verified };
      });

      api.post<{ Body: { token: string } }>('/code', { schema: { body: LINK_BODY } }, async (request, reply) => {
        const outcome = await portal.requestCode(ctxOf(request), request.body.token);
        if (outcome.sent) return reply.code(204).send();
        if (outcome.reason === 'dead_link') return reply.code(404).send(DEAD_LINK);
        reply.header('retry-after', String(outcome.retryAfterSeconds));
        return reply.code(429).send({ error: 'THROTTLED', retryAfterSeconds: outcome.retryAfterSeconds, message: `A code was sent recently; you can ask for a new one in ${outcome.retryAfterSeconds} seconds.` });
      });

      api.post<{ Body: { token: string; code: string } }>('/verify', { schema: { body: VERIFY_BODY } }, async (request, reply) => {
        const outcome = await portal.verifyCode(ctxOf(request), request.body.token, request.body.code);
        if (outcome.verified) {
          reply.setCookie(PORTAL_COOKIE, outcome.sessionToken, { httpOnly: true, sameSite: 'strict', secure, path: PORTAL_API, maxAge: SESSION_TTL_MS / 1000 });
          return reply.code(204).send();
        }
        if (outcome.reason === 'dead_link') return reply.code(404).send(DEAD_LINK);
        if (outcome.reason !== 'wrong_code') return reply.code(400).send({ error: 'CODE_EXPIRED', message: 'This code no longer works (expired, used or too many wrong tries). Ask for a new one.' });
        return reply
          .code(400)
          .send({ error: 'CODE_WRONG', attemptsLeft: outcome.attemptsLeft, message: `That is not the code we sent (${outcome.attemptsLeft} ${outcome.attemptsLeft === 1 ? 'try' : 'tries'} left).` });
      });

      api.get('/home', async (request, reply) => {
        const ctx = ctxOf(request);
        const session = await sessionOf(request, ctx);
        if (session === null) return unauthenticated(reply);
        const home = await portal.portalHome(ctx, session);
        const now = ctx.clock();
        return {
          firstName: session.first_name,
          lastName: session.last_name,
          terms: home.terms === null ? null : { version: home.terms.version, text: home.terms.text },
          items: home.items.map((row) => presentPortalSummary(row, now)),
        };
      });

      api.post<{ Body: { version: number } }>('/terms', { schema: { body: TERMS_BODY } }, async (request, reply) => {
        const ctx = ctxOf(request);
        const session = await sessionOf(request, ctx);
        if (session === null) return unauthenticated(reply);
        if (!(await portal.acceptPortalTerms(ctx, session, request.body.version))) {
          return reply.code(409).send({ error: 'STALE_TERMS_VERSION', message: 'The terms changed while you were reading them; read the new version.' });
        }
        return reply.code(204).send();
      });

      api.get<{ Params: { itemId: string } }>('/items/:itemId', async (request, reply) => {
        const ctx = ctxOf(request);
        const session = await sessionOf(request, ctx);
        if (session === null) return unauthenticated(reply);
        if (!portal.hasAcceptedTerms(session)) return termsFirst(reply);
        const item = await portal.portalItem(ctx, session, request.params.itemId);
        if (item === null) return reply.code(404).send({ error: 'NOT_FOUND', message: 'This item is not (or no longer) assigned to you.' });
        return presentPortalItem(item, ctx.clock());
      });

      api.post<{ Params: { itemId: string; entryId: string }; Body: { ticked: boolean } }>(
        '/items/:itemId/entries/:entryId',
        { schema: { body: TICK_BODY } },
        async (request, reply) => {
          const ctx = ctxOf(request);
          const session = await sessionOf(request, ctx);
          if (session === null) return unauthenticated(reply);
          if (!portal.hasAcceptedTerms(session)) return termsFirst(reply);
          const outcome = await portal.tickAsExternalUser(ctx, session, { itemId: request.params.itemId, entryId: request.params.entryId, ticked: request.body.ticked });
          if (outcome.ok) return presentPortalItem(outcome.item, ctx.clock());
          if (outcome.reason === 'closed') return reply.code(409).send({ error: 'ITEM_COMPLETED', message: 'This item is completed; its checklist can no longer change.' });
          return reply.code(404).send({ error: 'NOT_FOUND', message: 'This item is not (or no longer) assigned to you.' });
        },
      );

      api.post('/logout', async (request, reply) => {
        const ctx = ctxOf(request);
        const session = await sessionOf(request, ctx);
        if (session !== null) await portal.endPortalSession(ctx, session);
        reply.clearCookie(PORTAL_COOKIE, { path: PORTAL_API });
        return reply.code(204).send();
      });
    },
    { prefix: PORTAL_API },
  );
}
