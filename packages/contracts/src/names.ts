/**
 * Input rules shared by the server, the admin app and the CSV import: one definition of what
 * a name, an email and a description may be, and how they are normalised before storing.
 */

export const NAME_MAX_LENGTH = 100;
export const DESCRIPTION_MAX_LENGTH = 2000;
/** The longest address SMTP can deliver to (RFC 5321 path limit minus the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;
export const SEARCH_MAX_LENGTH = 200;
export const PASSWORD_MAX_LENGTH = 1000;
/** The most items one page of any list holds; a larger `first` is refused, so a client that needs every row pages through. */
export const MAX_PAGE_SIZE = 200;
/** The most ids one request may name (bulk update, delete challenge, member changes); a client with more sends them in parts or narrows its filter. */
export const MAX_IDS_PER_REQUEST = 1000;

/**
 * Characters that render as nothing: format characters (zero-width space and joiners, the
 * byte-order mark, soft hyphen, bidi controls), control characters, and the Hangul fillers.
 * Left in, they make two identical-looking emails or names different.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0]/gu;

/** Emails in one normal form: Unicode NFKC (fullwidth letters become ASCII), invisible characters removed, trimmed, lower-cased. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').replace(INVISIBLE, '').trim().toLowerCase();
}

/** A loose shape check on a normalised email; the real proof of an address is the invitation reaching it. */
export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u.test(email) && email.length <= EMAIL_MAX_LENGTH;
}

/** Names in one normal form: NFC, invisible characters removed, trimmed, inner whitespace collapsed. */
export function cleanName(name: string): string {
  return name.normalize('NFC').replace(INVISIBLE, '').trim().replace(/\s+/g, ' ');
}

export type TextProblem = 'REQUIRED' | 'TOO_LONG' | 'INVALID_EMAIL';

export const TEXT_PROBLEM_MESSAGES: Readonly<Record<TextProblem, (max: number) => string>> = {
  REQUIRED: () => 'Required.',
  TOO_LONG: (max) => `At most ${max} characters.`,
  INVALID_EMAIL: () => 'Enter a valid email address.',
};

export interface Checked {
  /** The value as it will be stored. */
  readonly value: string;
  readonly problem: TextProblem | null;
}

/** A required name: cleaned, not empty, at most NAME_MAX_LENGTH characters. */
export function checkName(raw: string): Checked {
  const value = cleanName(raw);
  if (value.length === 0) return { value, problem: 'REQUIRED' };
  if ([...value].length > NAME_MAX_LENGTH) return { value, problem: 'TOO_LONG' };
  return { value, problem: null };
}

/** An optional description: trimmed, at most DESCRIPTION_MAX_LENGTH characters. */
export function checkDescription(raw: string): Checked {
  const value = raw.normalize('NFC').trim();
  return { value, problem: [...value].length > DESCRIPTION_MAX_LENGTH ? 'TOO_LONG' : null };
}

/** A required email: normalised, shaped like an address. */
export function checkEmail(raw: string): Checked {
  const value = normalizeEmail(raw);
  if (value.length === 0) return { value, problem: 'REQUIRED' };
  if (value.length > EMAIL_MAX_LENGTH) return { value, problem: 'TOO_LONG' };
  return { value, problem: isPlausibleEmail(value) ? null : 'INVALID_EMAIL' };
}

/** The sentence for a problem of a checked value. */
export function problemMessage(problem: TextProblem, max = NAME_MAX_LENGTH): string {
  return TEXT_PROBLEM_MESSAGES[problem](max);
}
