import { ROLE_LABELS, type Role } from './roles';

/**
 * The roles an API token may hold: every role but ACCOUNT_ADMIN. A token is a long-lived
 * secret kept by a machine, with no person answering for it, so it never holds the power to
 * manage the account itself (its settings, its admins, its API tokens).
 */
export const API_TOKEN_ROLES = ['USER_ADMIN', 'ADMIN', 'GENERAL'] as const satisfies readonly Role[];
export type ApiTokenRole = (typeof API_TOKEN_ROLES)[number];

/** True when `role` may be given to an API token. */
export function isApiTokenRole(role: unknown): role is ApiTokenRole {
  return API_TOKEN_ROLES.some((r) => r === role);
}

/** Why a token may not be created as asked; the server reports each as a userError. */
export interface ApiTokenViolation {
  code: 'ROLE_NOT_ALLOWED';
  field: 'role';
  message: string;
}

/** Violations in creating an API token with `role` (empty = allowed). */
export function checkApiTokenRole(role: Role): ApiTokenViolation[] {
  if (isApiTokenRole(role)) return [];
  const allowed = API_TOKEN_ROLES.map((r) => ROLE_LABELS[r]).join(', ');
  return [{ code: 'ROLE_NOT_ALLOWED', field: 'role', message: `An API token cannot have the ${ROLE_LABELS[role]} role; choose ${allowed}.` }];
}

