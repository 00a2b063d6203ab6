import { signAccessToken, type SigningKey } from '../../platform/auth/access-tokens';
import { hashToken, newToken } from '../../platform/auth/secrets';
import type { Tx } from '../../platform/db/unit-of-work';
import type { ClientInfo, SessionTokens } from '../../platform/graphql/context';
import { insertRefreshToken, insertSession } from './auth.queries';

/** Absolute session lifetime; refresh tokens rotate within it. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Starts a session and returns its first access and refresh tokens. */
export async function startSession(
  tx: Tx,
  key: SigningKey,
  who: { identityId: string; accountId: string },
  client: ClientInfo,
): Promise<SessionTokens> {
  const session = await insertSession(tx, {
    identityId: who.identityId,
    accountId: who.accountId,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    userAgent: client.userAgent,
    ip: client.ip,
  });
  return nextTokens(tx, key, { sessionId: session.id, identityId: who.identityId, expiresAt: session.expires_at });
}

/** Issues the next link of a session's refresh chain and a fresh access token. */
export async function nextTokens(
  tx: Tx,
  key: SigningKey,
  session: { sessionId: string; identityId: string; expiresAt: Date },
): Promise<SessionTokens> {
  const refreshToken = newToken();
  await insertRefreshToken(tx, session.sessionId, hashToken(refreshToken));
  const accessToken = await signAccessToken(key, { identityId: session.identityId, sessionId: session.sessionId });
  return { sessionId: session.sessionId, accessToken, refreshToken, sessionExpiresAt: session.expiresAt };
}
