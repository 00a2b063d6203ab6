import { AccountEntity } from './account.entity';

export { AccountEntity };
export { accountNameTaken, findAccount, hasNoAccounts, insertAccount, listAccountSummaries, type AccountRow, type AccountSummaryRow } from './account.queries';

/** The tables this feature owns, for the data source. */
export const ACCOUNT_ENTITIES = [AccountEntity];
