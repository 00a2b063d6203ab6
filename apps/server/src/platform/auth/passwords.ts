import { Algorithm, hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords';

/** OWASP's argon2id parameters: 19 MiB, 2 iterations, 1 lane. */
const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = 'TOO_SHORT' | 'COMMON' | 'EQUALS_EMAIL';

/** Passwords: at least 12 characters, no composition rules, not a common password, not the email. */
export function checkPasswordPolicy(password: string, email: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'EQUALS_EMAIL';
  if (isCommonPassword(password)) return 'COMMON';
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  TOO_SHORT: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  COMMON: 'This password is on a list of commonly used passwords; choose another.',
  EQUALS_EMAIL: 'The password must not be your email address.',
};

/** argon2id hash in PHC format. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** Verifies a password against a stored PHC hash; false on malformed hashes. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A real hash of a random string, verified against when the email is unknown, so that a
 * login for a missing account costs as long as one for an existing account.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-never-matches');
  return decoyHash;
}
