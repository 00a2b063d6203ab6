import type { EntityManager } from 'typeorm';
import { signAccessToken, type SigningKey } from '../../platform/auth/access-tokens';
import { hashToken, newToken } from '../../platform/auth/secrets';
import type { ClientInfo, SessionTokens } from '../../platform/graphql/context';
import { insertRefreshToken, insertSession } from './auth.queries';

/** Absolute session lifetime; refresh tokens rotate within it. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;


/** Starts a session and returns its first access and refresh tokens. */
export async function startSession(
  m: EntityManager,
  key: SigningKey,
  who: { identityId: string; accountId: string },
  client: ClientInfo,
): Promise<SessionTokens> {
  const session = await insertSession(m, {
    identityId: who.identityId,
    accountId: who.accountId,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    userAgent: client.userAgent,
    ip: client.ip,
  });
  return nextTokens(m, key, { sessionId: session.id, identityId: who.identityId, expiresAt: session.expiresAt });
}

/** Issues the next link of a session's refresh chain and a fresh access token. */
export async function nextTokens(
  m: EntityManager,
  key: SigningKey,
  session: { sessionId: string; identityId: string; expiresAt: Date },
): Promise<SessionTokens> {
  const refreshToken = newToken();
  await insertRefreshToken(m, session.sessionId, hashToken(refreshToken));
  const accessToken = await signAccessToken(key, { identityId: session.identityId, sessionId: session.sessionId });
  return { sessionId: session.sessionId, accessToken, refreshToken, sessionExpiresAt: session.expiresAt };
}
