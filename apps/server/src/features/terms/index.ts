export { acceptCurrentTerms, currentTerms, currentTermsVersionForShare, type Terms } from './terms.commands';
export { DEFAULT_EXTERNAL_TERMS_TEXT, DEFAULT_TERMS_TEXT } from './default-terms';
export { TermsResolver } from './terms.resolver';

/**
 * The root fields that run while someone has not accepted the account's current terms: who
 * they are, the terms and accepting them, logging out, switching account, and the operations
 * that need no session anyway. Everything else waits for the acceptance.
 */
export const TERMS_EXEMPT_FIELDS: ReadonlySet<string> = new Set([
  'me',
  'termsOfUse',
  'acceptTerms',
  'logout',
  'switchAccount',
  'login',
  'setupStatus',
  'completeSetup',
  'requestPasswordReset',
  'resetPassword',
]);
