import { createHmac, createSecretKey, type KeyObject, type webcrypto } from 'node:crypto';
import { errors, jwtVerify } from 'jose';

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
  /** The secret as a WebCrypto key, for jose's verification. */
  readonly secret: webcrypto.CryptoKey;
  /** The same secret for node:crypto's HMAC, which signs. */
  readonly signing: KeyObject;
}

/**
 * Imports the raw HMAC secret once. Handing jose raw bytes makes it import a WebCrypto key on
 * every sign and verify, which showed up as the largest crypto cost per request.
 */
export async function hmacSigningKey(kid: string, raw: Uint8Array): Promise<SigningKey> {
  const secret = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return { kid, secret, signing: createSecretKey(raw) };
}

const base64urlJson = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Signs a short-lived access token for a session: a compact HS256 JWT, the one jose verifies.
 * Signed here with node:crypto's synchronous HMAC (microseconds) rather than jose's WebCrypto
 * signing, which is a job on libuv's thread pool: there it waited behind password hashes, and
 * its promises and copies cost a login 0.3–0.6 ms of the main thread (profiled).
 */
export function signAccessToken(key: SigningKey, claims: AccessClaims, now = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = base64urlJson({ alg: ALGORITHM, kid: key.kid });
  const payload = base64urlJson({
    sid: claims.sessionId,
    sub: claims.identityId,
    iss: ISSUER,
    aud: AUDIENCE,
    iat: issuedAt,
    exp: issuedAt + ACCESS_TOKEN_TTL_SECONDS,
  });
  const signingInput = `${header}.${payload}`;
  return `${signingInput}.${createHmac('sha256', key.signing).update(signingInput).digest('base64url')}`;
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
