import { signAccessToken, type SigningKey } from '../../platform/auth/access-tokens';
import { hashToken, newToken } from '../../platform/auth/secrets';
import type { Tx } from '../../platform/db/unit-of-work';
import type { ClientInfo, SessionTokens } from '../../platform/graphql/context';
import { insertRefreshToken, insertSession } from './auth.queries';

/** Absolute session lifetime; refresh tokens rotate within it. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * A session's new refresh link, written in a transaction; its access token is not signed yet.
 * Signed after COMMIT: nothing of it belongs in the transaction, which holds row locks others
 * queue on (a login's holds the IP throttle bucket).
 */
export interface WrittenSession {
  readonly sessionId: string;
  readonly identityId: string;
  readonly refreshToken: string;
  readonly sessionExpiresAt: Date;
}

/** Writes a new session and its first refresh token (one statement; with `lastLoginOf`, that employee's last login too). */
export async function writeSession(
  tx: Tx,
  who: { identityId: string; accountId: string },
  client: ClientInfo,
  options: { lastLoginOf?: string } = {},
): Promise<WrittenSession> {
  const refreshToken = newToken();
  const session = await insertSession(tx, {
    identityId: who.identityId,
    accountId: who.accountId,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    userAgent: client.userAgent,
    ip: client.ip,
    refreshTokenHash: hashToken(refreshToken),
    lastLoginOf: options.lastLoginOf ?? null,
  });
  return { sessionId: session.id, identityId: who.identityId, refreshToken, sessionExpiresAt: session.expires_at };
}

/** Writes the next link of a session's refresh chain. */
export async function writeNextRefreshToken(tx: Tx, session: { sessionId: string; identityId: string; expiresAt: Date }): Promise<WrittenSession> {
  const refreshToken = newToken();
  await insertRefreshToken(tx, session.sessionId, hashToken(refreshToken));
  return { sessionId: session.sessionId, identityId: session.identityId, refreshToken, sessionExpiresAt: session.expiresAt };
}

/** The tokens of a written session: its refresh token and a freshly signed access token. Call it after the commit. */
export function signSession(key: SigningKey, written: WrittenSession): SessionTokens {
  const accessToken = signAccessToken(key, { identityId: written.identityId, sessionId: written.sessionId });
  return { sessionId: written.sessionId, accessToken, refreshToken: written.refreshToken, sessionExpiresAt: written.sessionExpiresAt };
}

/** Starts a session and returns its first access and refresh tokens (for callers that hold no contended lock). */
export async function startSession(
  tx: Tx,
  key: SigningKey,
  who: { identityId: string; accountId: string },
  client: ClientInfo,
): Promise<SessionTokens> {
  return signSession(key, await writeSession(tx, who, client));
}
