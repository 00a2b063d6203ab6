export const ROLES = ["ACCOUNT_ADMIN", "USER_ADMIN", "ADMIN", "GENERAL"] as const;
