/** Emails are trimmed and compared case-insensitively (§1): the one normal form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A loose shape check; the real proof of an address is the invitation reaching it. */
export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}

/** Names are trimmed and inner whitespace collapsed before they are stored. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export const NAME_MAX_LENGTH = 100;
