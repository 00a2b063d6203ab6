/** Who can hold an email in an account: the registry's owner_kind. */
export const EMAIL_OWNER_KINDS = ['employee', 'external_user'] as const;
export type EmailOwnerKind = (typeof EMAIL_OWNER_KINDS)[number];

/** The registry's primary key: a write that breaks it gave an email a second holder. */
export const ACCOUNT_EMAILS_KEY = 'PK_account_emails';
