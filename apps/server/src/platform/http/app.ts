import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config, TrustProxy } from '../../config';
import type { SigningKey } from '../auth/access-tokens';
import { verifyAccessToken } from '../auth/access-tokens';
import { poolReader, type Reader } from '../db/reader';
import { createUnitOfWork } from '../db/unit-of-work';
import type { AccountPrincipal, ApiTokenPrincipal } from '@gatehouse/access';
import { auditActorOf } from '../audit/audit-writer';
import { claimsToBeApiToken } from '../auth/api-token-format';
import type { Clock } from '../clock';
import type { AppCtx, RequestCtx, SessionInfo, SessionTokens } from '../graphql/context';
import { errorPlugin } from '../graphql/error-plugin';
import { jitGateway } from '../graphql/jit-executor';
import { limitRules } from '../graphql/limits';
import { requestGuardPlugin } from '../graphql/request-guard-plugin';
import { termsGatePlugin } from '../graphql/terms-gate-plugin';
import { credentialOf, REFRESH_COOKIE, REFRESH_PATH, sessionCookieJar, type Credential } from './session-cookies';

export interface AppDeps<L> {
  readonly config: Config;
  readonly db: DataSource;
  readonly schema: GraphQLSchema;
  readonly signingKey: SigningKey;
  /** Built admin app to serve at `/`, when it exists. */
  readonly webDist: string | null;
  /** Session lookup for a verified token (features/auth). */
  readonly loadSession: (db: Reader, sessionId: string, identityId: string) => Promise<SessionInfo | null>;
  readonly refreshSession: (ctx: AppCtx, refreshToken: string) => Promise<SessionTokens | null>;
  /** The live API token a raw bearer token names, or null (features/api-tokens). */
  readonly loadApiToken: (rawToken: string, now: Date) => Promise<ApiTokenPrincipal | null>;
  readonly createLoaders: (db: Reader, accountId: string | null) => L;
  readonly clock: Clock;
  /** Root fields a session that has not accepted the current terms of use may still call. */
  readonly termsExemptFields: ReadonlySet<string>;
  /** Plain HTTP routes the features add beside GraphQL (CSV uploads and downloads, the external users' portal). */
  readonly routes?: readonly FeatureRoutes[];
}

/** Adds one feature's plain HTTP routes to the app. */
export type FeatureRoutes = (app: FastifyInstance, kit: RouteKit) => Promise<void>;

/** What a feature's plain HTTP route needs to act for the caller as GraphQL does. */
export interface RouteKit {
  /** Who the request is (cookie session, session JWT or API token), read fresh; nobody when no credential holds. */
  caller(request: FastifyRequest): Promise<{ session: SessionInfo | null; principal: AccountPrincipal | null }>;
  /**
   * The use-case context for the request (unit of work audited as the caller). A route that
   * authorizes by its own credential (the portal's cookie) passes no principal.
   */
  appCtx(request: FastifyRequest, principal: AccountPrincipal | null): AppCtx;
  /**
   * True when a state-changing request carries a header a cross-site form cannot send, the
   * same rule Apollo's CSRF prevention applies to GraphQL.
   */
  passesCsrfCheck(request: FastifyRequest): boolean;
  /** True when the app is served over https: cookies the routes set are then Secure. */
  readonly secure: boolean;
}

/** Who a request is: a person's session, an API token, or nobody. */
interface Caller {
  readonly session: SessionInfo | null;
  readonly principal: AccountPrincipal | null;
}
const NOBODY: Caller = { session: null, principal: null };

/** Fastify's form of the TRUST_PROXY setting: off, a hop count, or the proxies' addresses. */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if ('hops' in trust) return (_address, hop) => hop < trust.hops;
  return [...trust.addresses];
}

