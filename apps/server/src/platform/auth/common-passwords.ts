import { dictionary } from '@zxcvbn-ts/language-common';

/** zxcvbn's list of ~49,000 passwords seen most in breaches, lower-cased. */
const COMMON = new Set((dictionary['passwords-common'] ?? []).map((p) => p.toLowerCase()));

/**
 * True for a password on the bundled list, also when it is a listed password repeated
 * ("passwordpassword") — the cheapest way to reach 12 characters with a common one.
 */
export function isCommonPassword(password: string): boolean {
  const p = password.trim().toLowerCase();
  if (COMMON.has(p)) return true;
  for (let size = 1; size <= p.length / 2; size++) {
    if (p.length % size === 0 && p.slice(0, size).repeat(p.length / size) === p) return COMMON.has(p.slice(0, size)) || size <= 3;
  }
  return false;
}
