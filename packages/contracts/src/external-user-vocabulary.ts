/** What the external user list can be sorted by. */
export const EXTERNAL_USER_ORDER_FIELDS = ['NAME', 'EMAIL', 'CREATED_AT'] as const;
export type ExternalUserOrderField = (typeof EXTERNAL_USER_ORDER_FIELDS)[number];
