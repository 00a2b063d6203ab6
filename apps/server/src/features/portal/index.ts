import { PortalCodeEntity } from './portal-code.entity';
import { PortalSessionEntity } from './portal-session.entity';

/** The tables this feature owns, for the data source. */
export const PORTAL_ENTITIES = [PortalCodeEntity, PortalSessionEntity];
