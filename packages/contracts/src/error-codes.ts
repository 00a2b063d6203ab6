/**
 * Codes of expected failures, returned as `userErrors { field message code }`.
 * The admin app switches on these, so they are a closed union shared by both apps.
 */
export const USER_ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'DUPLICATE_EMAIL',
  'DUPLICATE_NAME',
  'EMAIL_IMMUTABLE',
  'WEAK_PASSWORD',
  'INVALID_CREDENTIALS',
  'THROTTLED',
  'INVALID_TOKEN',
  'SETUP_DONE',
  'ONLY_ACCOUNT_ADMIN',
  'SELF_ROLE_CHANGE',
  'SELF_INACTIVATE',
  'SELF_DELETE',
  'LEVEL_NOT_HELD',
  'PERMISSION_NOT_HELD',
  'INVALID_PERMISSION',
  'LAST_ACCOUNT_ADMIN',
  'CHALLENGE_INVALID',
  'CHALLENGE_EXPIRED',
  'CHALLENGE_MISMATCH',
  'INACTIVE',
  'ROLE_NOT_ALLOWED',
  'ITEM_ARCHIVED',
  'TOKEN_EXPIRED',
  'TOKEN_USED',
  'TOKEN_SUPERSEDED',
  'STALE_TERMS_VERSION',
] as const;

export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** Top-level GraphQL error codes (extensions.code). */
export const TOP_LEVEL_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR', 'TERMS_NOT_ACCEPTED'] as const;
export type TopLevelErrorCode = (typeof TOP_LEVEL_ERROR_CODES)[number];
