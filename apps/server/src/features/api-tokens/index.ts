import { ApiTokenEntity } from './api-token.entity';

export { ApiTokenEntity };
export { loadApiTokenPrincipal, LAST_USED_INTERVAL_SECONDS } from './api-token.authentication';
export { apiTokenName, isApiTokenRevoked } from './api-token.queries';
export { ApiTokenResolver } from './api-token.resolver';

/** The tables this feature owns, for the data source. */
export const API_TOKEN_ENTITIES = [ApiTokenEntity];
