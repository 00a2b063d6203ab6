import { accountsCreate } from './accounts-create';
import { accountsList } from './accounts-list';
import type { OperatorCommand } from './command';

export type { OperatorCommand } from './command';

/** Every command of `pnpm gatehouse`; a new one is one entry here and one file beside this one. */
export const OPERATOR_COMMANDS: readonly OperatorCommand[] = [accountsCreate, accountsList];