/** One port for everything: GraphQL, the admin app, health checks and auth routes. */
export async function buildApp<L>(deps: AppDeps<L>): Promise<FastifyInstance> {
  const { config, db } = deps;
  const read = poolReader(db);
  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: 1024 * 1024,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(fastifyCookie);

  const secure = config.publicUrl.startsWith('https://');
  const appCtx = (request: FastifyRequest, principal: AccountPrincipal | null): AppCtx => ({
    requestId: request.id,
    config,
    read,
    signingKey: deps.signingKey,
    uow: createUnitOfWork(db, principal ? auditActorOf(principal) : null),
    client: { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
    clock: deps.clock,
  });

  /**
   * Current state on every request. A bearer credential with the API token prefix is an API
   * token (one lookup by hash); anything else is a session JWT. Whatever is wrong with a
   * credential (malformed, unknown, tampered, revoked, expired), the caller is nobody.
   */
  const callerOf = async (credential: Credential | null): Promise<Caller> => {
    if (credential === null) return NOBODY;
    if (credential.kind === 'bearer' && claimsToBeApiToken(credential.token)) {
      const principal = await deps.loadApiToken(credential.token, deps.clock());
      return principal ? { session: null, principal } : NOBODY;
    }
    const claims = await verifyAccessToken(deps.signingKey, credential.token);
    const session = claims ? await deps.loadSession(read, claims.sessionId, claims.identityId) : null;
    return session ? { session, principal: session.principal } : NOBODY;
  };

  const apollo = new ApolloServer<RequestCtx<L>>({
    gateway: jitGateway(deps.schema),
    // Cookie requests need a header a cross-site form cannot send (a preflighted one). So does a
    // bearer request by nature: a browser cannot attach Authorization to a cross-site request
    // without a CORS preflight this server never grants, and such a request is judged by that
    // header alone, never by cookies. Client apps therefore need no extra header.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'] },
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    validationRules: limitRules(),
    logger: app.log,
    // main.ts owns shutdown (app.close() stops Apollo in onClose). Apollo's own handler
    // would re-raise SIGTERM after stopping and kill the process before the database closes.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      requestGuardPlugin(deps.schema),
      termsGatePlugin(deps.termsExemptFields),
      errorPlugin(app.log, { hideSchemaHints: config.isProduction }),
    ],
  });
  await apollo.start();

  const handler = fastifyApolloHandler(apollo, {
    context: async (request, reply) => {
      const { session, principal } = await callerOf(credentialOf(request));
      return {
        ...appCtx(request, principal),
        session,
        principal,
        cookies: sessionCookieJar(reply, secure),
        loaders: deps.createLoaders(read, principal?.accountId ?? null),
      };
    },
  });
  app.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler });

  app.post(`${REFRESH_PATH}/refresh`, async (request, reply) => {
    const token = request.cookies[REFRESH_COOKIE];
    const tokens = token ? await deps.refreshSession(appCtx(request, null), token) : null;
    const jar = sessionCookieJar(reply, secure);
    if (!tokens) {
      jar.clear();
      return reply.code(401).send({ error: 'UNAUTHENTICATED' });
    }
    jar.set(tokens);
    return reply.code(204).send();
  });

  const kit: RouteKit = {
    caller: (request) => callerOf(credentialOf(request)),
    appCtx,
    passesCsrfCheck: (request) => ['apollo-require-preflight', 'x-apollo-operation-name'].some((name) => (request.headers[name] ?? '') !== ''),
    secure,
  };
  for (const register of deps.routes ?? []) await register(app, kit);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  if (deps.webDist !== null && fs.existsSync(path.join(deps.webDist, 'index.html'))) {
    // The pages (index.html, portal.html) are answered by the not-found handler below and always
    // revalidated; the built assets carry a content hash in their names, so a phone keeps them until
    // a release changes them. The build writes .br and .gz beside each: sent as they are.
    await app.register(fastifyStatic, { root: deps.webDist, serve: false });
    await app.register(fastifyStatic, {
      root: path.join(deps.webDist, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      wildcard: false,
      preCompressed: true,
      immutable: true,
      maxAge: 365 * 24 * 60 * 60 * 1000,
    });
    // Client-side routes (/login, /settings/...) all load the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/graphql') && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html')) {
        // The external users' portal is its own small page: none of the admin app loads there.
        const page = request.url === '/portal' || request.url.startsWith('/portal/') || request.url.startsWith('/portal?') || request.url.startsWith('/portal#') ? 'portal.html' : 'index.html';
        return reply.type('text/html').sendFile(page);
      }
      return reply.code(404).send({ error: 'NOT_FOUND' });
    });
  }

  app.addHook('onClose', async () => {
    await apollo.stop();
  });
  return app;
}
