import { AccountEntity } from './account.entity';

export { AccountEntity };
export { findAccount, hasNoAccounts, insertAccount, type AccountRow } from './account.queries';
export { AccountResolver } from './account.resolver';
export { AccountType } from './account.types';

/** The tables this feature owns, for the data source. */
export const ACCOUNT_ENTITIES = [AccountEntity];
