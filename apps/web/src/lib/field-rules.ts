import { cleanName, isPlausibleEmail, NAME_MAX_LENGTH, normalizeEmail } from '@gatehouse/contracts';

/**
 * The server's rules for names and emails, checked before sending so the form
 * can say what is wrong beside the field. The server checks the same again.
 */

/** Why `value` is not an acceptable name (empty after cleaning, or too long), or null. */
export function nameError(value: string, whenEmpty: string): string | null {
  const name = cleanName(value);
  if (name.length === 0) return whenEmpty;
  if (name.length > NAME_MAX_LENGTH) return `At most ${NAME_MAX_LENGTH} characters.`;
  return null;
}

/** Why `value` is not a plausible email address, or null. */
export function emailError(value: string): string | null {
  return isPlausibleEmail(normalizeEmail(value)) ? null : 'Enter a valid email address.';
}
