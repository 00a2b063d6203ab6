import { accountsCreate } from './accounts-create';
import { accountsList } from './accounts-list';
import type { OperatorCommand } from './command';
import { exportCommand } from './export-employees';
import { importCommand } from './import-employees';

export type { OperatorCommand } from './command';

/** Every command of `pnpm gatehouse`; a new one is one entry here and one file beside this one. */
export const OPERATOR_COMMANDS: readonly OperatorCommand[] = [accountsCreate, accountsList, importCommand, exportCommand];
