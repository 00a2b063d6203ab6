import { ExternalUserCountEntity } from './external-user-count.entity';
import { ExternalUserEntity } from './external-user.entity';

export { ExternalUserResolver } from './external-user.resolver';
export { ExternalUserType } from './external-user.types';
export { insertExternalUser } from './external-user.queries';
export { ExternalUserEntity };
export { onExternalUserPromoted, onExternalUsersRemoved, type PromotionHandover } from './promotion-handover';

/** The tables this feature owns, for the data source. */
export const EXTERNAL_USER_ENTITIES = [ExternalUserEntity, ExternalUserCountEntity];
