import { AccountEntity } from './account.entity';

export { AccountEntity };
export { accountNameTaken, findAccount, findAccountForUpdate, hasNoAccounts, insertAccount, listAccountSummaries, setAccountName, type AccountRow, type AccountSummaryRow } from './account.queries';
export { AccountResolver } from './account.resolver';
export { AccountType } from './account.types';

/** The tables this feature owns, for the data source. */
export const ACCOUNT_ENTITIES = [AccountEntity];
