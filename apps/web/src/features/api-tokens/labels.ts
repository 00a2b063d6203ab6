import type { ApiTokenStatus } from '../../gql/graphql';

export const STATUS_LABELS: Readonly<Record<ApiTokenStatus, string>> = { ACTIVE: 'Active', EXPIRED: 'Expired', REVOKED: 'Revoked' };
export const STATUS_COLORS: Readonly<Record<ApiTokenStatus, string>> = { ACTIVE: 'green', EXPIRED: 'gray', REVOKED: 'red' };

/** How long a new token lives: a choice of presets, as most tokens are "a year" or "forever". */
export const EXPIRY_CHOICES = [
  { value: 'never', label: 'Never', days: null },
  { value: '30', label: '30 days', days: 30 },
  { value: '90', label: '90 days', days: 90 },
  { value: '365', label: '1 year', days: 365 },
] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number]['value'];

/** True for one of EXPIRY_CHOICES' values. */
export function isExpiryChoice(value: string | null): value is ExpiryChoice {
  return EXPIRY_CHOICES.some((c) => c.value === value);
}

/** The expiry to send for a choice, counted from `now`; null: never. */
export function expiryOf(choice: ExpiryChoice, now: Date): string | null {
  const days = EXPIRY_CHOICES.find((c) => c.value === choice)?.days ?? null;
  return days === null ? null : new Date(now.getTime() + days * 24 * 3600 * 1000).toISOString();
}
