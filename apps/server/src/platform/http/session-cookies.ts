import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCookieJar, SessionTokens } from '../graphql/context';

export const ACCESS_COOKIE = 'gh_access';
export const REFRESH_COOKIE = 'gh_refresh';
/** The refresh token only travels to the refresh endpoint. */
export const REFRESH_PATH = '/auth';

/** httpOnly cookies for the admin app; Secure outside plain-http development. */
export function sessionCookieJar(reply: FastifyReply, secure: boolean): SessionCookieJar {
  return {
    set(tokens: SessionTokens) {
      const expires = tokens.sessionExpiresAt;
      reply.setCookie(ACCESS_COOKIE, tokens.accessToken, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
      reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, { httpOnly: true, sameSite: 'strict', secure, path: REFRESH_PATH, expires });
    },
    clear() {
      reply.clearCookie(ACCESS_COOKIE, { path: '/' });
      reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_PATH });
    },
  };
}

/** Where a request's credential came from: `Authorization: Bearer` (client apps) or the session cookie (admin app). */
export type Credential = { readonly kind: 'bearer'; readonly token: string } | { readonly kind: 'cookie'; readonly token: string };

/**
 * The request's credential. A request with an Authorization header is judged by that header
 * alone, never by cookies: a bad bearer token must not fall back to a browser's session.
 */
export function credentialOf(request: FastifyRequest): Credential | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    return { kind: 'bearer', token };
  }
  const cookie = request.cookies[ACCESS_COOKIE];
  return cookie ? { kind: 'cookie', token: cookie } : null;
}
