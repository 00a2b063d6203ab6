import { SetupTokenEntity } from './setup-token.entity';

export { issueSetupTokenIfNeeded } from './setup.commands';
export { SetupResolver } from './setup.resolver';
export { provisionAccount, type ProvisionAccountInput, type ProvisionedAccount } from './provision-account.commands';

/** The tables this feature owns, for the data source. */
export const SETUP_ENTITIES = [SetupTokenEntity];
