import type { webcrypto } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';

const ISSUER = 'gatehouse';
const AUDIENCE = 'gatehouse';
const ALGORITHM = 'HS256';
/** Short-lived: authorization re-reads current state anyway, this bounds a stolen token. */
export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;

export interface AccessClaims {
  readonly identityId: string;
  readonly sessionId: string;
}

export interface SigningKey {
  readonly kid: string;
  readonly secret: webcrypto.CryptoKey;
}

/**
 * Imports the raw HMAC secret once. Handing jose raw bytes makes it import a WebCrypto key on
 * every sign and verify, which showed up as the largest crypto cost per request.
 */
export async function hmacSigningKey(kid: string, raw: Uint8Array): Promise<SigningKey> {
  const secret = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return { kid, secret };
}

/** Signs a short-lived access token for a session. */
export function signAccessToken(key: SigningKey, claims: AccessClaims, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: ALGORITHM, kid: key.kid })
    .setSubject(claims.identityId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key.secret);
}

/** Verifies signature, algorithm, issuer, audience and expiry; null for any invalid token. */
export async function verifyAccessToken(key: SigningKey, token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key.secret, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    return { identityId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
