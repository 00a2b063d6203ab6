import { PortalCodeEntity } from './portal-code.entity';
import { PortalSessionEntity } from './portal-session.entity';

/** The tables this feature owns, for the data source. */
export const PORTAL_ENTITIES = [PortalCodeEntity, PortalSessionEntity];

export { registerPortalRoutes, PORTAL_COOKIE, PORTAL_API } from './portal.routes';
export { endPortalAccessOnPromotion } from './portal.commands';
export { maskEmail } from './mask-email';
export * as PORTAL_RULES from './portal-rules';
