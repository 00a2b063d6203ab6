import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { ACCESS_TOKEN_TTL_SECONDS, hmacSigningKey, signAccessToken, verifyAccessToken } from './access-tokens';

/* Access tokens are signed with node:crypto and verified by jose: both must agree on every byte. */
const claims = { identityId: '0b7c3f0e-8a7e-4d51-9a57-3c1a3c2f4b10', sessionId: '6a1d2f4e-1b2c-4d3e-8f90-123456789abc' };

describe('access tokens', () => {
  it('are the very token jose would sign for the same claims and key', async () => {
    const key = await hmacSigningKey('primary', randomBytes(32));
    const now = new Date('2026-12-01T10:00:00Z');
    const iat = Math.floor(now.getTime() / 1000);
    const byJose = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', kid: 'primary' })
      .setSubject(claims.identityId)
      .setIssuer('gatehouse')
      .setAudience('gatehouse')
      .setIssuedAt(iat)
      .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
      .sign(key.secret);
    expect(signAccessToken(key, claims, now)).toBe(byJose);
  });

  it('verify; a changed payload, another key or an expired token do not', async () => {
    const key = await hmacSigningKey('primary', randomBytes(32));
    const token = signAccessToken(key, claims);
    expect(await verifyAccessToken(key, token)).toEqual(claims);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), sub: 'someone-else' })).toString('base64url');
    expect(await verifyAccessToken(key, `${header}.${forged}.${signature}`)).toBeNull();
    expect(await verifyAccessToken(await hmacSigningKey('primary', randomBytes(32)), token)).toBeNull();
    expect(await verifyAccessToken(key, signAccessToken(key, claims, new Date(Date.now() - 2 * ACCESS_TOKEN_TTL_SECONDS * 1000)))).toBeNull();
  });
});
