import type { AccountPrincipal, EmployeePrincipal } from '@gatehouse/access';
import type { Config } from '../../config';
import type { SigningKey } from '../auth/access-tokens';
import type { Clock } from '../clock';
import type { Reader } from '../db/reader';
import type { UnitOfWork } from '../db/unit-of-work';
import { forbidden, unauthenticated } from './top-level-errors';

export interface ClientInfo {
  readonly ip: string;
  readonly userAgent: string | null;
}

export interface SessionTokens {
  readonly sessionId: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly sessionExpiresAt: Date;
}

/** Cookie access for the few mutations that start or end a session. */
export interface SessionCookieJar {
  set(tokens: SessionTokens): void;
  clear(): void;
}

/** The authenticated caller: their live session and, in the session's account, their employee record. */
export interface SessionInfo {
  readonly sessionId: string;
  readonly identityId: string;
  readonly principal: EmployeePrincipal;
  /** The account's current terms of use are not yet accepted: only the terms gate's operations run. */
  readonly mustAcceptTerms: boolean;
}

/** What every use case may use: the server's long-lived parts plus this request's client. */
export interface AppCtx {
  readonly requestId: string;
  readonly config: Config;
  /** Reads outside a transaction; every write goes through `uow`. */
  readonly read: Reader;
  readonly signingKey: SigningKey;
  readonly uow: UnitOfWork;
  readonly client: ClientInfo;
  /** The time rules compare expiries against (a manual clock in tests). */
  readonly clock: Clock;
}

/** Per-request GraphQL context: current state, read fresh every request. */
export interface RequestCtx<L = unknown> extends AppCtx {
  /** A person's session (cookie, or a session JWT as bearer); null for API tokens and anonymous callers. */
  readonly session: SessionInfo | null;
  /** Who acts: the session's employee, or the API token of an `Authorization: Bearer` request. */
  readonly principal: AccountPrincipal | null;
  readonly cookies: SessionCookieJar;
  readonly loaders: L;
}

/**
 * The logged-in person's session: UNAUTHENTICATED without one, FORBIDDEN for an API token
 * (session operations such as switching account belong to people).
 */
export function requireSession(ctx: { session: SessionInfo | null; principal: AccountPrincipal | null }): SessionInfo {
  if (ctx.session !== null) return ctx.session;
  throw ctx.principal?.kind === 'apiToken' ? forbidden() : unauthenticated();
}
