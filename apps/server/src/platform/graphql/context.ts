import type { EmployeePrincipal } from '@gatehouse/access';
import type { Config } from '../../config';
import type { Clock } from '../clock';
import type { SigningKey } from '../auth/access-tokens';
import type { Reader } from '../db/reader';
import type { UnitOfWork } from '../db/unit-of-work';
import { unauthenticated } from './top-level-errors';

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
  /** The current time for rules that depend on it (link expiry). */
  readonly clock: Clock;
}

/** Per-request GraphQL context: current state, read fresh every request. */
export interface RequestCtx<L = unknown> extends AppCtx {
  readonly session: SessionInfo | null;
  readonly cookies: SessionCookieJar;
  readonly loaders: L;
}

/** The logged-in employee, or UNAUTHENTICATED. */
export function requireSession(ctx: { session: SessionInfo | null }): SessionInfo {
  if (ctx.session === null) throw unauthenticated();
  return ctx.session;
}
