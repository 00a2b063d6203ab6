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

/** The access token from the cookie, or from `Authorization: Bearer` for client apps. */
export function accessTokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return request.cookies[ACCESS_COOKIE] ?? null;
}
