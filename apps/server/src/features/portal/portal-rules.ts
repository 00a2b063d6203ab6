/** The portal's limits, in one place (docs/portal.md states them). */

/** A code is valid this long after it is sent. */
export const CODE_TTL_MS = 10 * 60 * 1000;
/** Entries a code survives: the fifth wrong one burns it. */
export const CODE_MAX_ATTEMPTS = 5;
/** Digits of a code. */
export const CODE_DIGITS = 6;
/** At most one new code per external user in this window... */
export const CODE_MIN_INTERVAL_MS = 60 * 1000;
/** ...and at most this many in an hour. */
export const CODES_PER_HOUR = 10;
export const HOUR_MS = 60 * 60 * 1000;
/** A verified browser stays verified this long; then a new code is needed. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;
