import { AccountEmailEntity } from './account-email.entity';

export { releaseExternalUserEmail } from './account-email.queries';
export { claimingEmail, duplicateEmailError } from './duplicate-email';

/** The tables this feature owns, for the data source. */
export const ACCOUNT_EMAIL_ENTITIES = [AccountEmailEntity];
