import { newToken } from './secrets';

/**
 * API tokens start with this prefix so secret scanners (and people) recognise a leaked one,
 * and so a bearer credential is told apart from a session's JWT without trying both.
 */
export const API_TOKEN_PREFIX = 'gatehouse_';

/** The prefix, then 256 bits from the CSPRNG in base64url (43 characters). */
const API_TOKEN_SHAPE = /^gatehouse_[A-Za-z0-9_-]{43}$/;

/** A new raw API token; only its hash is ever stored. */
export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${newToken()}`;
}

/** True when a bearer credential claims to be an API token (it may still be malformed). */
export function claimsToBeApiToken(credential: string): boolean {
  return credential.startsWith(API_TOKEN_PREFIX);
}

/** True when `credential` has an API token's exact shape; anything else is refused without a lookup. */
export function isWellFormedApiToken(credential: string): boolean {
  return API_TOKEN_SHAPE.test(credential);
}
